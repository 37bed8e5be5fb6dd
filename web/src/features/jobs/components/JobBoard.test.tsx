import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { apiError, json, mockFetch, type Route } from '@/test/fetch-mock';
import { resetNavigation, router } from '@/test/next-navigation';
import type { JobSummary } from '../api/jobs';
import { testJob } from '@/test/jobs';
import { JobBoard } from './JobBoard';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const HOUR = 3_600_000;

function job(overrides: Partial<JobSummary>): JobSummary {
  // The shared test job, as this board's tests knew it: a display name, no method, colour or printer.
  return testJob({ display_name: 'cube', print_method: undefined, color: undefined, printer: undefined, ...overrides });
}

const counts = {
  UPLOADED: 2,
  PENDING: 0,
  READYTOPRINT: 1,
  PRINTING: 0,
  COMPLETED: 0,
  PAIDPICKEDUP: 0,
  REJECTED: 0,
  ARCHIVED: 0,
};

function backend(overrides: Record<string, Route> = {}) {
  const jobsByStatus: Record<string, JobSummary[]> = {
    UPLOADED: [
      job({}),
      job({
        id: 'b'.repeat(32),
        short_id: 'd4e5f6',
        student_name: 'Grace Hopper',
        original_filename: 'bracket.3mf',
        created_at: new Date(Date.now() - 80 * HOUR).toISOString(),
      }),
    ],
    READYTOPRINT: [job({ id: 'c'.repeat(32), short_id: 'ffff01', student_name: 'Alan Turing', status: 'READYTOPRINT' })],
  };
  return mockFetch({
    'GET /api/v1/auth/me': () => json({ workstation: 'front-desk', role: 'staff', expires_at: '2030-01-01T00:00:00Z' }),
    'GET /api/v1/jobs/counts': () => json({ counts }),
    'GET /api/v1/jobs': (url) => {
      const list = jobsByStatus[url.searchParams.get('status') ?? ''] ?? [];
      return json({ jobs: list, total: list.length, page: 1, page_size: 50 });
    },
    'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    ...overrides,
  });
}

function renderDashboard() {
  return render(
    <StaffShell>
      <JobBoard />
    </StaffShell>,
  );
}

beforeEach(() => resetNavigation('/dashboard'));
afterEach(() => vi.unstubAllGlobals());

describe('staff dashboard', () => {
  it('shows the workstation, a tab per status with its count, and the Uploaded jobs as cards', async () => {
    backend();
    renderDashboard();

    expect(await screen.findByTestId('workstation-name')).toHaveTextContent('front-desk');
    await screen.findByRole('tab', { name: 'Uploaded 2 jobs' });
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent?.replace(/\d+$/, '').trim())).toEqual([
      'Uploaded',
      'Pending',
      'Ready to Print',
      'Printing',
      'Completed',
      'Picked Up',
      'Rejected',
      'Archived',
    ]);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Uploaded 2 jobs' })).toHaveAttribute('aria-selected', 'true'));
    expect(screen.getByRole('tab', { name: 'Ready to Print 1 job' })).toBeInTheDocument();

    const cards = await screen.findAllByTestId('job-card');
    expect(cards).toHaveLength(2);
    const first = within(cards[0]!);
    expect(first.getByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(first.getByText('a1b2c3')).toBeInTheDocument();
    expect(first.getByText('cube.stl')).toBeInTheDocument();
    expect(first.getByText('ada@uni.example')).toBeInTheDocument();
    expect(first.getByText('2 h 10 min ago')).toBeInTheDocument();
    expect(first.getByText('Under 1 day')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Overdue')).toBeInTheDocument();
  });

  it('moves between tabs with the arrow keys and loads that status', async () => {
    const fetchMock = backend();
    renderDashboard();
    const user = userEvent.setup();
    const uploaded = await screen.findByRole('tab', { name: /Uploaded/ });
    await screen.findAllByTestId('job-card');

    uploaded.focus();
    await user.keyboard('{ArrowRight}');
    const pending = screen.getByRole('tab', { name: /Pending/ });
    expect(pending).toHaveFocus();
    expect(pending).toHaveAttribute('aria-selected', 'true');
    expect(pending).toHaveAttribute('tabindex', '0');
    expect(uploaded).toHaveAttribute('tabindex', '-1');
    expect(await screen.findByText('No jobs in Pending')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { name: 'Alan Turing' })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(/Ready to Print/);

    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /Archived/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /Uploaded/ })).toHaveFocus();

    const listUrls = fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.startsWith('/api/v1/jobs?'));
    expect(listUrls).toContain('/api/v1/jobs?status=READYTOPRINT&page=1&page_size=50');
  });

  it('shows an error with a retry when the list fails, and Refresh loads it again', async () => {
    let fail = true;
    backend({
      'GET /api/v1/jobs': () =>
        fail
          ? apiError(503, 'unavailable', 'The jobs service is not answering.')
          : json({ jobs: [job({})], total: 1, page: 1, page_size: 50 }),
    });
    renderDashboard();

    expect(await screen.findByText('The jobs service is not answering.')).toBeInTheDocument();
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
  });

  it('sends the browser to sign in again when the session has expired', async () => {
    backend({ 'GET /api/v1/auth/me': () => apiError(401, 'unauthorized', 'Please sign in.') });
    renderDashboard();

    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/login?reason=expired&next=/dashboard'));
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('redirects on a 401 from a jobs call too', async () => {
    backend({ 'GET /api/v1/jobs/counts': () => apiError(401, 'unauthorized', 'Session expired.') });
    renderDashboard();

    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/login?reason=expired&next=/dashboard'));
  });

  it('signs out and goes to the sign-in page', async () => {
    const fetchMock = backend();
    renderDashboard();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/login'));
    expect(fetchMock.mock.calls.some(([u, init]) => u === '/api/v1/auth/logout' && init?.method === 'POST')).toBe(true);
  });
});
