import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { remarkReportRefs } from './src/plugins/remark-report-refs.ts';
import { remarkNumberLint } from './src/plugins/remark-number-lint.ts';

// The build script points outDir at a staging folder and swaps it into dist/ only on success.
export default defineConfig({
  site: process.env.REPORT_SITE ?? 'https://example.org',
  base: process.env.REPORT_BASE ?? '/',
  outDir: process.env.REPORT_OUT_DIR ?? 'dist',
  // Keyed by the build's inputs (see scripts/build.ts), so concurrent builds of different reports stay apart.
  cacheDir: process.env.REPORT_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // 'never': stylesheets are files, so a strict Content-Security-Policy needs no 'unsafe-inline' (docs/security.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // No syntax highlighting: Shiki colours code with style="" attributes, which a strict Content-Security-Policy
  // (docs/security.md) blocks. Code blocks render as plain <pre><code class="language-…">.
  markdown: { remarkPlugins: [remarkReportRefs, remarkNumberLint], syntaxHighlight: false },
  devToolbar: { enabled: false },
});
