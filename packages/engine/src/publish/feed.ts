/**
 * An Atom feed (RFC 4287) of a report's published vintages, newest first, each with its summary of what
 * changed. Dates are the vintages' publication dates, so the feed only changes when a vintage is published.
 */
import { XMLBuilder } from 'fast-xml-parser';

interface FeedEntry {
  /** Vintage id, e.g. "2026-11". */
  vintage: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** What changed in this vintage, as the vintage states it. */
  summary: string;
  /** Absolute URLs: the vintage's page, and its revisions page when there is an earlier vintage. */
  url: string;
  revisionsUrl?: string;
  /** Optional lines for the entry's content, e.g. headline numbers. */
  details?: string[];
}

export interface FeedInput {
  title: string;
  subtitle?: string;
  /** Absolute URLs of the site and of the feed itself. */
  siteUrl: string;
  feedUrl: string;
  authors: string[];
  rights?: string;
  entries: FeedEntry[];
}

const dateTime = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(f: FeedInput): string {
  if (f.entries.length === 0) throw new Error('an Atom feed needs at least one published vintage');
  const entries = [...f.entries].sort((a, b) => b.published.localeCompare(a.published) || b.vintage.localeCompare(a.vintage));
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true });
  const feed = {
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      id: f.siteUrl,
      title: f.title,
      ...(f.subtitle ? { subtitle: f.subtitle } : {}),
      updated: dateTime(entries[0]!.published),
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': f.feedUrl },
        { '@rel': 'alternate', '@type': 'text/html', '@href': f.siteUrl },
      ],
      author: f.authors.map((name) => ({ name })),
      ...(f.rights ? { rights: f.rights } : {}),
      entry: entries.map((e) => ({
        id: e.url,
        title: e.title,
        published: dateTime(e.published),
        updated: dateTime(e.published),
        link: [
          { '@rel': 'alternate', '@type': 'text/html', '@href': e.url },
          ...(e.revisionsUrl ? [{ '@rel': 'related', '@type': 'text/html', '@href': e.revisionsUrl, '@title': 'What changed' }] : []),
        ],
        summary: e.summary,
        ...(e.details?.length ? { content: { '@type': 'text', '#text': [e.summary, '', ...e.details].join('\n') } } : {}),
      })),
    },
  };
  return builder.build(feed) as string;
}
