/** What the report knows, for checking chapter references: the shown vintage's facts and sources, figures, components. */
import { readFileSync } from 'node:fs';
import { chartIds } from '../charts/registry';
import { getReport } from '../report/context';
import { VINTAGE_FILES } from '../report/vintage-files';
import { chaptersDir } from '../settings';
import type { KnownNames } from './reference-checks';
import { reportIndex } from './report-index';

/**
 * Components a chapter may use: the exports of src/components/index.ts (read as text, because this runs
 * before Vite can load .astro files).
 */
let available: Set<string> | undefined;
export function availableComponents(): Set<string> {
  available ??= new Set(
    [...readFileSync(new URL('../components/index.ts', import.meta.url), 'utf8').matchAll(/export\s*\{\s*default\s+as\s+(\w+)\s*\}/g)].map((m) => m[1]!),
  );
  return available;
}

/** Known names that do not depend on the data: for checking chapters when the data did not load. */
export function dataFreeKnownNames(): KnownNames {
  const none = () => {
    throw new Error('the data did not load');
  };
  return {
    fact: none,
    factNames: none,
    charts: () => new Set(chartIds()),
    numbered: () => new Set(reportIndex(chaptersDir()).items.keys()),
    sources: none,
    components: availableComponents,
    vintageFiles: () => new Set<string>(VINTAGE_FILES),
    vintageId: '',
    dataAvailable: false,
  };
}

/** Known names for the vintage the main pages show (the latest one this build publishes), or for `vintageId`. */
export function reportKnownNames(vintageId?: string): KnownNames {
  const report = () => getReport(vintageId);
  return {
    fact: (name) => {
      const facts = report().facts;
      if (!facts.has(name)) return undefined;
      const f = facts.get(name);
      return { value: f.value, text: f.text };
    },
    factNames: () => report().facts.names(),
    charts: () => new Set(chartIds()),
    numbered: () => new Set(reportIndex(chaptersDir()).items.keys()),
    sources: () => new Set(report().vintage.sources.map((s) => s.id)),
    components: availableComponents,
    vintageFiles: () => new Set<string>(VINTAGE_FILES),
    get vintageId() {
      return report().vintage.id;
    },
  };
}
