/**
 * Who publishes a report and how it presents itself: publisher, authors, licence, contact, and the lead of its
 * home page (sentence, key figures, lead chart). The contract (`defineReport`) takes these shapes, each with a
 * default. Text fields may name facts as `{fact.name}`, so the home page, the PDF cover and the social card never
 * carry a hand-typed forecast number.
 */
import { z } from 'zod';

export const PersonSchema = z.object({
  name: z.string().min(1),
  /** e.g. "Lead analyst". Default: none. */
  role: z.string().optional(),
  url: z.url().optional(),
});

export const PublisherSchema = z.object({ name: z.string().min(1), url: z.url().optional() });
export const LicenceSchema = z.object({ name: z.string().min(1), url: z.url().optional() });
export const ContactSchema = z.object({ email: z.email().optional(), url: z.url().optional() });

const KeyFigureSchema = z.object({
  /** Fact shown large. */
  fact: z.string().min(1),
  /** What the number is, e.g. "Revenue in 2030". */
  label: z.string().min(1),
  /** The comparison that gives the number its base year, e.g. "up from {revenue.2026.total} in 2026". Default: none. */
  base: z.string().optional(),
});

export const LeadSchema = z.object({
  /** One sentence with the finding, facts as `{name}`. Default: none. */
  sentence: z.string().optional(),
  /** Chart id shown above the fold on the home page. Default: none. */
  chart: z.string().optional(),
  /** Key figures on the home page, the PDF cover and the social card (first three). Default: none. */
  figures: z.array(KeyFigureSchema).default([]),
});

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
