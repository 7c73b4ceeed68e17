import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './pages';

const pages = allPages();

test('the built site has the pages this suite checks', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/figures/', '/sources/', '/search/', '/print/']));
});

// One test per page and colour scheme: every page of dist/, including those other features add.
for (const path of pages) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${path} has zero violations (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Open the data tables too, so their contents are checked as readers see them.
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map(
          (v) =>
            `${v.id} (${v.impact}) ${v.help}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        ),
      ).toEqual([]);
    });
  }
}
