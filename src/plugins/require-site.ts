import type { AstroIntegration } from 'astro';

/**
 * Fails a production build that has no site address: canonical links, og:url, the sitemap and the PDF's links
 * would otherwise point at a made-up domain. `astro dev` works without one.
 */
export function requireSite(where: string): AstroIntegration {
  return {
    name: 'require-site',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build' && !config.site) {
          throw new Error(`No site address for a production build: set \`site\` in ${where} (e.g. "https://reports.example.com/"), or REPORT_SITE for one build.`);
        }
      },
    },
  };
}
