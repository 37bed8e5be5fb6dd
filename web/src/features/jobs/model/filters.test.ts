import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  boardSearch,
  countFilters,
  dateRangeError,
  hasFilters,
  readBoardLocation,
  toJobQuery,
  zonedDayStart,
} from './filters';

describe('the board in the address bar', () => {
  it('reads status, page and filters, ignoring what it does not understand', () => {
    const location = readBoardLocation(
      new URLSearchParams('status=PENDING&page=3&search=ada&method=Resin&from=2026-11-01&to=yesterday&x=1'),
    );
    expect(location).toEqual({
      status: 'PENDING',
      page: 3,
      filters: { ...NO_FILTERS, search: 'ada', method: 'Resin', from: '2026-11-01' },
    });
    expect(readBoardLocation(new URLSearchParams('status=NOPE&page=-2'))).toEqual({
      status: 'UPLOADED',
      page: 1,
      filters: NO_FILTERS,
    });
  });

  it('writes only what differs from the default view, and reads back the same', () => {
    expect(boardSearch({ status: 'UPLOADED', page: 1, filters: NO_FILTERS })).toBe('');
    const view = { status: 'COMPLETED' as const, page: 2, filters: { ...NO_FILTERS, search: 'a b', printer: 'Prusa XL' } };
    const search = boardSearch(view);
    expect(search).toBe('?status=COMPLETED&search=a+b&printer=Prusa+XL&page=2');
    expect(readBoardLocation(new URLSearchParams(search))).toEqual(view);
  });

  it('knows when the view is narrowed', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, search: 'x' })).toBe(true);
    expect(countFilters({ ...NO_FILTERS, search: 'x', method: 'Resin', from: '2026-01-01' })).toBe(2);
  });
});

describe('calendar days in the lab’s time zone', () => {
  it('starts a day at local midnight, summer and winter', () => {
    expect(zonedDayStart('2026-07-01', 'America/Chicago')).toBe('2026-07-01T05:00:00.000Z');
    expect(zonedDayStart('2026-12-01', 'America/Chicago')).toBe('2026-12-01T06:00:00.000Z');
    expect(zonedDayStart('2026-12-01', 'UTC')).toBe('2026-12-01T00:00:00.000Z');
  });

  it('gets the DST-change days right', () => {
    expect(zonedDayStart('2026-03-08', 'America/Chicago')).toBe('2026-03-08T06:00:00.000Z');
    expect(zonedDayStart('2026-03-08', 'America/Chicago', 1)).toBe('2026-03-09T05:00:00.000Z');
    expect(zonedDayStart('2026-11-01', 'America/Chicago')).toBe('2026-11-01T05:00:00.000Z');
  });

  it('moves across month ends', () => {
    expect(zonedDayStart('2026-01-31', 'UTC', 1)).toBe('2026-02-01T00:00:00.000Z');
  });

  it('turns the filters into the API query, the end date inclusive', () => {
    expect(
      toJobQuery({ ...NO_FILTERS, search: ' ada ', discipline: 'Art', from: '2026-11-01', to: '2026-11-30' }, 'America/Chicago'),
    ).toEqual({ search: 'ada', discipline: 'Art', from: '2026-11-01T05:00:00.000Z', to: '2026-12-01T06:00:00.000Z' });
    expect(toJobQuery(NO_FILTERS, 'UTC')).toEqual({});
  });

  it('spots a range that ends before it starts', () => {
    expect(dateRangeError({ ...NO_FILTERS, from: '2026-11-02', to: '2026-11-01' })).toMatch(/before/);
    expect(dateRangeError({ ...NO_FILTERS, from: '2026-11-02', to: '2026-11-02' })).toBeNull();
    expect(toJobQuery({ ...NO_FILTERS, from: '2026-11-02', to: '2026-11-01' }, 'UTC')).toEqual({ from: '2026-11-02T00:00:00.000Z' });
  });
});
