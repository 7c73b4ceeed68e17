/** Whether this build prints report.pdf (scripts/build.ts decides and tells Astro): pages link to it only then. */
import { settings } from '../settings';

export const PDF_LINKED = settings.pdfLinked();
