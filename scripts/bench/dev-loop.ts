import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BuildTarget } from './build-runner';
import { startDevServer } from './dev-server';
import { median } from './stats';

export interface DevLoop {
  runs: number;
  /** `astro dev` start until it listens. */
  startMs: number;
  /** First request of the home page (compiles the pages, runs the model and Monte Carlo). */
  firstPageMs: number;
  /** Save of an MDX chapter until the dev server serves the page with the new sentence. */
  proseSaveMs: number;
  /** Save of a data file until the dev server serves the home page with the new numbers. */
  dataSaveMs: number;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function get(url: string): Promise<string> {
  const res = await fetch(url);
  return res.text();
}

/** Requests `url` one after another until `done(body)`; resolves with the time from `since` to that response. */
async function until(url: string, since: number, done: (body: string) => boolean, timeoutMs = 120_000): Promise<number> {
  for (;;) {
    const body = await get(url);
    const now = performance.now();
    if (done(body)) return now - since;
    if (now - since > timeoutMs) throw new Error(`dev server: ${url} did not change within ${timeoutMs / 1000} s of the save`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The text of every fact the page shows, in order: what a data save must change. */
const factTexts = (html: string) => [...html.matchAll(/data-fact="[^"]+"[^>]*>([^<]*)</g)].map((m) => m[1]).join('|');

/**
 * The author loop in `npm run dev`, on a private copy of the report: time from saving a chapter to the updated
 * page being served, and from saving a data file (the newest vintage's CPO price, ×1.5 and back) to the updated
 * numbers being served.
 */
export async function measureDevLoop(t: BuildTarget, runs: number): Promise<DevLoop> {
  const t0 = performance.now();
  const server = await startDevServer({
    port: await freePort(),
    dataDir: t.dataDir,
    contentDir: t.contentDir,
    cacheDir: join(t.cacheDir, '..', 'dev-astro-cache'),
  });
  try {
    const startMs = performance.now() - t0;
    const t1 = performance.now();
    const home = await get(`${server.url}/`);
    const firstPageMs = performance.now() - t1;
    const chapterPath = /class="home-action home-action-main" href="([^"]+)"/.exec(home)?.[1];
    if (!chapterPath) throw new Error('dev server: the home page links to no first chapter');
    const chapterUrl = new URL(chapterPath, server.url).href;
    await get(chapterUrl);

    const chapters = join(t.contentDir, 'chapters');
    const chapterFile = join(
      chapters,
      readdirSync(chapters)
        .filter((f) => f.endsWith('.mdx'))
        .sort()[0]!,
    );
    const vintages = join(t.dataDir, 'vintages');
    const assumptions = join(vintages, readdirSync(vintages).sort().at(-1)!, 'assumptions.json');

    const prose: number[] = [];
    const data: number[] = [];
    for (let i = 0; i < runs; i++) {
      const sentence = `Dev loop edit ${i} ${Date.now()}.`;
      writeFileSync(chapterFile, readFileSync(chapterFile, 'utf8') + `\n${sentence}\n`);
      prose.push(await until(chapterUrl, performance.now(), (body) => body.includes(sentence)));

      const before = factTexts(await get(`${server.url}/`));
      if (!before) throw new Error('dev server: the home page shows no facts (data-fact) to watch');
      const doc = JSON.parse(readFileSync(assumptions, 'utf8'));
      doc.pricing.cpoAspUsdPer800gEq.value *= i % 2 === 0 ? 1.5 : 1 / 1.5;
      writeFileSync(assumptions, JSON.stringify(doc, null, 2) + '\n');
      data.push(await until(`${server.url}/`, performance.now(), (body) => factTexts(body) !== before && factTexts(body) !== ''));
    }
    return { runs, startMs, firstPageMs, proseSaveMs: median(prose), dataSaveMs: median(data) };
  } finally {
    await server.stop();
  }
}
