/** Components every chapter can use without importing them (passed to MDX content). */
export { default as Chart } from './Chart.astro';
export { default as Value } from './Value.astro';
export { default as DataTable } from './DataTable.astro';
export { default as Callout } from './Callout.astro';
export { default as Cite } from './Cite.astro';
export { default as Ref } from './Ref.astro';
export { default as Historical } from './Historical.astro';
export { default as AssumptionsTable } from './AssumptionsTable.astro';
export { default as KeyFigures } from './KeyFigures.astro';
export { default as KeyFigure } from './KeyFigure.astro';
export { default as FigureIndex } from './FigureIndex.astro';
export { default as Figure } from './Figure.astro';
export { default as Table } from './Table.astro';
export { default as TimelineTable } from './TimelineTable.astro';
export { default as Claim } from './Claim.astro';
export { default as When } from './When.astro';
export { default as VintageLink } from './VintageLink.astro';
