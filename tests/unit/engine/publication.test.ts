import { describe, expect, it } from 'vitest';
import { defineReport } from '../../../packages/engine/src/contract';
import { forecastReport } from '../../../packages/engine/src/integration';
import { requireSiteForBuild } from '../../../packages/engine/src/plugins/require-site';
import { useReport } from '../../../packages/engine/src/report/current';
import { fillFacts, plainText } from '../../../packages/engine/src/report/publication';
import cpo from '../../../src/report';

/** The CPO report's definition with some fields replaced: the contract is checked as a whole. */
const withFields = (fields: Record<string, unknown>) => defineReport({ ...(cpo as never as Record<string, unknown>), ...fields } as never);

describe('site address', () => {
  it('a production build without a site address fails, naming where to set it', () => {
    expect(() => requireSiteForBuild('build', undefined)).toThrow(/No site address for a production build: set `site\.url` in the report's defineReport/);
  });
  it('a production build with one, or a dev server without one, goes ahead', () => {
    expect(() => requireSiteForBuild('build', 'https://reports.example.com/')).not.toThrow();
    expect(() => requireSiteForBuild('dev', undefined)).not.toThrow();
  });
  it('the contract has no default address, and rejects one that is not a URL', () => {
    expect(withFields({ site: {} }).site.url).toBeUndefined();
    expect(() => withFields({ site: { url: 'cpo-outlook' } })).toThrow(/site\.url/);
  });
  it('the engine integration refuses an `astro build` of a report without an address', () => {
    const setup = (site: Record<string, unknown>, command: 'build' | 'dev') => () =>
      (forecastReport(withFields({ site })).hooks['astro:config:setup'] as (o: unknown) => void)({
        command,
        config: { root: new URL('file:///tmp/report/') },
        updateConfig: () => undefined,
        injectRoute: () => undefined,
      });
    const saved = process.env.REPORT_SITE;
    delete process.env.REPORT_SITE;
    try {
      expect(setup({}, 'build')).toThrow(/No site address for a production build/);
      expect(setup({}, 'dev')).not.toThrow();
      expect(setup({ url: 'https://reports.example.com/' }, 'build')).not.toThrow();
    } finally {
      if (saved !== undefined) process.env.REPORT_SITE = saved;
      useReport(cpo); // the integration registered the test's report; the other tests use the CPO report
    }
  });
  it('the CPO report configures its address, so a fresh clone builds', () => {
    expect(cpo.site.url).toMatch(/^https:\/\//);
  });
});

describe('publication fields of the contract', () => {
  it('default to no publisher or authors, all rights reserved, no contact and an empty lead', () => {
    const r = withFields({ publisher: undefined, authors: undefined, licence: undefined, contact: undefined, lead: undefined });
    expect([r.publisher, r.authors, r.licence, r.contact, r.lead]).toEqual([undefined, [], { name: 'All rights reserved' }, {}, { figures: [] }]);
  });
  it('name each bad field', () => {
    expect(() => withFields({ contact: { email: 'nobody' }, lead: { figures: [{ fact: 'x' }] } })).toThrow(/contact\.email[\s\S]*lead\.figures\.0\.label/);
  });
});

describe('fillFacts', () => {
  const facts: Record<string, string> = { 'revenue.2030': '$24.2B', 'cagr.x': '142%' };
  const lookup = (n: string) => facts[n];
  it('splits a sentence into text and facts', () => {
    const parts = fillFacts('Grows {cagr.x} a year to {revenue.2030}.', lookup, 'lead.sentence');
    expect(parts).toEqual([
      { text: 'Grows ' },
      { text: '142%', fact: 'cagr.x' },
      { text: ' a year to ' },
      { text: '$24.2B', fact: 'revenue.2030' },
      { text: '.' },
    ]);
    expect(plainText(parts)).toBe('Grows 142% a year to $24.2B.');
  });
  it('fails on an unknown fact, naming the field and the fact', () => {
    expect(() => fillFacts('Reaches {revenue.2031}.', lookup, 'lead.sentence')).toThrow('lead.sentence: unknown fact "revenue.2031"');
  });
});
