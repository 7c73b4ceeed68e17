import { siteUrl } from '../lib/url';
import { headlineFacts } from './headline';
import { credits, nameText } from './credits';
import { atomFeed } from '../publish/feed';
import { getReport, previousVintage, siteVintages } from './context';
import { vintageName } from './revisions';

const absolute = (path: string, site: URL) => new URL(siteUrl(path), site).href;

/** The site's Atom feed: one entry per vintage the site shows, with its summary and headline numbers. */
export function siteFeed(site: URL): string {
  const vintages = siteVintages();
  const latest = vintages[vintages.length - 1]!;
  const pub = credits();
  return atomFeed({
    title: latest.meta.title,
    subtitle: 'Published forecast vintages and what changed in each',
    siteUrl: absolute('/', site),
    feedUrl: absolute('feed.xml', site),
    authors: pub.authors.map(nameText),
    rights: pub.licenceText,
    entries: vintages.map((v) => {
      const { facts } = getReport(v.id);
      return {
        vintage: v.id,
        title: `${vintageName(v.id)} forecast (vintage ${v.id})`,
        published: v.meta.published,
        summary: v.meta.summary,
        url: absolute(`v/${v.id}/`, site),
        ...(previousVintage(v.id) ? { revisionsUrl: absolute(`revisions/${v.id}/`, site) } : {}),
        details: headlineFacts(facts).map((f) => `${f.description}: ${f.text}`),
      };
    }),
  });
}
