import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../packages/engine/src/cli/lib/csp';

/** Every built page, served with the strict policy from docs/security.md, must load and render without a violation. */
const pages = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => '/' + relative('dist', join(e.parentPath, e.name)).replace(/(^|\/)index\.html$/, '$1'))
  .sort();

test.beforeEach(async ({ page }) => {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY } });
  });
  // Init scripts are injected by the browser's debugging protocol, so the policy does not block them.
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
});

// A request still in flight when a test ends (a late favicon) must not fail the test through its route handler.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(5);
});

for (const path of pages) {
  test(`${path} works under a strict Content-Security-Policy`, async ({ page }) => {
    const console: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
    });
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.waitForLoadState('load');
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect([...violations, ...console]).toEqual([]);
    // Styled, not merely unblocked: the site's stylesheet loaded and applies.
    const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.href && s.cssRules.length > 0).length);
    expect(sheets).toBeGreaterThan(0);
  });
}
