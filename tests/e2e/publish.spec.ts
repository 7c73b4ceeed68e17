import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from './pages';

const html = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');

test('every page links the Atom feed from its head, and the feed is served as Atom', async ({ request }) => {
  const pages = allPages().filter((p) => p !== '/404.html');
  expect(pages.length).toBeGreaterThan(5);
  for (const p of pages) {
    const head = html(p).split('</head>')[0]!;
    expect(head, p).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feed\.xml"/);
  }
  const feed = await request.get('/feed.xml');
  expect(feed.ok()).toBe(true);
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});

test('a vintage page offers its citation in three formats and embeds Report and Dataset metadata', async ({ page, request }) => {
  await page.goto('/v/2026-11/');
  const cite = page.locator('#cite + p');
  for (const [label, ext, start] of [
    ['BibTeX', 'bib', '@techreport{'],
    ['RIS', 'ris', 'TY  - RPRT'],
    ['CSL-JSON', 'json', '['],
  ] as const) {
    const href = (await cite.getByRole('link', { name: label, exact: true }).getAttribute('href'))!;
    expect(href).toBe(`/v/2026-11/citation.${ext}`);
    const res = await request.get(href);
    expect(res.ok(), href).toBe(true);
    expect((await res.text()).startsWith(start), href).toBe(true);
  }
  await expect(page.locator('pre.citation')).toContainText('@techreport{');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.flatMap((b) => (JSON.parse(b)['@graph'] ?? []).map((n: { '@type': string }) => n['@type']));
  expect(types).toEqual(expect.arrayContaining(['Report', 'Dataset']));
});

test('the sources page offers the bibliography as CSL-JSON and BibTeX', async ({ page, request }) => {
  await page.goto('/sources/');
  for (const [label, type] of [
    ['CSL-JSON', 'application/vnd.citationstyles.csl+json'],
    ['BibTeX', 'application/x-bibtex'],
  ] as const) {
    const link = page.getByRole('link', { name: label, exact: true });
    const res = await request.get((await link.getAttribute('href'))!);
    expect(res.ok()).toBe(true);
    expect(await link.getAttribute('type')).toBe(type);
  }
});

test('the data page links the data package and the long-form CSV', async ({ page, request }) => {
  await page.goto('/data/2026-11/');
  for (const name of ['datapackage.json', 'series.csv']) {
    const res = await request.get((await page.getByRole('link', { name, exact: true }).getAttribute('href'))!);
    expect(res.ok(), name).toBe(true);
  }
});
