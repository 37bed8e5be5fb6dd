import { analyticsQuery, hasAnalyticsFilters, NO_ANALYTICS_FILTERS, rangeError, readAnalyticsFilters } from './filters';

describe('analytics filters in the address bar', () => {
  it('reads the filters and drops malformed dates', () => {
    const filters = readAnalyticsFilters(new URLSearchParams('from=2026-02-01&to=tomorrow&method=Resin&printer=Prusa+XL'));
    expect(filters).toEqual({ from: '2026-02-01', to: '', printer: 'Prusa XL', method: 'Resin', discipline: '' });
  });

  it('writes only what is set, and reads back the same', () => {
    const filters = { ...NO_ANALYTICS_FILTERS, from: '2026-02-01', discipline: 'Art & Design' };
    const query = analyticsQuery(filters);
    expect(query).toBe('?from=2026-02-01&discipline=Art+%26+Design');
    expect(readAnalyticsFilters(new URLSearchParams(query))).toEqual(filters);
    expect(analyticsQuery(NO_ANALYTICS_FILTERS)).toBe('');
  });

  it('refuses a backwards range and knows when anything is set', () => {
    expect(rangeError({ ...NO_ANALYTICS_FILTERS, from: '2026-02-08', to: '2026-02-02' })).toMatch(/before/);
    expect(rangeError({ ...NO_ANALYTICS_FILTERS, from: '2026-02-02', to: '2026-02-02' })).toBeNull();
    expect(hasAnalyticsFilters(NO_ANALYTICS_FILTERS)).toBe(false);
    expect(hasAnalyticsFilters({ ...NO_ANALYTICS_FILTERS, method: 'Resin' })).toBe(true);
  });
});
