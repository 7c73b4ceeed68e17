/** Every downloadable file of a vintage at /data/<id>/<file>; pages, the data index and <VintageLink> use the same list. */
export const VINTAGE_FILES = ['vintage.json', 'assumptions.json', 'sources.json', 'results.json', 'facts.json'] as const;
export type VintageFile = (typeof VINTAGE_FILES)[number];
