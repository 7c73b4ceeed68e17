import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getReport } from '../../../packages/engine/src/report/context';
import { cardInput } from '../../../packages/engine/src/report/card-input';
import { CARD, socialCard, type CardInput, type TextBox } from '../../../packages/engine/src/report/social-card';

const LONG: CardInput = {
  title: 'A very long report title that goes on and on about the outlook for residential heat pumps across Europe and beyond 2024–2040',
  kicker: 'A Publisher With Quite A Long Name Indeed · Forecast vintage 2027-03 · 1 March 2027',
  figures: [
    { value: '$1,234.5B', label: 'Revenue in 2040 across every segment and every country in scope, before any discount' },
    { value: '12.3%', label: 'Growth' },
    { value: '2,031,000 units', label: 'Installed base of heat pumps in the residential segment' },
  ],
};

const overlap = (a: TextBox, b: TextBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function pixels(svg: string) {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
}

describe.each([
  ['the CPO report', () => cardInput(getReport())],
  ['a report with long texts', () => LONG],
])('social card of %s', (_name, input) => {
  it('keeps every text box inside the card, clear of the edges, and apart from the others', () => {
    const { boxes } = socialCard(input());
    expect(boxes.map((b) => b.name)).toEqual([
      'kicker',
      'title',
      'figure-1-value',
      'figure-1-label',
      'figure-2-value',
      'figure-2-label',
      'figure-3-value',
      'figure-3-label',
    ]);
    for (const b of boxes) {
      expect(b.x, b.name).toBeGreaterThanOrEqual(CARD.accent + 24);
      expect(b.x + b.width, b.name).toBeLessThanOrEqual(CARD.width - 48);
      expect(b.y, b.name).toBeGreaterThanOrEqual(24);
      expect(b.y + b.height, b.name).toBeLessThanOrEqual(CARD.height - 24);
      expect(b.size, `${b.name} is readable in a link preview`).toBeGreaterThanOrEqual(20);
    }
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(clashes).toEqual([]);
    expect(boxes.find((b) => b.name === 'title')!.lines.length).toBeLessThanOrEqual(3);
  });

  it('draws ink inside the boxes and none in the margins', async () => {
    const { svg, boxes } = socialCard(input());
    const at = await pixels(svg);
    const background = at(CARD.width - 2, CARD.height - 2);
    const isInk = (x: number, y: number) => at(x, y).some((c, k) => Math.abs(c - background[k]!) > 40);
    // The right and bottom margins hold nothing but the background.
    for (let y = 0; y < CARD.height; y += 3) for (let x = CARD.width - 44; x < CARD.width; x += 3) expect(isInk(x, y), `ink at ${x},${y}`).toBe(false);
    for (let y = CARD.height - 20; y < CARD.height; y += 2)
      for (let x = CARD.accent + 2; x < CARD.width; x += 3) expect(isInk(x, y), `ink at ${x},${y}`).toBe(false);
    // Each text box has ink, so the boxes describe the text that was drawn.
    for (const b of boxes) {
      let ink = 0;
      for (let y = Math.ceil(b.y); y < b.y + b.height; y += 2) for (let x = Math.ceil(b.x); x < b.x + b.width; x += 2) if (isInk(x, y)) ink++;
      expect(ink, b.name).toBeGreaterThan(10);
    }
  });
});

it('names the publisher, the vintage and its date on the CPO card, and its key figures from the facts', () => {
  const report = getReport();
  const input = cardInput(report);
  expect(input.kicker).toContain(`Forecast vintage ${report.vintage.id}`);
  expect(input.figures.length).toBeGreaterThanOrEqual(3);
  for (const f of input.figures) expect(report.facts.names().map((n) => report.facts.get(n).text)).toContain(f.value);
});
