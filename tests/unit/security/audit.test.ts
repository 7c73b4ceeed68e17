import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyAudit } from '../../../packages/engine/src/cli/lib/audit';
import { CONTENT_SECURITY_POLICY } from '../../../packages/engine/src/cli/lib/csp';

const report = (vulnerabilities: Record<string, number>, details: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: details,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...vulnerabilities } },
  });

describe('security/npm audit classification', () => {
  it('fails on a high or critical finding and names the package', () => {
    const outcome = classifyAudit(report({ high: 1, total: 1 }, { 'some-lib': { name: 'some-lib', severity: 'high' } }));
    expect(outcome).toEqual({ status: 'failed', summary: 'high or critical vulnerabilities in runtime dependencies: some-lib (high)' });
    expect(classifyAudit(report({ critical: 2 })).status).toBe('failed');
  });

  it('passes with only low or moderate findings, and says so', () => {
    expect(classifyAudit(report({ moderate: 2, total: 2 }))).toEqual({ status: 'passed', summary: 'no high or critical vulnerabilities (2 moderate)' });
    expect(classifyAudit(report({}))).toEqual({ status: 'passed', summary: 'no known vulnerabilities' });
  });

  it('reports an unreachable audit endpoint as not checked, never as a pass', () => {
    // What npm printed here: the registry mirror refuses the bulk-advisory POST.
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(classifyAudit(refused)).toEqual({
      status: 'unavailable',
      summary: "the registry's audit endpoint did not answer: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    });
    expect(classifyAudit('').status).toBe('unavailable');
    expect(classifyAudit(JSON.stringify({ error: { code: 'ENOAUDIT', summary: 'Your configured registry does not support audit requests.' } })).status).toBe(
      'unavailable',
    );
  });
});

describe('security/documented Content-Security-Policy', () => {
  it('docs/security.md shows exactly the policy the browser tests use', () => {
    expect(readFileSync('docs/security.md', 'utf8')).toContain(CONTENT_SECURITY_POLICY);
  });

  it('allows nothing inline and nothing from other origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
  });
});
