/**
 * The one place this report reaches into the engine: every engine building block it uses comes through here.
 */
export { scalar, series } from '../../../src/data/schema';
