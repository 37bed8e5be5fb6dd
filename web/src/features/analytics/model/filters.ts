/*
 * The analytics page's filters, kept in the address bar
 * (`/analytics?from=2026-02-01&to=2026-02-28&method=Resin`) so a view can be
 * reloaded, bookmarked or sent on. Dates are the lab's calendar days
 * (YYYY-MM-DD, `to` included); no dates means the last 30 days.
 */

export interface AnalyticsFilters {
  from: string;
  to: string;
  printer: string;
  method: string;
  discipline: string;
}

export const NO_ANALYTICS_FILTERS: AnalyticsFilters = { from: '', to: '', printer: '', method: '', discipline: '' };

const KEYS = ['from', 'to', 'printer', 'method', 'discipline'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAnalyticsFilters(params: URLSearchParams): AnalyticsFilters {
  const filters = { ...NO_ANALYTICS_FILTERS };
  for (const key of KEYS) filters[key] = (params.get(key) ?? '').trim().slice(0, 100);
  if (!DAY.test(filters.from)) filters.from = '';
  if (!DAY.test(filters.to)) filters.to = '';
  return filters;
}

/** `?from=…&method=…` with the empty filters left out ('' when there are none). */
export function analyticsQuery(filters: AnalyticsFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A sentence when the range is backwards, else null (the page does not ask the server then). */
export function rangeError({ from, to }: AnalyticsFilters): string | null {
  return from && to && from > to ? 'The end date is before the start date.' : null;
}

export function hasAnalyticsFilters(filters: AnalyticsFilters): boolean {
  return KEYS.some((key) => filters[key].trim() !== '');
}
