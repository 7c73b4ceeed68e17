import { expect, test } from '@playwright/test';

test('search finds a word from a chapter and links to it', async ({ page }) => {
  await page.goto('/');
  const chapterLink = page.locator('.sidebar-chapters a').last();
  const chapterPath = await chapterLink.evaluate((a) => (a as HTMLAnchorElement).pathname);
  await chapterLink.click();
  // A distinctive word from the chapter's own prose (the longest one in its first paragraph).
  const text = await page.locator('article > p').first().textContent();
  const word = text!.match(/[A-Za-z]{6,}/g)!.sort((a, b) => b.length - a.length)[0]!;
  await page.getByRole('searchbox', { name: 'Search the report' }).fill(word);
  await page.getByRole('searchbox', { name: 'Search the report' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator('.search-results li a');
  await expect(results.first()).toBeVisible();
  const paths = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(paths).toContain(chapterPath);
  await expect(page.getByRole('status')).toContainText(`for “${word}”`);
  await expect(page.locator('.search-results mark').first()).toBeVisible();
});

test('without JavaScript the search page says it needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=optics');
  await expect(page.getByRole('status')).toContainText('Search needs JavaScript');
  await context.close();
});
