/** Props of a numbered element (a figure or a table): Figure.astro and Table.astro. */
export interface NumberedProps {
  /** Anchor and cross-reference id, unique in the report (e.g. "fig-supply-chain", "tbl-assumptions"). */
  id: string;
  /** Short title shown after "Figure N." or "Table N." and in the list of figures or tables. */
  title: string;
  /** Set by the numbering plugin. */
  number?: string;
}
