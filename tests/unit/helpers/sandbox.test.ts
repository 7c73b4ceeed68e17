import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The sandbox the reproducibility test relies on must itself work, or that test would prove nothing. */
function runSandboxed(code: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--require', resolve('tests/helpers/sandbox.cjs'), '-e', code], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
}

describe('test helpers/build sandbox', () => {
  it('blocks and records connections, DNS lookups and fetches to outside hosts, but not loopback', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'sandbox-')), 'net.log');
    const code = `
      const net = require('node:net'); const dns = require('node:dns');
      const out = [];
      try { net.connect(443, 'registry.npmjs.org'); out.push('connected'); } catch (e) { out.push(e.code); }
      dns.lookup('example.org', (e) => {
        out.push(e ? e.code : 'resolved');
        fetch('https://example.org/x').then(() => out.push('fetched'), (e) => out.push(e.code)).then(() => {
          const s = net.connect(9, '127.0.0.1'); s.on('error', () => {}); out.push('loopback ok'); s.destroy();
          console.log(out.join(','));
        });
      });`;
    const r = runSandboxed(code, { SANDBOX_NETWORK_LOG: log });
    expect(r.stdout).toBe('ENETUNREACH,ENETUNREACH,ENETUNREACH,loopback ok');
    expect(readFileSync(log, 'utf8')).toMatch(/connect registry\.npmjs\.org:443\n.*dns example\.org\n.*fetch https:\/\/example\.org\/x\n$/);
  });

  it('shifts the clock and replaces Math.random', () => {
    const year = new Date().getFullYear();
    const r = runSandboxed('console.log(new Date().getFullYear(), Date.now() > 0, Math.random())', {
      SANDBOX_CLOCK_SHIFT_MS: String(5 * 365 * 86_400_000),
      SANDBOX_RANDOM_SEED: '7',
    });
    const [shiftedYear, , random] = r.stdout.split(' ');
    expect(Number(shiftedYear)).toBeGreaterThanOrEqual(year + 4);
    expect(runSandboxed('console.log(Math.random())', { SANDBOX_RANDOM_SEED: '7' }).stdout).toBe(random);
  });
});
