/**
 * Who publishes a report and how it presents itself: site address, publisher, authors, licence, contact, and the
 * home page's headline (sentence, key figures, lead chart). One typed object with a default beside each field;
 * the report fills it in (src/publication.config.ts). Text fields may name facts as `{fact.name}`, so the home
 * page, the PDF cover and the social card never carry a hand-typed forecast number.
 */
import { z } from 'zod';

const Person = z.object({
  name: z.string().min(1),
  /** e.g. "Lead analyst". Default: none. */
  role: z.string().optional(),
  url: z.url().optional(),
});

const KeyFigure = z.object({
  /** Fact shown large. */
  fact: z.string().min(1),
  /** What the number is, e.g. "CPO revenue in 2030". */
  label: z.string().min(1),
  /** The comparison that gives the number its base year, e.g. "up from {revenue.2026.total} in 2026". Default: none. */
  base: z.string().optional(),
});

export const PublicationSchema = z.object({
  /**
   * Origin (and path) where the site is published, e.g. "https://reports.example.com/". Canonical links, og:url,
   * the sitemap and every link in the PDF use it. No default: a production build without it fails.
   */
  site: z.url().optional(),
  /** Default: none (the report title stands alone). */
  publisher: z.object({ name: z.string().min(1), url: z.url().optional() }).optional(),
  /** Default: none. */
  authors: z.array(Person).default([]),
  /** Terms of reuse for text, charts and data. Default: all rights reserved. */
  licence: z.object({ name: z.string().min(1), url: z.url().optional() }).default({ name: 'All rights reserved' }),
  /** Where readers send questions and corrections. Default: none. */
  contact: z.object({ email: z.email().optional(), url: z.url().optional() }).default({}),
  headline: z
    .object({
      /** One sentence with the finding, facts as `{name}`. Default: none. */
      sentence: z.string().optional(),
      /** Chart id shown above the fold on the home page. Default: none. */
      leadChart: z.string().optional(),
      /** Key figures on the home page, the PDF cover and the social card (first three). Default: none. */
      keyFigures: z.array(KeyFigure).default([]),
    })
    .prefault({}),
});

export type PublicationConfig = z.input<typeof PublicationSchema>;
export type Publication = z.output<typeof PublicationSchema>;

/** Checks a report's publication settings; an error names each bad field. */
export function definePublication(config: PublicationConfig): Publication {
  const parsed = PublicationSchema.safeParse(config);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(publication)'}: ${i.message}`);
    throw new Error(`Invalid publication settings:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** One piece of a text with facts: plain text, or a fact's formatted value. */
export type TextPart = { text: string; fact?: string };

/**
 * Splits "grows {cagr.x} a year" into text and fact parts. `lookup` returns a fact's formatted text, or
 * undefined for an unknown name, which fails with the field that used it.
 */
export function fillFacts(template: string, lookup: (name: string) => string | undefined, field: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{([^{}\s]+)\}/g)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    const text = lookup(m[1]!);
    if (text === undefined) throw new Error(`${field}: unknown fact "${m[1]}" in "${template}"`);
    parts.push({ text, fact: m[1] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

export const plainText = (parts: TextPart[]) => parts.map((p) => p.text).join('');

/** The site address a build publishes to: REPORT_SITE (CI deploys) over the report's own setting. */
export function publishedSite(publication: Publication, env: Record<string, string | undefined> = process.env): string | undefined {
  return env.REPORT_SITE || publication.site;
}
