/** Reading `npm audit --json`: a clean result, blocking findings, or no answer from the registry at all. */
export type AuditOutcome = { status: 'passed'; summary: string } | { status: 'failed'; summary: string } | { status: 'unavailable'; summary: string };

const BLOCKING = ['high', 'critical'] as const;

/** The parts of `npm audit --json` (or of the registry's error) that are read here. */
interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string }>;
  error?: { summary?: string; code?: string };
  message?: string;
}

export function classifyAudit(stdout: string): AuditOutcome {
  let report: AuditReport;
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
    .filter(([level, n]) => level !== 'total' && n > 0)
    .map(([level, n]) => `${n} ${level}`);
  if (blocking.length > 0) {
    const names = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => (BLOCKING as readonly string[]).includes(v.severity))
      .map(([name, v]) => `${name} (${v.severity})`);
    return { status: 'failed', summary: `high or critical vulnerabilities in runtime dependencies: ${names.join(', ') || all.join(', ')}` };
  }
  return { status: 'passed', summary: all.length ? `no high or critical vulnerabilities (${all.join(', ')})` : 'no known vulnerabilities' };
}
