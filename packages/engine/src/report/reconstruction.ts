import type { VintageMeta } from '../data/schema';

/**
 * How a vintage's date reads in running text: "published 2026-11-25", or for a reconstruction made later,
 * "reconstructed on 2026-11-25 as of 2026-05-15", so an archive never passes a later reconstruction off as a
 * forecast made at the time.
 */
export function publicationText(meta: Pick<VintageMeta, 'published' | 'reconstructed'>): string {
  return meta.reconstructed ? `reconstructed on ${meta.reconstructed.made} as of ${meta.published}` : `published ${meta.published}`;
}

/** The longer note shown on a reconstructed vintage's pages, after the words "Reconstructed, not published at the time."; undefined for a vintage made on its date. */
export function reconstructionNote(meta: Pick<VintageMeta, 'published' | 'reconstructed'>): string | undefined {
  if (!meta.reconstructed) return undefined;
  return `This vintage was made on ${meta.reconstructed.made} to show the view as of ${meta.published}. ${meta.reconstructed.note}`;
}
