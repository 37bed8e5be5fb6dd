'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useCatalog } from '@/features/catalog/hooks/use-catalog';
import { isAbortError, isApiError } from '@/lib/api';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { getAnalytics, type AnalyticsReports } from '../api/analytics';
import { analyticsQuery, rangeError, readAnalyticsFilters, type AnalyticsFilters } from '../model/filters';
import { AnalyticsFilterBar } from './AnalyticsFilterBar';
import { shortDay } from './Charts';
import { ReportCharts } from './ReportCharts';
import { StatTiles } from './StatTiles';

type ReportState =
  | { state: 'loading'; previous: AnalyticsReports | null }
  | { state: 'loaded'; reports: AnalyticsReports }
  | { state: 'error'; message: string };

function hasActivity({ overview, financial, resources }: AnalyticsReports): boolean {
  return (
    overview.submitted + overview.completed + overview.rejections + overview.in_queue + financial.payment_count > 0 ||
    resources.printing_per_day.some((d) => d.count > 0)
  );
}

/** The lab manager's reports: filters in the address bar, the headline numbers, then every chart. */
export function AnalyticsDashboard() {
  const searchParams = useSearchParams();
  const onSessionExpired = useSessionExpiry();
  const { catalog } = useCatalog();
  const [filters, setFilters] = useState<AnalyticsFilters>(() =>
    readAnalyticsFilters(new URLSearchParams(searchParams?.toString() ?? '')),
  );
  const [report, setReport] = useState<ReportState>({ state: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  const query = analyticsQuery(filters);
  const invalid = rangeError(filters);

  const change = useCallback((patch: Partial<AnalyticsFilters>) => {
    setFilters((old) => {
      const next = { ...old, ...patch };
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${analyticsQuery(next)}`);
      return next;
    });
  }, []);

  useEffect(() => {
    if (invalid) return;
    const controller = new AbortController();
    setReport((old) => ({ state: 'loading', previous: old.state === 'loaded' ? old.reports : old.state === 'loading' ? old.previous : null }));
    getAnalytics(readAnalyticsFilters(new URLSearchParams(query)), controller.signal).then(
      (reports) => setReport({ state: 'loaded', reports }),
      (error: unknown) => {
        if (isAbortError(error) || onSessionExpired(error)) return;
        setReport({ state: 'error', message: isApiError(error) ? error.message : 'Could not load the reports.' });
      },
    );
    return () => controller.abort();
  }, [query, invalid, attempt, onSessionExpired]);

  const shown = report.state === 'loaded' ? report.reports : report.state === 'loading' ? report.previous : null;
  const window_ = shown?.overview.window;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">Analytics</h1>
        <div aria-live="polite" className="flex items-center gap-2 text-sm text-slate-600">
          {report.state === 'loading' && !invalid && (
            <>
              <Spinner /> Loading the reports…
            </>
          )}
        </div>
        {window_ && (
          <p className="ml-auto text-sm text-slate-600" data-testid="analytics-window">
            {window_.date_from.slice(0, 4) === window_.date_to.slice(0, 4)
              ? `${shortDay(window_.date_from)} – ${shortDay(window_.date_to)}, ${window_.date_to.slice(0, 4)}`
              : `${shortDay(window_.date_from)}, ${window_.date_from.slice(0, 4)} – ${shortDay(window_.date_to)}, ${window_.date_to.slice(0, 4)}`}{' '}
            ({window_.time_zone})
          </p>
        )}
      </div>
      <AnalyticsFilterBar filters={filters} catalog={catalog.state === 'loaded' ? catalog.catalog : null} onChange={change} />


      {report.state === 'error' && (
        <Alert tone="error" title="Could not load the reports">
          <p>{report.message}</p>
          <Button variant="secondary" className="mt-3" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </Button>
        </Alert>
      )}

      {shown && !invalid && (
        <div className={report.state === 'loading' ? 'opacity-60 transition-opacity' : undefined} aria-busy={report.state === 'loading'}>
          {!hasActivity(shown) && (
            <Alert tone="info" className="mb-4">
              Nothing happened in this period with these filters. Try a longer date range or fewer filters.
            </Alert>
          )}
          <section aria-labelledby="analytics-summary" className="space-y-3">
            <h2 id="analytics-summary" className="sr-only">
              Summary
            </h2>
            <StatTiles reports={shown} />
          </section>
          <section aria-labelledby="analytics-charts" className="mt-5">
            <h2 id="analytics-charts" className="sr-only">
              Charts
            </h2>
            <ReportCharts reports={shown} />
          </section>
        </div>
      )}
    </div>
  );
}
