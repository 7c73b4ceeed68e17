import { expect, test } from '@playwright/test';
import { allPages } from './pages';

test('the sidebar lists the chapters in order and marks the current one', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Report' });
  const chapters = sidebar.locator('.sidebar-chapters a');
  const count = await chapters.count();
  expect(count).toBeGreaterThan(0);
  const first = (await chapters.first().textContent())!.replace(/^\s*\d+\.\s*/, '').trim();
  await chapters.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first);
  await expect(page.getByRole('navigation', { name: 'Report' }).locator('[aria-current="page"]')).toContainText(first);
  // The breadcrumb leads back to the report's home page.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.chapter-list li')).toHaveCount(count);
});

test('previous/next links walk the chapters in sidebar order; the first has no previous, the last no next', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('.sidebar-chapters a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  for (const [i, href] of hrefs.entries()) {
    await page.goto(href);
    const next = page.locator('.pager a[rel="next"]');
    const prev = page.locator('.pager a[rel="prev"]');
    if (i + 1 < hrefs.length) {
      await next.click();
      await expect(page).toHaveURL(new RegExp(`${hrefs[i + 1]}$`));
      await page.locator('.pager a[rel="prev"]').click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
    } else await expect(next).toHaveCount(0);
    if (i === 0) await expect(prev).toHaveCount(0);
  }
});

test('the on-page contents link to the headings of the chapter', async ({ page }) => {
  await page.goto('/');
  await page.locator('.sidebar-chapters a').first().click();
  const links = page.locator('nav.toc a');
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    const hash = await links.nth(i).getAttribute('href');
    expect(hash).toMatch(/^#/);
    await expect(page.locator(`[id="${hash!.slice(1)}"]`)).toHaveCount(1);
  }
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const res = await page.goto('/no-such-chapter/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'table of contents' }).click();
  await expect(page.locator('.chapter-list')).toBeVisible();
});

test('a cross-reference link lands on its numbered figure', async ({ page }) => {
  await page.goto('/figures/');
  const chapterUrls = await page.locator('.figure-list a').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))]);
  let checked = 0;
  for (const url of chapterUrls) {
    await page.goto(url);
    const refs = page.locator('article a.xref');
    if ((await refs.count()) === 0) continue;
    const ref = refs.first();
    const label = (await ref.textContent())!.trim();
    expect(label).toMatch(/^(Figure|Table) \d+$/);
    const hash = new URL((await ref.getAttribute('href'))!, page.url()).hash;
    await ref.click();
    const target = page.locator(hash);
    await expect(target).toBeInViewport();
    await expect(target.locator('figcaption .figure-label')).toHaveText(`${label}.`);
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});

test('a citation link lands on its entry in the chapter’s references', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('.sidebar-chapters a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  let checked = 0;
  for (const href of hrefs) {
    await page.goto(href);
    const cites = page.locator('article a.cite');
    if ((await cites.count()) === 0) continue;
    const cite = cites.last();
    const number = (await cite.textContent())!.trim();
    expect(number).toMatch(/^\[\d+\]$/);
    const publisher = (await cite.getAttribute('title'))!.split(':')[0]!;
    await cite.click();
    const entry = page.locator(new URL(page.url()).hash);
    await expect(entry).toBeInViewport();
    await expect(entry.locator('.ref-number')).toHaveText(number);
    await expect(entry).toContainText(publisher);
    await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});

test('the PDF of the whole report is linked and served', async ({ page, request }) => {
  await page.goto('/');
  const href = await page
    .getByRole('link', { name: /whole report as PDF/i })
    .first()
    .getAttribute('href');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a 375 px wide phone never scrolls sideways, and charts fit the column', async ({ browser }) => {
  // Visits every page of the site.
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const pages = allPages();
  expect(pages.length).toBeGreaterThan(10);
  let charts = 0;
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    // Every chart a phone shows, with or without a phone rendering of its own: it fits the column, and its axis and
    // legend labels stay legible once the SVG is scaled to it.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.chart-svg')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => {
          const box = el.getBoundingClientRect();
          const scale = box.width / el.viewBox.baseVal.width;
          const sizes = [...el.querySelectorAll('.role-axis-label text, .role-legend-label text')].map(
            (t) => parseFloat(t.getAttribute('font-size') ?? '12') * scale,
          );
          return {
            id: el.getAttribute('aria-labelledby')?.split(' ')[0] ?? 'a chart',
            left: box.left,
            right: box.right,
            labels: sizes.length,
            smallest: Math.min(...sizes),
          };
        }),
    );
    charts += shown.length;
    for (const c of shown) {
      if (c.left < 0 || c.right > 375) problems.push(`${path} ${c.id}: spans ${c.left.toFixed(0)}–${c.right.toFixed(0)} px`);
      if (c.labels === 0) problems.push(`${path} ${c.id}: no axis or legend labels`);
      else if (c.smallest < 10) problems.push(`${path} ${c.id}: labels render at ${c.smallest.toFixed(1)} px`);
    }
  }
  expect(charts, 'charts seen at phone width').toBeGreaterThan(20);
  // Listed all at once, so one run shows every chart to fix.
  expect(problems).toEqual([]);
  await context.close();
});
