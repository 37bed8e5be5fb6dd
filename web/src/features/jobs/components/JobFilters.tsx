'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import type { Catalog } from '@/features/catalog/api/catalog';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { NO_FILTERS, countFilters, dateRangeError, hasFilters, type BoardFilters } from '../model/filters';
import { SearchIcon } from './icons';

export const SEARCH_DEBOUNCE_MS = 400;

interface JobFiltersProps {
  filters: BoardFilters;
  catalog: Catalog | null;
  onChange: (patch: Partial<BoardFilters>) => void;
}

const CONTROL =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm disabled:bg-slate-100';

function Labelled({ label, children, id }: { label: string; children: ReactNode; id: string }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-semibold text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * Search (name, e-mail, class or Job ID; waits 400 ms after typing; Esc
 * clears it) and filters by printer, method, discipline and submission date.
 */
export function JobFilters({ filters, catalog, onChange }: JobFiltersProps) {
  const id = useId();
  const [text, setText] = useState(filters.search);
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const [open, setOpen] = useState(countFilters(filters) > 0);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (debounced.trim() !== filters.search.trim()) onChange({ search: debounced });
    // Only typing (settled) searches; filters.search changing from elsewhere must not loop back.
  }, [debounced]);

  function clearSearch() {
    setText('');
    onChange({ search: '' });
    searchRef.current?.focus();
  }

  const rangeError = dateRangeError(filters);
  const active = countFilters(filters);
  const methods = catalog?.methods.map((m) => m.name) ?? [];
  const printers = (catalog?.printers ?? []).filter((p) => !filters.method || p.method === filters.method);

  return (
    <div className="space-y-3" role="search" aria-label="Search and filter jobs">
      <div className="flex flex-wrap items-end gap-2">
        <div className="relative min-w-0 flex-1 basis-64">
          <label htmlFor={`${id}-search`} className="sr-only">
            Search jobs
          </label>
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
          <input
            ref={searchRef}
            id={`${id}-search`}
            type="search"
            value={text}
            placeholder="Search name, e-mail, class or Job ID"
            autoComplete="off"
            aria-describedby={`${id}-search-hint`}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                clearSearch();
              }
            }}
            className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white py-2 pr-10 pl-9 text-base text-slate-900 shadow-sm placeholder:text-slate-500 [&::-webkit-search-cancel-button]:hidden"
          />
          <span id={`${id}-search-hint`} className="sr-only">
            Results update as you type; Escape clears the search. The tab counts then count matches.
          </span>
          {text && (
            <button
              type="button"
              onClick={clearSearch}
              className="absolute top-1/2 right-1 grid size-9 -translate-y-1/2 place-items-center rounded-md text-slate-500 hover:bg-slate-100"
            >
              <span aria-hidden="true">✕</span>
              <span className="sr-only">Clear search</span>
            </button>
          )}
        </div>
        <Button variant="secondary" aria-expanded={open} aria-controls={`${id}-filters`} onClick={() => setOpen((o) => !o)}>
          Filters{active ? ` (${active})` : ''}
        </Button>
        {hasFilters(filters) && (
          <Button
            variant="ghost"
            onClick={() => {
              setText('');
              onChange(NO_FILTERS);
            }}
          >
            Clear all
          </Button>
        )}
      </div>
      <div id={`${id}-filters`} hidden={!open} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5">
        <Labelled label="Method" id={`${id}-method`}>
          <select id={`${id}-method`} className={CONTROL} value={filters.method} onChange={(e) => onChange({ method: e.target.value, printer: '' })}>
            <option value="">Any method</option>
            {methods.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </Labelled>
        <Labelled label="Printer" id={`${id}-printer`}>
          <select id={`${id}-printer`} className={CONTROL} value={filters.printer} onChange={(e) => onChange({ printer: e.target.value })}>
            <option value="">Any printer</option>
            {printers.map((p) => (
              <option key={p.name}>{p.name}</option>
            ))}
          </select>
        </Labelled>
        <Labelled label="Discipline" id={`${id}-discipline`}>
          <select id={`${id}-discipline`} className={CONTROL} value={filters.discipline} onChange={(e) => onChange({ discipline: e.target.value })}>
            <option value="">Any discipline</option>
            {(catalog?.disciplines ?? []).map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </Labelled>
        <Labelled label="Submitted from" id={`${id}-from`}>
          <input id={`${id}-from`} type="date" className={CONTROL} value={filters.from} max={filters.to || undefined} onChange={(e) => onChange({ from: e.target.value })} />
        </Labelled>
        <Labelled label="Submitted to (inclusive)" id={`${id}-to`}>
          <input
            id={`${id}-to`}
            type="date"
            className={CONTROL}
            value={filters.to}
            min={filters.from || undefined}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? `${id}-range` : undefined}
            onChange={(e) => onChange({ to: e.target.value })}
          />
        </Labelled>
        {rangeError && (
          <p id={`${id}-range`} role="alert" className="text-sm font-medium text-red-700 sm:col-span-2 lg:col-span-5">
            ⚠ {rangeError}
          </p>
        )}
      </div>
    </div>
  );
}
