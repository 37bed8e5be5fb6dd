'use client';

import { useId, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import type { Catalog } from '@/features/catalog/api/catalog';
import { hasAnalyticsFilters, NO_ANALYTICS_FILTERS, rangeError, type AnalyticsFilters } from '../model/filters';

const CONTROL =
  'mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm';

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-semibold text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

interface Props {
  filters: AnalyticsFilters;
  catalog: Catalog | null;
  onChange: (patch: Partial<AnalyticsFilters>) => void;
}

/** Date range (default: the last 30 days) and printer, method and discipline, from the lab catalog. */
export function AnalyticsFilterBar({ filters, catalog, onChange }: Props) {
  const id = useId();
  const error = rangeError(filters);
  const printers = (catalog?.printers ?? []).filter((p) => !filters.method || p.method === filters.method);
  return (
    <div role="search" aria-label="Filter the reports" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6 lg:items-end">
        <Field id={`${id}-from`} label="From">
          <input id={`${id}-from`} type="date" className={CONTROL} value={filters.from} max={filters.to || undefined}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(e) => onChange({ from: e.target.value })} />
        </Field>
        <Field id={`${id}-to`} label="To (included)">
          <input id={`${id}-to`} type="date" className={CONTROL} value={filters.to} min={filters.from || undefined}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(e) => onChange({ to: e.target.value })} />
        </Field>
        <Field id={`${id}-method`} label="Method">
          <select id={`${id}-method`} className={CONTROL} value={filters.method}
            onChange={(e) => onChange({ method: e.target.value, printer: '' })}>
            <option value="">Any method</option>
            {(catalog?.methods ?? []).map((m) => (
              <option key={m.name}>{m.name}</option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-printer`} label="Printer">
          <select id={`${id}-printer`} className={CONTROL} value={filters.printer} onChange={(e) => onChange({ printer: e.target.value })}>
            <option value="">Any printer</option>
            {printers.map((p) => (
              <option key={p.name}>{p.name}</option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-discipline`} label="Discipline">
          <select id={`${id}-discipline`} className={CONTROL} value={filters.discipline}
            onChange={(e) => onChange({ discipline: e.target.value })}>
            <option value="">Any discipline</option>
            {(catalog?.disciplines ?? []).map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </Field>
        <div>
          <Button variant="ghost" className="w-full" disabled={!hasAnalyticsFilters(filters)} onClick={() => onChange(NO_ANALYTICS_FILTERS)}>
            Reset filters
          </Button>
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="mt-2 text-xs text-slate-600">
          Days in the lab’s time zone. Without dates: the last 30 days.
        </p>
      )}
    </div>
  );
}
