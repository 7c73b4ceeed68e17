/**
 * The chart readability suite, shared by every report's browser tests (docs/chart-style.md): on every page that
 * shows charts, at phone and desktop width, in light and dark, each chart's text is at least 11 CSS px, no two
 * labels overlap, no label is cut off by the chart's edge, and text, marks and legend symbols meet WCAG contrast
 * against the page. A failure names the figure.
 *
 * The print page is left out: it is the source of the PDF (paper, light colours), checked by the PDF test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { measureCharts } from './chart-measure';
import { allPages } from './pages';

export interface ReadabilitySuite {
  /** The built site (default: ./dist). */
  dist?: string;
  /** At least this many pages must show charts, so an empty site cannot pass. */
  minPages: number;
  /** The URL of a site path, relative to the configured baseURL (a site under a sub-path needs `.${path}`). */
  url?: (path: string) => string;
}

export function chartReadabilitySuite({ dist = 'dist', minPages, url = (path) => path }: ReadabilitySuite): void {
  const pagesWithCharts = allPages(dist).filter(
    (p) => p !== '/print/' && p !== '/404.html' && readFileSync(join(dist, p, 'index.html'), 'utf8').includes('<figure class="chart"'),
  );

  test('the built site has pages with charts', () => {
    expect(pagesWithCharts.length).toBeGreaterThanOrEqual(minPages);
  });

  for (const path of pagesWithCharts) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`charts on ${path} read at ${width} px (${scheme})`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(url(path));
          await page.evaluate(() => document.fonts.ready);
          const { charts, findings } = await page.evaluate(measureCharts);
          expect(charts).toBeGreaterThan(0);
          // Collapsed to one line per figure and problem, so the report reads as a to-do list.
          expect([...new Set(findings.map((f) => `${f.figure}: ${f.problem}`))]).toEqual([]);
        });
      }
    }
  }
}
