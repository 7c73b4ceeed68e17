/** Whether this build prints report.pdf (scripts/build.ts decides and tells Astro): pages link to it only then. */
export const PDF_LINKED = process.env.REPORT_PDF !== '0';
