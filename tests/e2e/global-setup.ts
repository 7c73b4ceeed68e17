import { requireFreshDist } from '../helpers/fresh-dist';

/** The browser tests serve dist/ as it is on disk; they refuse to run on one built from other sources. */
export default function globalSetup(): void {
  requireFreshDist();
}
