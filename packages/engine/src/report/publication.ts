import type { CslName } from '../publish/citation';
import type { Licence } from '../publish/data-package';
import { describeByName, type DescribeSeries } from '../publish/tidy';
import { currentReport } from './current';

/** How the report presents itself to other tools (citations, data package, feed), from its definition. */
export interface Publication {
  authors: CslName[];
  publisher: string;
  licence?: Licence;
  describeSeries: DescribeSeries;
}

export function publication(): Publication {
  const report = currentReport();
  const author = report.author ?? report.title;
  return {
    // The contract names one author or publisher; citation managers read it as an organisation.
    authors: [{ literal: author }],
    publisher: author,
    ...(report.licence ? { licence: report.licence } : {}),
    describeSeries: report.describeSeries ?? describeByName,
  };
}

/** A CSL name as one line of text. */
export const nameText = (n: CslName) => ('literal' in n ? n.literal : `${n.given} ${n.family}`);
