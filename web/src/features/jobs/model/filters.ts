import { isJobStatus, type JobQuery, type JobStatus } from '../api/jobs';

/*
 * The board's search and filters, as kept in the address bar
 * (`/dashboard?status=PENDING&search=ada&method=Resin&from=2026-11-01`) so a
 * view can be reloaded, bookmarked or sent to a colleague. Dates are the lab's
 * calendar days (YYYY-MM-DD); `to` is inclusive.
 */

export interface BoardFilters {
  search: string;
  printer: string;
  method: string;
  discipline: string;
  from: string;
  to: string;
}

export interface BoardLocation {
  status: JobStatus;
  page: number;
  filters: BoardFilters;
}

export const NO_FILTERS: BoardFilters = { search: '', printer: '', method: '', discipline: '', from: '', to: '' };

const FILTER_KEYS = ['search', 'printer', 'method', 'discipline', 'from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readBoardLocation(params: URLSearchParams): BoardLocation {
  const status = params.get('status');
  const page = Number(params.get('page'));
  const filters = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = (params.get(key) ?? '').slice(0, 100);
  if (!DAY.test(filters.from)) filters.from = '';
  if (!DAY.test(filters.to)) filters.to = '';
  return {
    status: isJobStatus(status) ? status : 'UPLOADED',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    filters,
  };
}

/** The query string for a view; defaults (Uploaded, page 1, no filters) are left out. */
export function boardSearch({ status, page, filters }: BoardLocation): string {
  const params = new URLSearchParams();
  if (status !== 'UPLOADED') params.set('status', status);
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(filters: BoardFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== '');
}

/** How many filters besides the search are set (for the "Filters (2)" label). */
export function countFilters(filters: BoardFilters): number {
  return (['printer', 'method', 'discipline', 'from', 'to'] as const).filter((k) => filters[k] !== '').length;
}

/** The offset of `timeZone` from UTC at the instant `utcMs`, in ms. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - utcMs;
}

/**
 * The instant a calendar day starts in a time zone, as ISO (UTC):
 * 2026-07-01 in America/Chicago → 2026-07-01T05:00:00.000Z. `addDays` moves the day first.
 */
export function zonedDayStart(day: string, timeZone: string | undefined, addDays = 0): string | null {
  if (!DAY.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d + addDays);
  if (Number.isNaN(midnightUtc)) return null;
  try {
    const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    let start = midnightUtc - zoneOffsetMs(midnightUtc, zone);
    // Across a DST change the offset at the guess differs from the one at the answer.
    const again = midnightUtc - zoneOffsetMs(start, zone);
    if (again !== start) start = again;
    return new Date(start).toISOString();
  } catch {
    return new Date(y, m - 1, d + addDays).toISOString(); // unknown zone name: the browser's own
  }
}

/** The API's query for these filters; `to` covers its whole day (up to the next day's start). */
export function toJobQuery(filters: BoardFilters, timeZone: string | undefined): JobQuery {
  const query: JobQuery = {};
  if (filters.search.trim()) query.search = filters.search.trim();
  if (filters.printer) query.printer = filters.printer;
  if (filters.method) query.method = filters.method;
  if (filters.discipline) query.discipline = filters.discipline;
  const from = filters.from ? zonedDayStart(filters.from, timeZone) : null;
  // A range that ends before it starts is shown as an error; until fixed, only its start counts.
  const to = filters.to && !dateRangeError(filters) ? zonedDayStart(filters.to, timeZone, 1) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** A date range that ends before it starts (the API refuses it). */
export function dateRangeError(filters: BoardFilters): string | null {
  return filters.from && filters.to && filters.to < filters.from ? 'The end date is before the start date.' : null;
}
