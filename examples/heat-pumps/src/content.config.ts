// The chapters collection (content/chapters/*.mdx, with the engine's front-matter schema).
export { collections } from '@forecast-report/engine/content';
