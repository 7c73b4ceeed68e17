import { describe, expect, it } from 'vitest';
import { formatValue } from '../../packages/engine/src/format';
import { makeSandboxProject } from '../helpers/sandbox-project';
import { PUBLISHED } from '../helpers/vintages';

/**
 * Published forecasts are frozen: in a sandbox copy of the project, a code change that moves published numbers
 * fails the build naming the facts that moved, old and new; a restatement with a note makes it pass, and the
 * archive and revision pages say "Restated on … because …".
 */
const CODE = 'src/inputs.ts';
const LINE = 'learningRate: v(doc.pricing.learningRate),';

describe('build/frozen outputs of published vintages', () => {
  it('a code change that moves a published fact fails the build until it is restated', { timeout: 20 * 60_000 }, async () => {
    const s = makeSandboxProject();
    try {
      const code = s.read(CODE);
      expect(code).toContain(LINE);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${s.root}/${CODE}`, code.replace(LINE, 'learningRate: v(doc.pricing.learningRate) * 0.8,'));

      const failed = await s.run('npm', ['run', '-s', 'build'], { REPORT_PDF: '0' });
      expect(failed.status).toBe(1);
      expect(failed.output).toContain('Build failed; nothing was written to dist');
      const published = s.readJson('data/vintages.lock.json').outputs['2026-11'].facts['revenue.2030.total'];
      expect(failed.output).toContain('data/vintages.lock.json#/outputs/2026-11: the published 2026-11 forecast no longer computes what it published');
      expect(failed.output).toMatch(new RegExp(`revenue\\.2030\\.total: ${formatValue(published, 'usd').replace(/[$.]/g, '\\$&')} → \\$[\\d.]+B`));
      expect(failed.output).toContain('npm run restate -- 2026-11 --note');

      expect(PUBLISHED.length).toBeGreaterThan(0);
      for (const id of PUBLISHED) {
        const r = await s.run('npm', [
          'run',
          '-s',
          'restate',
          '--',
          id,
          '--note',
          'the learning rate now compounds as the price model documents',
          '--date',
          '2026-12-01',
        ]);
        expect(r.status, r.output).toBe(0);
        expect(r.output).toMatch(/revenue\.2030\.total: \$[\d.]+B → \$[\d.]+B/);
      }
      const lock = s.readJson('data/vintages.lock.json');
      expect(lock.outputs['2026-11'].facts['revenue.2030.total']).not.toBe(published);

      const built = await s.run('npm', ['run', '-s', 'build'], { REPORT_PDF: '0' });
      expect(built.status, built.output).toBe(0);
      for (const page of ['dist/revisions/2026-11/index.html', 'dist/v/2026-11/index.html', 'dist/revisions/index.html']) {
        expect(s.read(page), page).toMatch(/<strong>Restated on 2026-12-01<\/strong> because the learning rate now compounds as the price model documents\./);
      }
      expect(s.read('dist/revisions/2026-11/index.html')).toMatch(/<tr data-fact="revenue\.2030\.total">/);
    } finally {
      s.remove();
    }
  });
});
