'use client';

import { useId, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { csvFileName, downloadCsv, toCsv, type CsvColumn, type CsvValue } from '../model/csv';

export interface ChartCardProps<Row> {
  title: string;
  /** One sentence saying what the chart shows (the figure's caption). */
  caption: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  /** The window, for the CSV file's name. */
  range: { from: string; to: string };
  /** Nothing worth drawing (no rows, or only zeros): the card says so instead of an empty chart. */
  empty?: boolean;
  children: ReactNode;
  className?: string;
}

function shown(value: CsvValue): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
}

/**
 * A chart with its text alternative: a caption, the data as a table (open it
 * under the chart; screen readers skip the drawing itself) and a CSV download
 * of exactly those rows.
 */
export function ChartCard<Row>({ title, caption, columns, rows, range, empty, children, className = '' }: ChartCardProps<Row>) {
  const id = useId();
  const isEmpty = empty ?? rows.length === 0;
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-caption`}
      className={`flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm ${className}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <Button
          variant="secondary"
          className="min-h-9 px-3 py-1 text-xs"
          aria-label={`Download CSV: ${title}`}
          onClick={() => downloadCsv(toCsv(columns, rows), csvFileName(title, range.from, range.to))}
        >
          Download CSV
        </Button>
      </div>
      <figcaption id={`${id}-caption`} className="mt-1 text-sm text-slate-600">
        {caption}
      </figcaption>
      {isEmpty ? (
        <p className="mt-4 grid min-h-32 place-items-center rounded-lg bg-slate-50 text-sm text-slate-600">
          No data for this period and these filters.
        </p>
      ) : (
        <div className="mt-3 h-60 min-w-0" aria-hidden="true">
          {children}
        </div>
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer rounded font-semibold text-teal-800 hover:underline">Data table</summary>
        <div className="mt-2 max-h-72 overflow-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.label} scope="col" className="border-b border-slate-300 px-2 py-1 font-semibold text-slate-800">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className="odd:bg-slate-50">
                  {columns.map((c) => (
                    <td key={c.label} className="px-2 py-1 text-slate-800 tabular-nums">
                      {shown(c.value(row))}
                    </td>
                  ))}
                </tr>
              ))}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={columns.length} className="px-2 py-1 text-slate-600">
                    No rows.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
