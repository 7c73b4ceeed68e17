import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const src = readFileSync('tests/e2e/chart-measure.ts', 'utf8');
const ts = await import('typescript');
const js = ts.default.transpileModule(src, { compilerOptions: { target: 99, module: 99 } }).outputText;
const { measureCharts } = await import('data:text/javascript,' + encodeURIComponent(js));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = process.argv.slice(2);
for (const scheme of ['dark']) for (const width of [375, 1280]) {
  const p = await b.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  for (const path of pages) {
    await p.goto('http://127.0.0.1:4403' + path);
    await p.evaluate(() => document.fonts.ready);
    const { findings } = await p.evaluate(measureCharts);
    for (const f of [...new Set(findings.map((f) => `${width} ${f.figure}: ${f.problem}`))]) console.log(f);
  }
  await p.close();
}
await b.close();
