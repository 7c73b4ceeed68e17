/**
 * The engine's chart readability suite on this report (tests/e2e/chart-readability.ts), so both reports are
 * held to one standard. Two chapters, the revisions page and the data pages at least.
 */
import { fileURLToPath } from 'node:url';
import { chartReadabilitySuite } from '../../../../tests/e2e/chart-readability';

chartReadabilitySuite({ dist: fileURLToPath(new URL('../../dist', import.meta.url)), minPages: 3, url: (path) => `.${path}` });
