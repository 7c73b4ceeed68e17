/** Build provenance. The commit comes from the build script; nothing here reads the clock, so builds are reproducible. */
export const COMMIT = process.env.REPORT_COMMIT ?? 'uncommitted';
