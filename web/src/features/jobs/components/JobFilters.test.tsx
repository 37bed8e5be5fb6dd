import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { mockDashboardApi, testJob } from '@/test/jobs';
import { resetNavigation } from '@/test/next-navigation';
import { JobBoard } from './JobBoard';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const urls = (mock: ReturnType<typeof mockDashboardApi>, prefix: string) =>
  mock.mock.calls.map(([u]) => String(u)).filter((u) => u.startsWith(prefix));

beforeEach(() => window.history.replaceState(null, '', '/dashboard'));
afterEach(() => vi.unstubAllGlobals());

describe('search and filters', () => {
  it('searches 400 ms after typing, counts matches, keeps it in the address bar, and Esc clears it', async () => {
    resetNavigation('/dashboard');
    const api = mockDashboardApi([testJob()]);
    const user = userEvent.setup();
    render(
      <StaffShell>
        <JobBoard />
      </StaffShell>,
    );
    const search = await screen.findByRole('searchbox', { name: 'Search jobs' });
    await screen.findByRole('article', { name: 'Ada Lovelace' });

    await user.type(search, 'ada');
    expect(urls(api, '/api/v1/jobs?').some((u) => u.includes('search='))).toBe(false); // not per keystroke
    await waitFor(() => expect(urls(api, '/api/v1/jobs?')).toContain('/api/v1/jobs?status=UPLOADED&page=1&page_size=50&search=ada'));
    expect(urls(api, '/api/v1/jobs/counts')).toContain('/api/v1/jobs/counts?search=ada');
    expect(urls(api, '/api/v1/jobs?').filter((u) => u.includes('search=a'))).toHaveLength(1);
    expect(window.location.search).toBe('?search=ada');
    expect(await screen.findByRole('tab', { name: 'Uploaded 1 matching job' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByRole('tab', { name: 'Uploaded 1 job' })).toBeInTheDocument();
  });

  it('opens on the tab and filters in the address bar, and sends the lab’s days as instants', async () => {
    resetNavigation('/dashboard', 'status=PENDING&method=Resin&from=2026-07-01&to=2026-07-31');
    const api = mockDashboardApi([]);
    render(
      <StaffShell>
        <JobBoard />
      </StaffShell>,
    );
    expect(await screen.findByText('No Pending jobs match')).toBeInTheDocument();
    await waitFor(() =>
      expect(urls(api, '/api/v1/jobs?').at(-1)).toBe(
        '/api/v1/jobs?status=PENDING&page=1&page_size=50&method=Resin&from=2026-07-01T05%3A00%3A00.000Z&to=2026-08-01T05%3A00%3A00.000Z',
      ),
    );
    expect(screen.getByRole('tab', { name: /Pending/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Filters (3)' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Method')).toHaveValue('Resin');
  });
});
