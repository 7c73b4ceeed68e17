#!/usr/bin/env node
// The engine's command line: loads TypeScript through tsx, then hands over to src/cli/index.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
