/*
 * CSV of a chart's data, built in the browser (RFC 4180: comma-separated, CRLF
 * line ends, a field with a comma, quote or line break quoted, quotes doubled).
 * Text that a spreadsheet would run as a formula (= + - @ at the start) is
 * prefixed with an apostrophe; numbers are written as they are.
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  label: string;
  value: (row: Row) => CsvValue;
}

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvField(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** "analytics-revenue-per-day-2026-02-01_2026-02-28.csv" */
export function csvFileName(chart: string, from: string, to: string): string {
  const slug = chart
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `analytics-${slug}-${from}_${to}.csv`;
}

/** Let the browser save `csv` as `fileName` (UTF-8 with a byte-order mark, which spreadsheets need). */
export function downloadCsv(csv: string, fileName: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
