import type { ChartData, Cell } from './types';

/** RFC 4180 field: quote when needed; neutralise leading =,+,-,@ so spreadsheets do not run it as a formula. */
function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header of column labels and full-precision numbers (no display rounding). */
export function toCsv(data: ChartData): string {
  const lines = [data.columns.map((c) => field(c.label)).join(',')];
  for (const row of data.rows) lines.push(data.columns.map((c) => field(row[c.key] ?? null)).join(','));
  return lines.join('\r\n') + '\r\n';
}
