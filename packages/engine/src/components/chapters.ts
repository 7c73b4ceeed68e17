import { getCollection, type CollectionEntry } from 'astro:content';
import { reportIndex, type ReportIndex } from '../plugins/report-index';
import { chaptersDir } from '../settings';

export type Chapter = CollectionEntry<'chapters'>;

/** URL slug of a chapter: its file name without the ordering prefix ("02-why-now" → "why-now"). */
export const chapterSlug = (c: Chapter) => c.id.replace(/^\d+[-_]/, '');

/** Chapters in reading order. */
export async function readingOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Figure/table numbers and citation numbers of the whole report (see src/plugins/report-index.ts). */
export const getReportIndex = (): ReportIndex => reportIndex(chaptersDir());

/** Source ids a chapter cites, in first-citation order. */
export const chapterCitations = (c: Chapter): string[] => getReportIndex().chapters.find((e) => e.id === c.id)?.citations ?? [];
