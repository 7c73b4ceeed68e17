/** Every data-validation message in one place, so wording stays consistent and tests can match it. */

export const messages = {
  notUtf8: (offset: number, byte: number) =>
    `expected UTF-8 text, found an invalid byte at offset ${offset} (0x${byte.toString(16).toUpperCase().padStart(2, '0')}); save the file as UTF-8`,
  duplicateKey: (key: string) => `duplicate key "${key}"; each key may appear once in an object (JSON would keep only the last value)`,
  wrongType: (expected: string, found: string) => `expected ${expected}, got ${found}`,
  badKey: (expected: string, key: string) => `${expected}, got ${JSON.stringify(key)}`,
  tooLarge: (bytes: number, limit: number) => `file is ${(bytes / 1e6).toFixed(1)} MB; a data file may be at most ${(limit / 1e6).toFixed(0)} MB`,
  jsonSyntax: (what: string) => `invalid JSON: ${what}`,
  emptyFile: () => 'file is empty; expected a JSON object',
  missingFile: () => 'file is missing; every vintage needs vintage.json, assumptions.json and sources.json',
  unknownKey: (key: string, suggestion?: string) => `unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
  missingKey: (key: string) => `expected key "${key}", but it is missing`,
  yearRange: (start: number, end: number) => `expected "end" after "start", got ${start}–${end}`,
  seriesYears: (start: number, end: number, found: string[], problem: string) =>
    `expected one value for each year ${start}–${end} in order, got ${found.length ? found.join(', ') : 'none'} (${problem})`,
  unknownSource: (id: string, suggestion?: string) =>
    `unknown source "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}; every source must be listed in sources.json`,
  duplicateSource: (id: string) => `duplicate source id "${id}"; each id must be unique`,
  vintageIdMismatch: (id: string, folder: string) => `expected id "${folder}" (the folder name), got "${id}"`,
  unknownTimelineSource: (id: string, suggestion?: string) =>
    `unknown source "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}; every timeline event must cite a source listed in sources.json`,
  timelineOrder: (date: string, previous: string) => `expected events in date order, got ${date} after ${previous}`,
  // Vintage lock (src/data/lock.ts): published vintages are immutable.
  publishedVintageEdited: (id: string, nextId: string) =>
    `vintage ${id} is published and locked, but this file no longer matches its content hash in the lock file; a published vintage must not change. Undo the edit (git checkout -- <this file>) and make the change in a new vintage instead: npm run new-vintage -- ${nextId}`,
  unannouncedVintageEdited: (id: string) =>
    `vintage ${id} is published and locked but not committed yet, and this file changed since it was locked; nobody has seen it, so fix what needs fixing and publish it again, which re-runs the checks and re-locks it: npm run publish -- ${id}`,
  ifUnannounced: (id: string) =>
    `(If you published ${id} yourself and it is not committed yet, nobody has seen it: fix it and publish it again with npm run publish -- ${id}.)`,
  publishedVintageFileAdded: (id: string, nextId: string) =>
    `vintage ${id} is published and locked, and this file was added to it after locking; a published vintage must not change. Remove the file and make the change in a new vintage instead: npm run new-vintage -- ${nextId}`,
  publishedVintageFileRemoved: (id: string, nextId: string) =>
    `vintage ${id} is published and locked, but this file was deleted; a published vintage must not change. Restore it (git checkout -- <this file>) and make the change in a new vintage instead: npm run new-vintage -- ${nextId}`,
  lockedVintageMissing: (id: string) =>
    `vintage ${id} is published and recorded in the lock file, but its folder is missing; published vintages stay available for good, so restore the folder`,
  vintageNotLocked: (id: string) =>
    `vintage ${id} is published but not locked yet; run \`npm run lock\` to record its content hashes (locking is a deliberate step: once locked, the vintage can no longer change)`,
  lockMissing: () => 'the lock file is missing; run `npm run lock` to record the content hashes of the published vintages',
  relockNotPublished: (id: string) => `cannot relock vintage ${id}: its status is no longer "published"; a published vintage may not be withdrawn`,
  lockInvalid: () => 'expected {"vintages": {"<id>": {"<file>": "sha256:<64 hex digits>"}}}',
  noVintages: (dir: string) => `no vintage folders found in ${dir}`,
  distributionBounds: (low: number, high: number) => `expected "low" ≤ "high", got low ${low} and high ${high}`,
  distributionCentre: (key: string, centre: number, low: number, high: number, fromPoint: boolean) =>
    `expected the ${key}${fromPoint ? ' (the point value, as no ' + key + ' is given)' : ''} within [low, high] = [${low}, ${high}], got ${centre}`,
  distributionPoint: (role: 'scalar' | 'multiplier', point: number, low: number, high: number) =>
    role === 'scalar'
      ? `expected the point value within the distribution's range [${low}, ${high}], got ${point}`
      : `expected a multiplier range [low, high] that contains 1 (the point value), got [${low}, ${high}]`,
  distributionNegativeMultiplier: (low: number) => `expected a multiplier of 0 or more, got low ${low}`,
  distributionKind: (kind: string, bad: number, multiplier: boolean) =>
    `expected every value the distribution can draw to be ${kind}, but it can draw ${+bad.toPrecision(12)}${multiplier ? ' (multiplier × the point value)' : ''}`,
  eventYear: (start: number, end: number, year: number) => `expected a year within the model horizon ${start}–${end}, got ${year}`,
  correlationWithoutDistribution: (id: string) => `expected an assumption with a "distribution" to correlate, but "${id}" has none`,
  correlationSelf: (id: string) => `expected two different assumptions, got "${id}" twice`,
  correlationDuplicate: (a: string, b: string) => `duplicate correlation between "${a}" and "${b}"; state each pair once`,
  duplicateScenario: (id: string) => `duplicate scenario id "${id}"; each id must be unique`,
  unknownAssumption: (path: string, suggestion?: string) =>
    `unknown assumption "${path}"${suggestion ? `; did you mean "${suggestion}"?` : ''}; use a dotted path such as "pricing.learningRate"`,
  overrideKind: (path: string, series: boolean, found: string) =>
    series
      ? `expected for the series "${path}" a multiplier {"scale": k} or year values {"values": {"2027": …}}, got ${found}`
      : `expected for "${path}" a number or a multiplier {"scale": k}, got ${found}`,
  overrideYear: (path: string, year: string, years: string) => `expected a year of "${path}" (${years}), got "${year}"`,
  overrideInvalid: (path: string, problem: string) => `override of "${path}" makes the assumptions invalid: ${problem}`,
} as const;

/** Source and provenance messages (src/data/source-checks.ts). */
export const sourceMessages = {
  quoteMissing: (id: string, assumptions: string[]) =>
    `source "${id}" is cited for a value by ${assumptions.map((a) => `"${a}"`).join(', ')} but has no "quote"; add the passage or table row the value comes from, verbatim, or cite the value with a "rationale" instead`,
  aggregatorForValue: (id: string, assumptions: string[]) =>
    `source "${id}" is an aggregator (a blog, wiki or site repeating others) but is cited for a value by ${assumptions.map((a) => `"${a}"`).join(', ')}; cite the original publisher or give the value a "rationale" instead`,
  uncited: (id: string) =>
    `source "${id}" is listed but cited nowhere (no assumption, timeline event or chapter <Cite>); cite it where it is used or remove it`,
  legacyFormat: (id: string) =>
    `vintage ${id} uses the old source format (kinds "secondary"/"estimate", no quotes), which only vintages locked before format 2 may keep; add "format": 2 to vintage.json and give every source a kind ("primary", "analyst", "press" or "aggregator") and, where an assumption cites it, a "quote"`,
  citesLaterEvidence: (id: string, published: string, later: string[]) =>
    `vintage ${id} says it was published ${published} but cites evidence dated later: ${later.join(', ')}; if it was made afterwards, mark it with "reconstructed": {"made": "YYYY-MM-DD", "note": "…"}, otherwise correct the dates`,
  committedLater: (id: string, published: string, committed: string) =>
    `vintage ${id} says it was published ${published}, but its files were first committed on ${committed}; a vintage made after its stated date must say so with "reconstructed": {"made": "${committed}", "note": "…"}`,
  madeBeforePublished: (made: string, published: string) =>
    `expected "made" on or after the publication date ${published} (a reconstruction is made later than the date it reconstructs), got ${made}`,
} as const;

/** Chapter front-matter messages, shared by the pre-build check (src/data/chapters.ts) and src/content.config.ts. */
export const chapterMessages = {
  noFrontMatter: () => 'expected front matter at the top of the chapter: a block between --- lines with title, order and description',
  yaml: (what: string) => `front matter is not valid YAML: ${what}`,
  missing: {
    title: 'every chapter needs a "title" in its front matter',
    order: 'every chapter needs an "order" number in its front matter',
    description: 'every chapter needs a one-sentence "description" (used for search results and link previews)',
  },
  invalid: {
    title: 'expected "title" to be non-empty text',
    order: 'expected "order" to be a number (chapters are sorted by it)',
    description: 'expected "description" to be non-empty text',
  },
} as const;
