import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVintageIds } from '../../packages/engine/src/data/load';
import { nextVintageId } from '../../packages/engine/src/data/lock';
import { makeSandboxProject } from '../helpers/sandbox-project';

const DRAFT = nextVintageId(listVintageIds(resolve('data/vintages')));

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

describe('build/draft previews cannot be mistaken for the report', () => {
  it('a --drafts build goes to dist-drafts/, and every page carries the draft banner and noindex', { timeout: 20 * 60_000 }, async () => {
    const s = makeSandboxProject();
    try {
      const created = await s.run('npm', ['run', '-s', 'new-vintage', '--', DRAFT]);
      expect(created.status, created.output).toBe(0);
      const built = await s.run('npm', ['run', '-s', 'build', '--', '--drafts'], { REPORT_PDF: '0' });
      expect(built.status, built.output).toBe(0);
      expect(built.output).toContain('Built the report into dist-drafts/');
      expect(existsSync(join(s.root, 'dist'))).toBe(false);
      expect(existsSync(join(s.root, `dist-drafts/v/${DRAFT}/index.html`))).toBe(true);
      const pages = htmlFiles(join(s.root, 'dist-drafts'));
      expect(pages.length).toBeGreaterThan(10);
      for (const page of pages) {
        const html = s.read(page.slice(s.root.length + 1));
        expect(html, page).toContain('<meta name="robots" content="noindex">');
        expect(html, page).toMatch(/<p class="draft-banner" role="note">Draft preview: this build includes unpublished forecast vintages\./);
      }
    } finally {
      s.remove();
    }
  });
});
