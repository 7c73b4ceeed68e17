/**
 * The engine as an Astro integration. A report's astro.config.mjs is just:
 *
 *   import { defineConfig } from 'astro/config';
 *   import { forecastReport } from '@forecast-report/engine/integration';
 *   import report from './src/report.ts';
 *   export default defineConfig({ integrations: [forecastReport(report)] });
 *
 * It registers the report (for the MDX plugins and the pages), injects every page of the engine (chapters,
 * figures, sources, data downloads, revisions, vintages, print, search, 404, social card), adds MDX, the sitemap
 * and the remark/rehype plugins, and sets the site options the output depends on. The report adds its chapters'
 * collection with one line in src/content.config.ts (`export { collections } from '@forecast-report/engine/content'`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Report } from './contract';
import { useReport } from './report/current';
import { dataDir, settings } from './settings';
import { reloadOnDataChange } from './dev-data-reload';
import { remarkReportRefs } from './plugins/remark-report-refs';
import { remarkNumberLint } from './plugins/remark-number-lint';
import { remarkReportNumbering } from './plugins/remark-report-numbering';
import { rehypeTableScroll } from './plugins/rehype-table-scroll';
import { requireSiteForBuild } from './plugins/require-site';

const ENGINE_DIR = dirname(fileURLToPath(import.meta.url));
const PAGES_DIR = join(ENGINE_DIR, 'pages');

/** Pages that are not for search engines: the print-all page (the PDF is its public form) and search results. */
const NOT_IN_SITEMAP = ['/print/', '/search/', '/404/'];

/** Every page file of the engine with the route it serves ("data/[vintage]/index.astro" → "/data/[vintage]"). */

const withTrailingSlash = (dir: string) => (dir.endsWith('/') ? dir : `${dir}/`);

export function engineRoutes(dir = PAGES_DIR): { pattern: string; entrypoint: string }[] {
  const out: { pattern: string; entrypoint: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (!e.name.startsWith('_') && /\.(astro|ts)$/.test(e.name)) {
        const route = relative(dir, path)
          .split(sep)
          .join('/')
          .replace(/\.(astro|ts)$/, '')
          .replace(/(^|\/)index$/, '');
        out.push({ pattern: `/${route}`, entrypoint: path });
      }
    }
  };
  walk(dir);
  return out;
}

/** Import id of the report's browser-safe model module, which the explore page bundles. */
export const EXPLORER_MODEL_ID = 'virtual:forecast-report/explorer-model';

/** Resolves EXPLORER_MODEL_ID to `explorer.module` of the report, relative to its root. */
function explorerModelPlugin(report: Report, root: URL) {
  return {
    name: 'forecast-report:explorer-model',
    resolveId(id: string) {
      if (id !== EXPLORER_MODEL_ID) return null;
      if (!report.explorer) throw new Error(`${EXPLORER_MODEL_ID} is imported, but the report defines no explorer (defineReport({ explorer }))`);
      const file = fileURLToPath(new URL(report.explorer.module, root));
      if (!existsSync(file)) throw new Error(`defineReport({ explorer: { module } }): ${report.explorer.module} does not exist under ${fileURLToPath(root)}`);
      return file;
    },
  };
}

/** Routes of features the report did not ask for: the explore page without `explorer`. */
const optionalRoute = (report: Report, pattern: string) => pattern.startsWith('/explore') && !report.explorer;

export function forecastReport(report: Report): AstroIntegration {
  useReport(report);
  return {
    name: '@forecast-report/engine',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute }) => {
        useReport(report);
        requireSiteForBuild(command, settings.siteUrl());
        const root = config.root;
        const env = process.env;
        updateConfig({
          site: settings.siteUrl(),
          base: settings.base(),
          // Keyed by the build's inputs (see cli/build.ts), so concurrent builds of different reports stay apart. The
          // trailing slash matters: Astro resolves its content store (data-store.json) against this URL, and without
          // it every build's store landed in the one shared parent folder, where a build of other content paths (the
          // bench's copies, a sandbox) left entries that a later build then failed to resolve.
          cacheDir: new URL(withTrailingSlash(env.REPORT_CACHE_DIR ?? './node_modules/.astro'), root),
          trailingSlash: 'always',
          // Scripts and styles stay external files (never inlined), so the site runs under a strict CSP without 'unsafe-inline'.
          // Pages render four at a time: a chart page waits on PNG rasterising (libvips threads) and disk reads, and
          // one page at a time left the main thread idle for most of a large build.
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
          vite: { build: { assetsInlineLimit: 0 }, plugins: [explorerModelPlugin(report, root)] },
          integrations: [mdx(), sitemap({ filter: (page) => !NOT_IN_SITEMAP.some((p) => new URL(page).pathname.endsWith(p)) })],
          // Order matters: remarkReportRefs rejects unknown ids (with file and line) before numbering looks them up.
          markdown: {
            // In `astro dev` a bad reference is shown on the page itself (readable without JavaScript); a build fails on it.
            remarkPlugins: [[remarkReportRefs, { onProblem: command === 'dev' ? 'show' : 'fail' }], remarkNumberLint, remarkReportNumbering],
            rehypePlugins: [rehypeTableScroll],
            // Shiki writes inline style="" colours (blocked by a strict CSP, and dark on light pages); the site's CSS styles code.
            syntaxHighlight: false,
          },
          devToolbar: { enabled: false },
        });
        const ownIcon = existsSync(new URL('public/favicon.svg', root));
        for (const route of engineRoutes()) {
          if (ownIcon && route.pattern === '/favicon.svg') continue;
          if (optionalRoute(report, route.pattern)) continue;
          injectRoute({ ...route, prerender: true });
        }
      },
      // A saved data file updates the model, facts, charts and pages without a restart.
      'astro:server:setup': ({ server, logger }) => reloadOnDataChange(server, dataDir(), (m) => logger.info(m)),
    },
  };
}
