import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts';
import { buildSpec, finishSvg, specToSvg } from '../../../packages/engine/src/charts/render';
import { leanSvg } from '../../../packages/engine/src/charts/lean-svg';
import { getReport } from '../../../packages/engine/src/report/context';

let raw: Array<{ id: string; svg: string }>;
beforeAll(async () => {
  const ctx = getReport().chartContext;
  const drawable = CHARTS.filter((d) => d.available?.(ctx) ?? true);
  raw = await Promise.all(drawable.map(async (def) => ({ id: def.id, svg: await specToSvg(buildSpec(def, ctx, def.data(ctx), false)) })));
});

const tags = (svg: string) => [...svg.matchAll(/<([a-z]+)[\s>/]/g)].map((m) => m[1]).filter((t) => !(t === 'path' || t === 'g'));
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const geometry = (svg: string) =>
  [...svg.matchAll(/\s(?:d|transform|x|y|x2|y2)="([^"]*)"/g)].flatMap((m) => (m[1]!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number));

describe('lean SVG pass', () => {
  it('is smaller for every figure', () => {
    for (const { svg } of raw) expect(leanSvg(svg).length).toBeLessThan(svg.length * 0.8);
  });

  it('sets the one chart font once on the root instead of on every label', () => {
    expect(raw.length).toBeGreaterThan(10);
    for (const { svg } of raw) {
      const lean = leanSvg(svg);
      expect(lean).not.toMatch(/<text[^>]*font-family/);
      expect(lean).toMatch(/^<svg[^>]* font-family="[^"]*Source Sans 3/);
    }
  });

  it('keeps every drawn element other than empty frames, and every label', () => {
    for (const { svg } of raw) {
      const lean = leanSvg(svg);
      expect(tags(lean)).toEqual(tags(svg));
      expect(texts(lean)).toEqual(texts(svg));
      const drawn = svg.match(/<path[^>]* d="(?!M0,0h0v0h0Z)[^"]+"/g) ?? [];
      expect(drawn.length).toBeGreaterThan(0);
      expect((lean.match(/<path[^>]* d="[^"]+"/g) ?? []).length).toBe(drawn.length);
    }
  });

  it('rounds coordinates to at most 2 decimals and moves no point by more than 0.005 px', () => {
    for (const { svg } of raw) {
      const lean = leanSvg(svg);
      expect(lean).not.toMatch(/\s(?:d|transform|x|y)="[^"]*\d\.\d{3}/);
      // Compared without what the pass drops on purpose: empty frames and identity translations.
      const a = geometry(
        svg.replace(/<path class="(?:background|foreground)"[^>]*d="(?:M0,0h0v0h0Z)?"[^>]*\/>/g, '').replace(/ transform="translate\(0,0\)"/g, ''),
      );
      const b = geometry(lean);
      expect(b.length).toBe(a.length);
      b.forEach((v, i) => expect(Math.abs(v - a[i]!)).toBeLessThanOrEqual(0.005 + 1e-9));
    }
  });

  it('leaves an accessible image once finished: role="img", <title> and <desc>, no per-mark ARIA', () => {
    const { id, svg } = raw[0]!;
    const done = finishSvg(leanSvg(svg), id, 'A title & more', 'A <description>');
    expect(done).toMatch(new RegExp(`^<svg[^>]* role="img" aria-labelledby="${id}-title ${id}-desc"`));
    expect(done).toContain(`<title id="${id}-title">A title &amp; more</title>`);
    expect(done).toContain(`<desc id="${id}-desc">A &lt;description&gt;</desc>`);
    expect(done).not.toMatch(/role="graphics-|aria-roledescription/);
  });
});
