import { resolve } from 'node:path';
import { nearestFile } from '../../../lib/nearest';
import { Worker } from 'node:worker_threads';
import type { OutputProblem } from './site';

/**
 * Validates published .vl.json files against the JSON Schema that ships with the installed vega-lite (the version
 * that rendered the charts). Runs in a worker thread, so the caller's event loop stays free while Ajv compiles.
 */
export function checkVegaLiteSpecs(dir: string, files: string[]): Promise<OutputProblem[]> {
  const schemaPath = nearestFile('node_modules/vega-lite/build/vega-lite-schema.json');
  if (!schemaPath) return Promise.reject(new Error('vega-lite is not installed in or above this folder: no node_modules/vega-lite/build/vega-lite-schema.json'));
  return new Promise((done, failed) => {
    const worker = new Worker(new URL('./vega-lite-worker.mjs', import.meta.url), {
      workerData: { schemaPath, dir: resolve(dir), files },
    });
    worker.once('message', done);
    worker.once('error', failed);
    worker.once('exit', (code) => code !== 0 && failed(new Error(`the Vega-Lite validation worker exited with code ${code}`)));
  });
}
