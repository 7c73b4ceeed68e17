import type { CslName } from '../publish/citation';
import type { Licence } from '../publish/data-package';
import { describeByName, type DescribeSeries } from '../publish/tidy';
import { currentReport } from './current';

/** Who and what other tools credit (citations, data package, feed, schema.org), from the report's definition. */
export interface Credits {
  authors: CslName[];
  publisher: string;
  /** The licence as a Data Package states it; absent when it cannot be (no Open Definition id and no URL). */
  licence?: Licence;
  /** The licence as words, e.g. "CC BY 4.0" or "All rights reserved". */
  licenceText: string;
  describeSeries: DescribeSeries;
}

/** Data Package licence names are Open Definition ids: "CC BY 4.0" → "CC-BY-4.0"; words that are no id give none. */
const licenceId = (name: string) => (/^[A-Za-z0-9][A-Za-z0-9 .-]*\d[A-Za-z0-9 .-]*$/.test(name) ? name.trim().replace(/\s+/g, '-') : undefined);

export function credits(): Credits {
  const report = currentReport();
  const publisher = report.publisher?.name ?? report.title;
  const { name, url } = report.licence;
  const id = licenceId(name);
  return {
    // A person's name is credited as written: splitting "family, given" would guess at every culture's order.
    authors: report.authors.length ? report.authors.map((a) => ({ literal: a.name })) : [{ literal: publisher }],
    publisher,
    ...(id || url ? { licence: { ...(id ? { name: id } : {}), ...(url ? { path: url } : {}), title: name } as Licence } : {}),
    licenceText: name,
    describeSeries: report.describeSeries ?? describeByName,
  };
}

/** A CSL name as one line of text. */
export const nameText = (n: CslName) => ('literal' in n ? n.literal : `${n.given} ${n.family}`);
