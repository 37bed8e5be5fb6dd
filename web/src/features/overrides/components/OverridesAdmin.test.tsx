import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider } from '@/lib/staff-session';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { testCounts, testDetail, testJob } from '@/test/jobs';
import { resetNavigation } from '@/test/next-navigation';
import { OverridesAdmin } from './OverridesAdmin';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const printing = testJob({ status: 'PRINTING', short_id: 'k3m9pq', id: 'b'.repeat(32) });

function renderPage() {
  localStorage.setItem('printdesk.acting-staff.office', 'Ada Lovelace');
  render(
    <StaffSessionProvider session={{ workstation: 'office', role: 'admin', expires_at: '2030-01-01T00:00:00Z' }}>
      <OverridesAdmin />
    </StaffSessionProvider>,
  );
}

beforeEach(() => resetNavigation('/admin/overrides'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('Admin → Overrides', () => {
  it('finds a job by its Job ID, changes its status with a reason after a confirmation, and shows the trail', async () => {
    let current = testDetail(printing);
    const trail: unknown[] = [{ seq: 1, event_type: 'JobCreated', at: '2026-11-20T10:00:00Z', staff_name: null, workstation: null, details: {}, hash: 'h1' }];
    const fetchMock = mockFetch({
      'GET /api/v1/jobs/counts': (url) => json({ counts: testCounts(url.searchParams.get('search') === 'k3m9pq' ? { PRINTING: 1 } : {}) }),
      'GET /api/v1/jobs': () => json({ jobs: [printing], total: 1, page: 1, page_size: 50 }),
      [`GET /api/v1/jobs/${printing.id}`]: () => json(current),
      [`GET /api/v1/jobs/${printing.id}/events`]: () => json({ events: trail }),
      [`POST /api/v1/admin/jobs/${printing.id}/change-status`]: (_url, init) => {
        const body = JSON.parse(String(init.body)) as { reason: string; new_status: 'COMPLETED' };
        current = { ...current, status: body.new_status };
        trail.push({ seq: 2, event_type: 'AdminStatusChanged', at: '2026-11-25T10:00:00Z', staff_name: 'Ada Lovelace', workstation: 'office', details: { reason: body.reason }, hash: 'h2' });
        return json(current);
      },
    });
    const user = userEvent.setup();
    renderPage();

    await user.type(screen.getByLabelText(/Job ID/), 'K3M9PQ');
    await user.click(screen.getByRole('button', { name: 'Find job' }));
    const card = await screen.findByTestId('override-job');
    expect(within(card).getByTestId('override-job-status')).toHaveTextContent('Printing');
    expect(within(card).getByRole('radio', { name: /Confirm for the student/ })).toBeDisabled();
    expect(within(card).getByRole('radio', { name: /Force unlock/ })).toBeDisabled();

    await user.click(within(card).getByRole('radio', { name: /Change the status/ }));
    const select = within(card).getByRole('combobox', { name: /New status/ });
    expect(within(select).queryByRole('option', { name: 'Printing' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Review the override' }));
    expect(await within(card).findByText('Choose the new status.')).toBeInTheDocument();
    await user.selectOptions(select, 'COMPLETED');
    await user.click(within(card).getByRole('button', { name: 'Review the override' }));
    expect(await within(card).findByText('Give a reason: it is kept on the job’s trail.')).toBeInTheDocument();
    await user.type(within(card).getByLabelText(/Reason/), 'Finished overnight; nobody marked it');
    await user.click(within(card).getByRole('button', { name: 'Review the override' }));

    const review = await within(card).findByTestId('override-review');
    expect(review).toHaveTextContent('Printing → Completed');
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'POST')).toBe(false);
    await user.click(within(review).getByRole('button', { name: 'Confirm: Change the status' }));

    expect(await screen.findByText('Done.')).toBeInTheDocument();
    expect(screen.getByTestId('override-job-status')).toHaveTextContent('Completed');
    await waitFor(() => expect(screen.getByTestId('override-trail')).toHaveTextContent('Reason: Finished overnight; nobody marked it'));
    const post = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ staff_name: 'Ada Lovelace', reason: 'Finished overnight; nobody marked it', new_status: 'COMPLETED' });
  });

  it('says plainly when no job has that Job ID', async () => {
    mockFetch({ 'GET /api/v1/jobs/counts': () => json({ counts: testCounts() }) });
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText(/Job ID/), 'zzzzzz');
    await user.click(screen.getByRole('button', { name: 'Find job' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No job has the Job ID “zzzzzz”.');
  });

  it('shows the API’s refusal (someone holds the lock) and suggests unlocking', async () => {
    const locked = testDetail(printing, {
      lock: { holder: 'front-desk · Grace Hopper', workstation: 'front-desk', staff_name: 'Grace Hopper', expires_at: '2030-01-01T00:00:00Z' },
    });
    mockFetch({
      [`GET /api/v1/jobs/${printing.id}`]: () => json(locked),
      [`GET /api/v1/jobs/${printing.id}/events`]: () => json({ events: [] }),
      [`POST /api/v1/admin/jobs/${printing.id}/mark-failed`]: () => apiError(409, 'conflict', 'front-desk · Grace Hopper is working on this job; try again when they are done.', {
          holder: 'front-desk · Grace Hopper',
          locked_until: '2030-01-01T00:00:00Z',
        }),
    });
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText(/Job ID/), printing.id);
    await user.click(screen.getByRole('button', { name: 'Find job' }));
    const card = await screen.findByTestId('override-job');
    await user.click(within(card).getByRole('radio', { name: /Mark the print failed/ }));
    await user.type(within(card).getByLabelText(/Reason/), 'Spaghetti');
    await user.click(within(card).getByRole('button', { name: 'Review the override' }));
    await user.click(await within(card).findByRole('button', { name: 'Confirm: Mark the print failed' }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('front-desk · Grace Hopper is working on this job; try again when they are done. Force unlock it first.');
    expect(alert).not.toHaveTextContent('locked_until');
  });
});
