import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** URL slug of a chapter: its file name without the ordering prefix ("02-why-now" → "why-now"). */
export const chapterSlug = (c: Chapter) => c.id.replace(/^\d+[-_]/, '');

/** Chapters in reading order. */
export async function readingOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
