import { resolve } from 'node:path';

/** Input locations; overridable so tests can build fixture reports without touching the real ones. */
export const DATA_DIR = resolve(process.env.REPORT_DATA_DIR ?? 'data');
export const VINTAGES_DIR = resolve(DATA_DIR, 'vintages');
export const CONTENT_DIR = resolve(process.env.REPORT_CONTENT_DIR ?? 'content');
export const CHAPTERS_DIR = resolve(CONTENT_DIR, 'chapters');
/** Charts written as Vega-Lite spec files (`<id>.vl.json`), drawn from the tables the report publishes. */
export const SPEC_CHARTS_DIR = resolve(CONTENT_DIR, 'charts');
