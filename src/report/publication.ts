/**
 * The terms the report's data and figures are published under. Stated on the downloads pages and in
 * every dataset listing, so a reader knows what they may reuse.
 */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
