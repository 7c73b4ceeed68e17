/** Build provenance. The commit comes from the build script; nothing here reads the clock, so builds are reproducible. */
import { settings } from '../settings';

export const COMMIT = settings.commit();
