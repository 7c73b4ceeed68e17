/** Vitest setup: engine modules work on the current report; in these tests that is the CPO outlook. */
import { useReport } from '../../packages/engine/src/report/current';
import report from '../../src/report';

useReport(report);
