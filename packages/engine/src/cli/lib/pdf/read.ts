/**
 * Reads what a reader of the PDF meets besides the text: named destinations (where each anchor landed), the
 * outline (bookmarks) and link annotations. Used by the print step (page numbers for the contents) and by tests.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface Destination {
  /** 1-based page number. */
  page: number;
  /** Distance from the top of the page, in points. */
  top: number;
}

export interface OutlineItem {
  title: string;
  page: number | undefined;
  children: OutlineItem[];
  /** The outline entry itself, for rewriting its title. */
  dict: PDFDict;
}

export interface Link {
  page: number;
  /** External address (URI action), or undefined for a link inside the document. */
  uri?: string;
  /** Named destination inside the document. */
  dest?: string;
}

const text = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined);

function pageIndex(doc: PDFDocument): Map<string, number> {
  return new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
}

function destinationOf(doc: PDFDocument, pages: Map<string, number>, value: unknown): Destination | undefined {
  const array = value instanceof PDFRef ? doc.context.lookup(value) : value;
  const explicit = array instanceof PDFDict ? array.lookup(PDFName.of('D')) : array;
  if (!(explicit instanceof PDFArray)) return undefined;
  const page = pages.get(explicit.get(0).toString());
  if (page === undefined) return undefined;
  const y = Number(explicit.get(3)?.toString() ?? NaN);
  const height = doc.getPage(page - 1).getHeight();
  return { page, top: Number.isFinite(y) ? height - y : 0 };
}

/** Named destinations: Chromium writes one per link target (`#id` → `/id`), in the catalog's /Dests. */
export function namedDestinations(doc: PDFDocument): Map<string, Destination> {
  const pages = pageIndex(doc);
  const found = new Map<string, Destination>();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) {
      const d = destinationOf(doc, pages, value);
      if (d) found.set(key.decodeText(), d);
    }
  }
  return found;
}

/** The outline (bookmarks) as a tree. */
export function outline(doc: PDFDocument): OutlineItem[] {
  const pages = pageIndex(doc);
  const named = namedDestinations(doc);
  const children = (parent: PDFDict | undefined): OutlineItem[] => {
    const items: OutlineItem[] = [];
    let item = parent?.lookup(PDFName.of('First'));
    while (item instanceof PDFDict) {
      const dest = item.lookup(PDFName.of('Dest'));
      const page = dest instanceof PDFName ? named.get(dest.decodeText())?.page : destinationOf(doc, pages, dest)?.page;
      items.push({ title: text(item.lookup(PDFName.of('Title'))) ?? '', page, children: children(item), dict: item });
      item = item.lookup(PDFName.of('Next'));
    }
    return items;
  };
  const root = doc.catalog.lookup(PDFName.of('Outlines'));
  return root instanceof PDFDict ? children(root) : [];
}

/** Every link annotation, page by page. */
export function links(doc: PDFDocument): Link[] {
  const found: Link[] = [];
  doc.getPages().forEach((p, i) => {
    const annots = p.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let j = 0; j < annots.size(); j++) {
      const a = annots.lookup(j);
      if (!(a instanceof PDFDict) || a.lookup(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = a.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? text(action.lookup(PDFName.of('URI'))) : undefined;
      const dest = a.lookup(PDFName.of('Dest'));
      found.push({ page: i + 1, ...(uri !== undefined ? { uri } : {}), ...(dest instanceof PDFName ? { dest: dest.decodeText() } : {}) });
    }
  });
  return found;
}

export const loadPdf = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false });
