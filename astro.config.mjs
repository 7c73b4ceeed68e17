import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { remarkReportRefs } from './src/plugins/remark-report-refs.ts';
import { remarkNumberLint } from './src/plugins/remark-number-lint.ts';
import { remarkReportNumbering } from './src/plugins/remark-report-numbering.ts';
import { rehypeTableScroll } from './src/plugins/rehype-table-scroll.ts';
import { requireSite } from './src/plugins/require-site.ts';
import publication from './src/publication.config.ts';
import { publishedSite } from './src/report/publication.ts';

// REPORT_BASE lets the site live under a sub-path (e.g. a GitHub Pages project site: REPORT_BASE=/my-repo/).
const base = process.env.REPORT_BASE ?? '/';
// Pages that are not for search engines: the print-all page (the PDF is its public form) and search results.
const NOT_IN_SITEMAP = ['/print/', '/search/', '/404/'];

// The build script points outDir at a staging folder and swaps it into dist/ only on success.
export default defineConfig({
  // Where the report is published (src/publication.config.ts; REPORT_SITE overrides it for one build).
  site: publishedSite(publication),
  base,
  outDir: process.env.REPORT_OUT_DIR ?? 'dist',
  // Keyed by the build's inputs (see scripts/build.ts), so concurrent builds of different reports stay apart.
  cacheDir: process.env.REPORT_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Scripts and styles stay external files (never inlined), so the site runs under a strict CSP without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    requireSite('src/publication.config.ts'),
    mdx(),
    sitemap({ filter: (page) => !NOT_IN_SITEMAP.some((p) => new URL(page).pathname.endsWith(p)) }),
  ],
  // Order matters: remarkReportRefs rejects unknown ids (with file and line) before numbering looks them up.
  markdown: {
    remarkPlugins: [remarkReportRefs, remarkNumberLint, remarkReportNumbering],
    rehypePlugins: [rehypeTableScroll],
    // Shiki writes inline style="" colours (blocked by a strict CSP, and dark on light pages); the site's CSS styles code.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
});
