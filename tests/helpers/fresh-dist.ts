import { staleOutputReason } from '../../packages/engine/src/cli/lib/build-inputs';

/**
 * Tests that read the project's dist/ call this first: it throws unless dist/ was built from the sources, data and
 * content as they are now (the build writes what it was made from; scripts/lib/build-inputs.ts). Without it, a
 * test run after an edit would pass or fail on the output of an older checkout.
 */
export function requireFreshDist(dir = 'dist'): void {
  const reason = staleOutputReason(dir);
  if (reason) throw new Error(`Refusing to test a stale build: ${reason}.\nRun \`npm run build\` first (\`npm test\` builds before it tests).`);
}
