/** Reading `npm audit --json`: a clean result, blocking findings, or no answer from the registry at all. */
export type AuditOutcome =
  | { status: 'passed'; summary: string }
  | { status: 'failed'; summary: string }
  | { status: 'unavailable'; summary: string };

const BLOCKING = ['high', 'critical'] as const;

export function classifyAudit(stdout: string): AuditOutcome {
  let report: any;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: 'unavailable', summary: `npm audit printed no JSON report (${stdout.trim().slice(0, 120) || 'no output'})` };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.error?.summary || report?.message || report?.error?.code || 'no vulnerability counts in the report';
    return { status: 'unavailable', summary: `the registry's audit endpoint did not answer: ${why}` };
  }
  const blocking = BLOCKING.filter((level) => (counts[level] ?? 0) > 0);
  const all = Object.entries(counts)
    .filter(([level, n]) => level !== 'total' && (n as number) > 0)
    .map(([level, n]) => `${n} ${level}`);
  if (blocking.length > 0) {
    const names = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]: [string, any]) => BLOCKING.includes(v.severity))
      .map(([name, v]: [string, any]) => `${name} (${v.severity})`);
    return { status: 'failed', summary: `high or critical vulnerabilities in runtime dependencies: ${names.join(', ') || all.join(', ')}` };
  }
  return { status: 'passed', summary: all.length ? `no high or critical vulnerabilities (${all.join(', ')})` : 'no known vulnerabilities' };
}
