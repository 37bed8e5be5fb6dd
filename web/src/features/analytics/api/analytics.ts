import { fetchJson } from '@/lib/api';
import type { components as Jobs } from '@/lib/generated/jobs';
import { analyticsQuery, type AnalyticsFilters } from '../model/filters';

export type AnalyticsOverview = Jobs['schemas']['AnalyticsOverview'];
export type AnalyticsTrends = Jobs['schemas']['AnalyticsTrends'];
export type AnalyticsResources = Jobs['schemas']['AnalyticsResources'];
export type AnalyticsFinancial = Jobs['schemas']['AnalyticsFinancial'];
export type AnalyticsWindow = Jobs['schemas']['AnalyticsWindow'];

export interface AnalyticsReports {
  overview: AnalyticsOverview;
  trends: AnalyticsTrends;
  resources: AnalyticsResources;
  financial: AnalyticsFinancial;
}

/** The four reports (`GET /analytics/*`, staff) for one set of filters, fetched together. */
export async function getAnalytics(filters: AnalyticsFilters, signal?: AbortSignal): Promise<AnalyticsReports> {
  const query = analyticsQuery(filters);
  const get = <T,>(report: string) => fetchJson<T>(`/analytics/${report}${query}`, { signal });
  const [overview, trends, resources, financial] = await Promise.all([
    get<AnalyticsOverview>('overview'),
    get<AnalyticsTrends>('trends'),
    get<AnalyticsResources>('resources'),
    get<AnalyticsFinancial>('financial'),
  ]);
  return { overview, trends, resources, financial };
}
