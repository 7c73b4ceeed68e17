import { describe, expect, it } from 'vitest';
import { requireSite } from '../../../src/plugins/require-site';
import { definePublication, fillFacts, plainText, publishedSite } from '../../../src/report/publication';
import publication from '../../../src/publication.config';

const setup = (command: 'build' | 'dev', site?: string) => () =>
  (requireSite('src/publication.config.ts').hooks['astro:config:setup'] as (o: unknown) => void)({ command, config: { site } });

describe('site address', () => {
  it('a production build without a site address fails, naming where to set it', () => {
    expect(setup('build')).toThrow(/No site address for a production build: set `site` in src\/publication\.config\.ts/);
  });
  it('a production build with one, or a dev server without one, goes ahead', () => {
    expect(setup('build', 'https://reports.example.com/')).not.toThrow();
    expect(setup('dev')).not.toThrow();
  });
  it('REPORT_SITE overrides the configured address for one build', () => {
    const p = definePublication({ site: 'https://a.example/' });
    expect(publishedSite(p, {})).toBe('https://a.example/');
    expect(publishedSite(p, { REPORT_SITE: 'https://b.example' })).toBe('https://b.example');
    expect(publishedSite(definePublication({}), {})).toBeUndefined();
  });
  it('the CPO report configures its address, so a fresh clone builds', () => {
    expect(publication.site).toMatch(/^https:\/\//);
  });
});

describe('publication settings', () => {
  it('fills defaults: no authors, all rights reserved, no contact', () => {
    const p = definePublication({});
    expect(p.authors).toEqual([]);
    expect(p.licence).toEqual({ name: 'All rights reserved' });
    expect(p.contact).toEqual({});
    expect(p.headline.keyFigures).toEqual([]);
  });
  it('names each bad field', () => {
    expect(() => definePublication({ site: 'not a url', contact: { email: 'nobody' } } as never)).toThrow(/site: .*\n.*contact\.email/s);
  });
});

describe('fillFacts', () => {
  const facts: Record<string, string> = { 'revenue.2030': '$24.2B', 'cagr.x': '142%' };
  const lookup = (n: string) => facts[n];
  it('splits a sentence into text and facts', () => {
    const parts = fillFacts('Grows {cagr.x} a year to {revenue.2030}.', lookup, 'headline.sentence');
    expect(parts).toEqual([{ text: 'Grows ' }, { text: '142%', fact: 'cagr.x' }, { text: ' a year to ' }, { text: '$24.2B', fact: 'revenue.2030' }, { text: '.' }]);
    expect(plainText(parts)).toBe('Grows 142% a year to $24.2B.');
  });
  it('fails on an unknown fact, naming the field and the fact', () => {
    expect(() => fillFacts('Reaches {revenue.2031}.', lookup, 'headline.sentence')).toThrow('headline.sentence: unknown fact "revenue.2031"');
  });
});
