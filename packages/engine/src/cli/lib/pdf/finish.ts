/**
 * The last touches Chromium cannot make: bookmark titles as the headings read (Chromium joins wrapped lines
 * without a space: "Outlook2026"), a running header with the chapter and the report, a footer with the vintage
 * and the page number, and dates fixed to the vintage's publication date so the same commit gives the same PDF.
 */
import { PDFHexString, PDFName, rgb, StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib';
import { outline, type OutlineItem } from './read';

export interface RunningTitles {
  /** Short report title for the header's outer side. */
  report: string;
  /** e.g. "Forecast vintage 2026-11 · published 2026-11-25". */
  vintage: string;
  /** Chapters in order with the page each starts on; pages before the first have no header. */
  chapters: { title: string; page: number }[];
  /** Pages that carry neither header nor footer (the cover). */
  bare: number[];
}

/** Headings of the printed page, in document order, as the outline should read them. */
export function retitleOutline(doc: PDFDocument, headings: string[]): number {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const flat: OutlineItem[] = [];
  const visit = (items: OutlineItem[]) => items.forEach((i) => (flat.push(i), visit(i.children)));
  visit(outline(doc));
  let next = 0;
  let fixed = 0;
  for (const item of flat) {
    // Outline entries follow the headings in order; match on the text without spaces, which Chromium keeps. Chromium
    // also writes some headings' text twice in a bookmark ("ContentsContents"), so a doubled title matches too.
    const title = squash(item.title);
    const at = headings.findIndex((h, k) => k >= next && (title === squash(h) || title === squash(h).repeat(2)));
    if (at < 0) continue;
    next = at + 1;
    if (headings[at] !== item.title) {
      item.dict.set(PDFName.of('Title'), PDFHexString.fromText(headings[at]!));
      fixed++;
    }
  }
  return fixed;
}

/** Drops what the standard PDF fonts cannot encode (WinAnsi), so a title with a rare symbol cannot fail the build. */
function encodable(font: PDFFont, s: string): string {
  return [...s]
    .filter((c) => {
      try {
        font.encodeText(c);
        return true;
      } catch {
        return false;
      }
    })
    .join('');
}

function fit(font: PDFFont, s: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(s, size) <= width) return s;
  let cut = s;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Running header (chapter · report) and footer (vintage · page N of M) on every page but the bare ones. */
export async function stampRunningTitles(doc: PDFDocument, t: RunningTitles, marginPt = { side: 45.35, header: 28, footer: 26 }): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const grey = rgb(0.33, 0.33, 0.33);
  const size = 7.5;
  const pages = doc.getPages();
  const starts = new Set(t.chapters.map((c) => c.page));
  pages.forEach((page, i) => {
    const n = i + 1;
    if (t.bare.includes(n)) return;
    const { width, height } = page.getSize();
    const inner = width - 2 * marginPt.side;
    const chapter = [...t.chapters].reverse().find((c) => c.page <= n);
    // A chapter's opening page shows its title large already: no running header there.
    if (chapter && !starts.has(n)) {
      const right = fit(font, encodable(font, t.report), size, inner * 0.45);
      const left = fit(bold, encodable(bold, chapter.title), size, inner - font.widthOfTextAtSize(right, size) - 12);
      const y = height - marginPt.header;
      page.drawText(left, { x: marginPt.side, y, size, font: bold, color: grey });
      page.drawText(right, { x: width - marginPt.side - font.widthOfTextAtSize(right, size), y, size, font, color: grey });
      page.drawLine({ start: { x: marginPt.side, y: y - 4 }, end: { x: width - marginPt.side, y: y - 4 }, thickness: 0.4, color: rgb(0.7, 0.7, 0.7) });
    }
    const number = `Page ${n} of ${pages.length}`;
    const vintage = fit(font, encodable(font, t.vintage), size, inner - font.widthOfTextAtSize(number, size) - 12);
    page.drawText(vintage, { x: marginPt.side, y: marginPt.footer, size, font, color: grey });
    page.drawText(number, { x: width - marginPt.side - font.widthOfTextAtSize(number, size), y: marginPt.footer, size, font, color: grey });
  });
}

/** Creation and modification date: the vintage's publication date, not the clock. */
export function fixDates(doc: PDFDocument, publishedIso: string): void {
  const ymd = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(publishedIso);
  const date = ymd ? new Date(Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3] ?? '1'))) : new Date(Date.UTC(2000, 0, 1));
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}
