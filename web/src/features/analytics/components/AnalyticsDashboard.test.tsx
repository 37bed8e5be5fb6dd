import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch, type Route } from '@/test/fetch-mock';
import { navigation, resetNavigation, router } from '@/test/next-navigation';
import { AnalyticsDashboard } from './AnalyticsDashboard';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());
// The drawings need a measured box jsdom does not have; the cards' captions and tables are what is tested.
vi.mock('./Charts', async (original) => ({
  ...(await original<typeof import('./Charts')>()),
  Bars: () => <svg data-testid="chart" />,
  SideBars: () => <svg data-testid="chart" />,
  Lines: () => <svg data-testid="chart" />,
}));

const WINDOW = { date_from: '2026-02-02', date_to: '2026-02-03', time_zone: 'America/Chicago', printer: null, method: null, discipline: null };
const DAYS = ['2026-02-02', '2026-02-03'];

function reports(submitted: number) {
  return {
    overview: {
      window: WINDOW, as_of: '2026-02-04T00:00:00Z',
      by_status: { UPLOADED: submitted, PENDING: 0, READYTOPRINT: 0, PRINTING: 0, COMPLETED: 0, PAIDPICKEDUP: 0, REJECTED: 0, ARCHIVED: 0 },
      in_queue: submitted, queue_age: { days_0_2: submitted, days_3_7: 0, days_7_plus: 0 }, submitted, completed: 0,
      avg_turnaround_hours: null, rejections: 0, rejection_reasons: [], custom_reason_rejections: 0, staff_activity: [],
    },
    trends: { window: WINDOW, days: DAYS.map((day, i) => ({ day, submitted: i === 0 ? submitted : 0, approved: 0, rejected: 0, completed: 0, mean_lead_time_hours: null })) },
    resources: {
      window: WINDOW, printing_per_day: DAYS.map((day) => ({ day, count: 0 })), printers: [], material_g_total: 0,
      resin_g: 0, other_g: 0, material_by_method: [], estimated_vs_weighed: [],
    },
    financial: {
      window: WINDOW, currency: 'USD', revenue_per_day: DAYS.map((day) => ({ day, revenue_cents: 0, payments: 0 })),
      total_revenue_cents: 0, payment_count: 0, avg_ticket_cents: null, estimated_revenue_cents: 0,
      actual_revenue_cents: 0, variance_cents: 0, variance_pct: null,
    },
  };
}

const CATALOG = {
  version: 1, lab_name: 'Lab', time_zone: 'America/Chicago', currency: 'USD', disciplines: ['Art', 'Engineering'],
  methods: [{ name: 'Filament' }, { name: 'Resin' }],
  printers: [{ name: 'Prusa XL', method: 'Filament' }, { name: 'Formlabs Form 3', method: 'Resin' }],
};

function backend(answer: (report: string, url: URL) => Response) {
  const routes: Record<string, Route> = { 'GET /api/v1/catalog': () => json(CATALOG) };
  for (const report of ['overview', 'trends', 'resources', 'financial']) {
    routes[`GET /api/v1/analytics/${report}`] = (url) => answer(report, url);
  }
  return mockFetch(routes);
}

beforeEach(() => {
  resetNavigation('/analytics', 'method=Resin');
  window.history.replaceState(null, '', '/analytics?method=Resin');
});

afterEach(() => vi.unstubAllGlobals());

describe('AnalyticsDashboard', () => {
  it('asks with the filters of the address bar and shows the numbers, then follows a changed filter', async () => {
    const asked: string[] = [];
    backend((report, url) => {
      if (report === 'overview') asked.push(url.search);
      const n = url.searchParams.get('discipline') === 'Art' ? 1 : 3;
      return json(reports(n)[report as keyof ReturnType<typeof reports>]);
    });
    render(<AnalyticsDashboard />);
    expect(await screen.findByTestId('stat-submitted')).toHaveTextContent('3');
    expect(asked).toEqual(['?method=Resin']);
    expect(screen.getByTestId('analytics-window')).toHaveTextContent('Feb 2 – Feb 3, 2026 (America/Chicago)');

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Discipline' }), 'Art');
    await waitFor(() => expect(screen.getByTestId('stat-submitted')).toHaveTextContent('1'));
    expect(asked.at(-1)).toBe('?method=Resin&discipline=Art');
    expect(window.location.search).toBe('?method=Resin&discipline=Art');
  });

  it('says when nothing happened, and draws no empty charts', async () => {
    backend((report) => json(reports(0)[report as keyof ReturnType<typeof reports>]));
    render(<AnalyticsDashboard />);
    expect(await screen.findByText(/Nothing happened in this period with these filters/)).toBeInTheDocument();
    expect(screen.getAllByText('No data for this period and these filters.').length).toBeGreaterThan(5);
    expect(screen.queryAllByTestId('chart')).toHaveLength(0);
  });

  it('shows an error with a way to try again', async () => {
    let fail = true;
    backend((report) => (fail ? apiError(503, 'unavailable', 'The reports are resting.') : json(reports(2)[report as keyof ReturnType<typeof reports>])));
    render(<AnalyticsDashboard />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The reports are resting.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('stat-submitted')).toHaveTextContent('2');
  });

  it('sends an expired session to the sign-in page', async () => {
    backend(() => apiError(401, 'unauthorized', 'Please sign in.'));
    render(<AnalyticsDashboard />);
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/login?reason=expired&next=/analytics'));
    expect(navigation.pathname).toBe('/analytics');
  });

  it('refuses a backwards range without asking the server', async () => {
    const fetch = backend((report) => json(reports(1)[report as keyof ReturnType<typeof reports>]));
    render(<AnalyticsDashboard />);
    await screen.findByTestId('stat-submitted');
    const calls = fetch.mock.calls.length;
    await userEvent.type(screen.getByLabelText('From'), '2026-02-10');
    await userEvent.type(screen.getByLabelText('To (included)'), '2026-02-01');
    expect(await screen.findByRole('alert')).toHaveTextContent('The end date is before the start date.');
    expect(screen.queryByTestId('stat-submitted')).toBeNull();
    expect(fetch.mock.calls.length - calls).toBeLessThanOrEqual(4); // at most the "from" alone was asked
  });
});
