import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listVintageIds } from '../../../packages/engine/src/data/load';
import { nextVintageId } from '../../../packages/engine/src/data/lock';
import { makeFixture } from '../../helpers/fixture';
import { LATEST, PUBLISHED } from '../../helpers/vintages';

/** The project's vintages (drafts too) and a draft after all of them, whatever the newest is. */
const ALL = listVintageIds(resolve('data/vintages'));
const DRAFT = nextVintageId(ALL);

/**
 * Which vintages a build publishes, with real data loading: the pages (/v/, /revisions/, /data/) take their
 * paths from these functions. Paths are read from the environment at import, so each case re-imports.
 */
async function siteWith(env: Record<string, string | undefined>) {
  const f = makeFixture();
  cpSync(join(f.dataDir, 'vintages', LATEST), join(f.dataDir, 'vintages', DRAFT), { recursive: true });
  f.editJson(`data/vintages/${DRAFT}/vintage.json`, (d) => Object.assign(d, { id: DRAFT, status: 'draft', summary: 'Work in progress.' }));
  f.editJson(`data/vintages/${DRAFT}/assumptions.json`, (d) => {
    const cap = d.segments.scaleUp.adoption.cap;
    cap.value = cap.value === 0.5 ? 0.55 : 0.5;
  });
  vi.stubEnv('REPORT_DATA_DIR', f.dataDir);
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.resetModules();
  const context = await import('../../../packages/engine/src/report/context');
  const downloads = await import('../../../packages/engine/src/report/downloads');
  const revisions = await import('../../../packages/engine/src/report/revision-context');
  return { context, downloads, revisions };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('report: drafts are not published unless asked', () => {
  it('by default a draft has no archive page, downloads or revisions page, and is not the latest', async () => {
    const { context, downloads, revisions } = await siteWith({ REPORT_DRAFTS: undefined });
    expect(context.getVintages().map((v) => v.id)).toEqual([...ALL, DRAFT]);
    expect(context.siteVintages().map((v) => v.id)).toEqual(PUBLISHED);
    expect(context.latestVintage().id).toBe(LATEST);
    expect(downloads.publishedVintageIds()).toEqual(PUBLISHED);
    expect(revisions.revisedVintageIds()).toEqual(PUBLISHED.slice(1));
  });

  it('with --drafts (REPORT_DRAFTS=1) the draft is published as the newest vintage and compared with the last published one', async () => {
    const { context, downloads, revisions } = await siteWith({ REPORT_DRAFTS: '1' });
    expect(context.latestVintage().id).toBe(DRAFT);
    expect(downloads.publishedVintageIds()).toEqual([...ALL, DRAFT]);
    const rev = revisions.getRevision(DRAFT);
    expect(rev.comparison.previous.id).toBe(ALL[ALL.length - 1]);
    expect(rev.comparison.changes.map((c) => c.id)).toEqual(['segments.scaleUp.adoption.cap']);
    expect(rev.comparison.attribution!.contributions[0]!.delta).toBe(rev.comparison.attribution!.total);
  });
});

describe('report: figures a vintage cannot draw are skipped', () => {
  it('a figure whose `available` is false for a vintage has no archive figure or download for it', async () => {
    const { context, downloads } = await siteWith({});
    const { getChart } = await import('../../../packages/engine/src/charts/registry');
    const def = getChart('fig-market-by-segment');
    // Stands in for a figure that needs an optional file only the newer vintage has.
    const archived = context.getReport('2026-05').facts.get('revenue.2030.total').value;
    def.available = (ctx) => ctx.facts.get('revenue.2030.total').value !== archived;
    try {
      expect(context.chartIdsFor('2026-05')).not.toContain('fig-market-by-segment');
      expect(context.chartIdsFor('2026-11')).toContain('fig-market-by-segment');
      const paths = downloads.chartPaths().map((p) => `${p.params.vintage}/${p.params.chart}`);
      expect(paths).toContain('2026-11/fig-market-by-segment');
      expect(paths).not.toContain('2026-05/fig-market-by-segment');
    } finally {
      delete def.available;
    }
  });
});
