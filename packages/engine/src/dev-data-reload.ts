import { relative, isAbsolute } from 'node:path';
import type { ViteDevServer } from 'vite';
import { forgetReportData } from './report/context';

/**
 * The dev server's data loop: a saved data file must reach every page that shows its numbers. Vintages are read
 * with fs (not imported through Vite), so Vite does not know pages depend on them; this watches the data folder,
 * forgets the memoised report (model, facts, Monte Carlo, charts) and reloads the browser.
 *
 * Engine modules exist twice in `astro dev`: once loaded by Node for the config (the MDX plugins use that copy)
 * and once by Vite for the pages. The first is cleared with forgetReportData(); the second by invalidating Vite's
 * server-side modules, which re-runs them (and their module-level memos) on the next request. Bad input then
 * fails that request with the same DataError (file, JSON pointer, line) as the build, shown in Astro's overlay.
 */
export function reloadOnDataChange(server: ViteDevServer, dataDir: string, log: (message: string) => void): void {
  const inData = (file: string) => {
    const rel = relative(dataDir, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  server.watcher.add(dataDir);
  const onChange = (file: string) => {
    if (!inData(file)) return;
    forgetReportData();
    server.moduleGraph.invalidateAll();
    server.ws.send({ type: 'full-reload', path: '*' });
    log(`data changed: ${relative(dataDir, file)}; report data reloaded`);
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
}
