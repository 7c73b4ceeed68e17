import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../../packages/engine/src/lib/json-ld';

describe('security/JSON-LD serialisation', () => {
  const data = { '@type': 'Report', name: 'CPO </script><script>alert(1)</script> <!-- & \u2028' };

  it('cannot end its <script> block, and parses back to the same value', () => {
    const text = jsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
    const doc = parse(`<!DOCTYPE html><html><head><script type="application/ld+json">${text}</script></head><body></body></html>`);
    const head = (doc.childNodes[1] as any).childNodes[0];
    expect(head.childNodes.map((n: { nodeName: string }) => n.nodeName)).toEqual(['script']);
  });

  it('plain JSON.stringify would not be safe (the reason this helper exists)', () => {
    const doc = parse(`<!DOCTYPE html><html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body></body></html>`);
    const html = doc.childNodes[1] as any;
    const scripts = [...html.childNodes[0].childNodes, ...html.childNodes[1].childNodes].filter((n: { nodeName: string }) => n.nodeName === 'script');
    expect(scripts.length).toBeGreaterThan(1);
  });
});
