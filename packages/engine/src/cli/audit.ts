/**
 * npm run audit: `npm audit --omit=dev`, failing on high or critical findings in what the site ships with.
 * Exit 0 = clean, 1 = blocking findings, 2 = the registry's audit endpoint could not be asked (said plainly,
 * never counted as a pass). See docs/security.md.
 */
import { spawnSync } from 'node:child_process';
import { classifyAudit } from './lib/audit';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const outcome = classifyAudit(r.stdout ?? '');
const label = { passed: '✓ npm audit', failed: '✗ npm audit', unavailable: '? npm audit NOT CHECKED' }[outcome.status];
console.log(`${label}: ${outcome.summary}`);
process.exit({ passed: 0, failed: 1, unavailable: 2 }[outcome.status]);
