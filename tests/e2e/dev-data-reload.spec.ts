import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DataError } from '../../packages/engine/src/data/errors';
import { loadAllVintages } from '../../packages/engine/src/data/load';
import { useReport } from '../../packages/engine/src/report/current';
import report from '../../src/report';
import { startDevServer, type DevServer } from '../../scripts/bench/dev-server';
import { publishedVintageIds } from '../helpers/vintages';

/**
 * The author's data loop in `npm run dev`: saving a vintage's data file updates the numbers on the page without a
 * restart, and bad input shows the build's own message (file, JSON pointer, line). The server reads a sandbox copy
 * of data/ on its own port (E2E_DEV_PORT, default E2E_PORT + 10).
 */
const PORT = Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 10);

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let sandbox: string;
let dataDir: string;
let server: DevServer;
/** The vintage the home page shows: the newest published one of the sandbox. */
const ASSUMPTIONS = () => join(dataDir, 'vintages', publishedVintageIds(dataDir).at(-1)!, 'assumptions.json');

function editAssumptions(edit: (doc: any) => void): void {
  const doc = JSON.parse(readFileSync(ASSUMPTIONS(), 'utf8'));
  edit(doc);
  writeFileSync(ASSUMPTIONS(), JSON.stringify(doc, null, 2) + '\n');
}

test.beforeAll(async () => {
  mkdirSync(resolve('.build/fixtures'), { recursive: true });
  sandbox = mkdtempSync(resolve('.build/fixtures/dev-'));
  dataDir = join(sandbox, 'data');
  cpSync(resolve('data'), dataDir, { recursive: true });
  server = await startDevServer({ port: PORT, dataDir, cacheDir: join(sandbox, '.astro-cache') });
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(sandbox, { recursive: true, force: true });
});

test('saving a data file updates the numbers on the open page, without a restart', async ({ page }) => {
  await page.goto(`${server.url}/`, { timeout: 120_000 });
  const revenue2030 = page.locator('.headline-value [data-fact="revenue.2030.total"]');
  const before = (await revenue2030.textContent())?.trim() ?? '';
  expect(before).toMatch(/^\$\d/);

  // Twice the CPO price per port: 2030 revenue (price × volume) goes up; the page reloads itself.
  let price = 0;
  editAssumptions((doc) => {
    price = doc.pricing.cpoAspUsdPer800gEq.value;
    doc.pricing.cpoAspUsdPer800gEq.value = price * 2;
  });
  expect(price).toBeGreaterThan(0);
  await expect(revenue2030).not.toHaveText(before, { timeout: 120_000 });
  const after = (await revenue2030.textContent())?.trim() ?? '';
  const amount = (text: string) => Number(/\$([\d.]+)B/.exec(text)?.[1]);
  expect(amount(after)).toBeGreaterThan(amount(before));
  expect(server.output()).toContain('report data reloaded');
});

test('bad input on save shows the build’s message, with file, JSON pointer and line', async ({ page }) => {
  editAssumptions((doc) => {
    doc.pricing.cpoAspUsdPer800gEq.value = 'lots';
  });
  // What the build's data loader says about the same files.
  useReport(report);
  let expected = '';
  try {
    loadAllVintages(join(dataDir, 'vintages'));
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    expected = (e as Error).message.split('\n').find((l) => l.includes('cpoAspUsdPer800gEq')) ?? '';
  }
  expect(expected).toMatch(/assumptions\.json#\/pricing\/cpoAspUsdPer800gEq\/value \(line \d+, column \d+\)/);
  const pointerAndLine = /assumptions\.json#\S+ \(line \d+, column \d+\)/.exec(expected)![0];

  const response = await page.goto(`${server.url}/`, { timeout: 120_000 });
  expect(response?.status()).toBe(500);
  await expect(page.locator('vite-error-overlay')).toContainText(pointerAndLine, { timeout: 60_000 });
});
