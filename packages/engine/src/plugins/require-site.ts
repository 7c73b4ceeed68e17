/**
 * Fails a production build that has no site address: canonical links, og:url, the sitemap and the PDF's links
 * would otherwise point at a made-up domain. `astro dev` works without one.
 */
export function requireSiteForBuild(command: string, site: string | undefined): void {
  if (command === 'build' && !site) {
    throw new Error(
      'No site address for a production build: set `site.url` in the report\'s defineReport({...}) (src/report.ts), e.g. "https://reports.example.com/", or REPORT_SITE for one build.',
    );
  }
}
