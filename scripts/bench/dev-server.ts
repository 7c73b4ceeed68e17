import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  port: number;
  /** A private copy of the report's data (never the real data/), so the caller may edit it. */
  dataDir: string;
  contentDir?: string;
  /** Astro's cache folder for this server, apart from the builds'. */
  cacheDir: string;
}

/** Starts `astro dev` on the report at the working directory, reading its data from a private copy; resolves once it listens. */
export function startDevServer(o: DevServerOptions): Promise<DevServer> {
  const child = spawn(process.execPath, [resolve('node_modules/astro/astro.js'), 'dev', '--host', '127.0.0.1', '--port', String(o.port)], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      REPORT_DATA_DIR: o.dataDir,
      ...(o.contentDir ? { REPORT_CONTENT_DIR: o.contentDir } : {}),
      REPORT_CACHE_DIR: o.cacheDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = `http://127.0.0.1:${o.port}`;
  const server: DevServer = {
    url,
    output: () => output,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
  return new Promise((ready, failed) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      failed(new Error(`astro dev did not start within 120 s:\n${output}`));
    }, 120_000);
    const onData = (d: Buffer) => {
      output += d;
      // Astro prints the address once the server listens; a different port means ours was taken.
      if (output.includes(`${url}/`)) {
        clearTimeout(timer);
        ready(server);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`astro dev exited (${code}) before it listened on ${url}:\n${output}`));
    });
  });
}
