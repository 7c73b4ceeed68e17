import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../packages/engine/src/publish/feed';
import { siteVintages } from '../../../packages/engine/src/report/context';
import { siteFeed } from '../../../packages/engine/src/report/feed';

/**
 * RFC 4287 rules a feed reader relies on, checked on the parsed XML (no RELAX NG validator runs on Node 20
 * without Java): well-formed XML in the Atom namespace; the feed and every entry have exactly one id (an
 * absolute IRI, unique), title and updated (an RFC 3339 date-time); the feed has an author (entries inherit
 * it) and a self link; every entry has an alternate link (it has no content of its own that stands alone).
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const one = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function atomProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed: ${valid.err.msg} (line ${valid.err.line})`];
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (n) => ['entry', 'link', 'author', 'id', 'title', 'updated'].includes(n),
  }).parse(xml);
  const feed = doc.feed;
  const problems: string[] = [];
  if (!feed) return ['root element is not <feed>'];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('feed is not in the Atom namespace');
  const text = (x: unknown) => (typeof x === 'object' && x !== null ? (x as { '#text'?: string })['#text'] : String(x));
  const checkCommon = (el: Record<string, any>, where: string) => {
    for (const name of ['id', 'title', 'updated']) if (one(el[name]).length !== 1) problems.push(`${where}: expected exactly one <${name}>`);
    const id = text(one(el.id)[0]) ?? '';
    if (!URL.canParse(id)) problems.push(`${where}: id "${id}" is not an absolute IRI`);
    const updated = text(one(el.updated)[0]) ?? '';
    if (!RFC3339.test(updated)) problems.push(`${where}: updated "${updated}" is not an RFC 3339 date-time`);
    for (const l of one(el.link)) if (!l['@href']) problems.push(`${where}: link without href`);
  };
  checkCommon(feed, 'feed');
  if (one(feed.author).length === 0) problems.push('feed: no author');
  if (!one(feed.link).some((l: any) => l['@rel'] === 'self')) problems.push('feed: no self link');
  const entries = one(feed.entry);
  if (entries.length === 0) problems.push('feed: no entries');
  const ids = new Set<string>();
  entries.forEach((e: any, i: number) => {
    checkCommon(e, `entry ${i + 1}`);
    const id = text(one(e.id)[0])!;
    if (ids.has(id)) problems.push(`entry ${i + 1}: duplicate id ${id}`);
    ids.add(id);
    if (!one(e.link).some((l: any) => (l['@rel'] ?? 'alternate') === 'alternate')) problems.push(`entry ${i + 1}: no alternate link`);
    if (!e.summary) problems.push(`entry ${i + 1}: no summary`);
  });
  const latest = entries
    .map((e: any) => text(one(e.updated)[0])!)
    .sort()
    .at(-1);
  if (text(one(feed.updated)[0]) !== latest) problems.push('feed: updated is not the newest entry');
  return problems;
}

describe('publish/Atom feed', () => {
  const xml = siteFeed(new URL('https://example.org/'));

  it('is valid Atom with one entry per vintage, newest first, carrying its revision summary', () => {
    expect(atomProblems(xml)).toEqual([]);
    const vintages = siteVintages();
    expect(vintages.length).toBeGreaterThanOrEqual(1);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml);
    const entries = doc.feed.entry as { id: string; summary: string; link: { '@rel': string; '@href': string }[] }[];
    expect(entries.map((e) => e.id)).toEqual([...vintages].reverse().map((v) => `https://example.org/v/${v.id}/`));
    expect(entries.map((e) => e.summary)).toEqual([...vintages].reverse().map((v) => v.meta.summary));
    // An entry with an earlier vintage links to what changed.
    expect(entries[0]!.link.some((l) => l['@rel'] === 'related' && l['@href'].endsWith(`/revisions/${vintages.at(-1)!.id}/`))).toBe(vintages.length > 1);
  });

  it('escapes markup in data strings and the checks catch a broken feed', () => {
    const feed = atomFeed({
      title: 'A <b>&</b> report',
      siteUrl: 'https://example.org/',
      feedUrl: 'https://example.org/feed.xml',
      authors: ['Ed & Co'],
      entries: [{ vintage: '2026-01', title: 'T', published: '2026-01-05', summary: '</summary><script>x</script>', url: 'https://example.org/v/2026-01/' }],
    });
    expect(atomProblems(feed)).toEqual([]);
    expect(feed).not.toContain('<script>');
    expect(new XMLParser({ processEntities: true }).parse(feed).feed.entry.summary).toBe('</summary><script>x</script>');
    expect(atomProblems(feed.replace(/<updated>[^<]*<\/updated>/, '<updated>2026-01-05</updated>'))).toContain(
      'feed: updated "2026-01-05" is not an RFC 3339 date-time',
    );
    expect(atomProblems(feed.replace('<id>https://example.org/v/2026-01/</id>', ''))[0]).toMatch(/entry 1: expected exactly one <id>/);
    expect(atomProblems(feed.replace('</feed>', ''))[0]).toMatch(/not well-formed/);
  });
});
