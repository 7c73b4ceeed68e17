/**
 * Combines the mutation reports in .build/mutation/*.json (one per part of a split `npm run mutation`) into one
 * score and lists every mutant that was not killed, with its file, line and replacement.
 *
 *   npx tsx scripts/mutation-summary.ts [report.json …]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[]; source: string }>;
}

const DIR = '.build/mutation';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(DIR, f));
const counts: Record<string, number> = {};
const notKilled: string[] = [];
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  for (const [path, { mutants, source }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    for (const m of mutants) {
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      if (m.status === 'Killed' || m.status === 'Timeout' || m.status === 'Ignored') continue;
      const line = lines[m.location.start.line - 1]?.trim().slice(0, 110);
      notKilled.push(
        `${m.status.padEnd(10)} ${path}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${m.replacement ?? ''}\n           ${line}`,
      );
    }
  }
}
const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
console.log(`Reports: ${files.join(', ')}`);
console.log(
  `Mutants: ${Object.entries(counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')}`,
);
console.log(`Mutation score: ${((100 * detected) / valid).toFixed(2)}% (${detected} of ${valid} killed or timed out)`);
if (notKilled.length) console.log(`\nNot killed:\n${notKilled.join('\n')}`);
