import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { ActingStaffPicker } from '@/features/staff/components/ActingStaffPicker';
import { actingStaffStorageKey } from '@/lib/staff-session';
import { apiError, json } from '@/test/fetch-mock';
import { installFakeEventSource } from '@/test/fake-event-source';
import { mockDashboardApi, testDetail, testJob } from '@/test/jobs';
import { resetNavigation } from '@/test/next-navigation';
import { JobBoard } from './JobBoard';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const ada = testJob();
const grace = testJob({
  id: 'b'.repeat(32),
  short_id: 'd4e5f6',
  student_name: 'Grace Hopper',
  student_email: 'grace@uni.example',
  staff_viewed_at: '2026-11-25T10:00:00Z',
  lock: { workstation: 'office', staff_name: 'Alex', holder: 'office · Alex', expires_at: '2099-01-01T00:00:00Z' },
});

const candidates = {
  job_id: ada.id,
  folder: 'Uploaded',
  candidates: [
    { name: 'cube.3mf', size_bytes: 2_000_000, modified_at: '2026-11-25T11:00:00Z', extension: '.3mf', is_current: false, is_original: false },
    { name: 'cube.stl', size_bytes: 684, modified_at: '2026-11-25T09:00:00Z', extension: '.stl', is_current: true, is_original: true },
  ],
  recommended: 'cube.3mf',
};

function renderBoard({ picker = false } = {}) {
  return render(
    <StaffShell toolbar={picker ? <ActingStaffPicker /> : undefined}>
      <JobBoard />
    </StaffShell>,
  );
}

const card = (name: string) => screen.getAllByTestId('job-card').find((c) => within(c).queryByRole('heading', { name }))!;
const calls = (mock: ReturnType<typeof mockDashboardApi>, method: string, suffix: string) =>
  mock.mock.calls.filter(([u, init]) => String(u).endsWith(suffix) && (init?.method ?? 'GET') === method);
const sentBody = (mock: ReturnType<typeof mockDashboardApi>, suffix: string) =>
  JSON.parse(String(calls(mock, 'POST', suffix)[0]![1]!.body)) as unknown;

beforeEach(() => {
  resetNavigation('/dashboard');
  localStorage.setItem(actingStaffStorageKey('front-desk'), 'Grace Hopper');
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('approving a job', () => {
  it('locks, preselects the recommended file, previews the cost, confirms, and moves the card at once', async () => {
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const api = mockDashboardApi([ada], {
      [`GET /api/v1/files/jobs/${ada.id}/candidates`]: () => json(candidates),
      [`POST /api/v1/jobs/${ada.id}/approve`]: async () => {
        await gate;
        return json(testDetail({ ...ada, status: 'PENDING' }, { cost: '4.24' }));
      },
    });
    const user = userEvent.setup();
    renderBoard();

    await user.click(within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: /Approve and quote · Ada Lovelace/ });
    expect(within(dialog).getByText(/Performing as/)).toHaveTextContent('Performing as Grace Hopper');
    expect(await within(dialog).findByRole('radio', { name: /cube\.3mf/ })).toBeChecked();
    expect(sentBody(api, '/lock')).toEqual({ staff_name: 'Grace Hopper' });
    expect(within(dialog).getByLabelText('Weight (g)')).toHaveFocus();

    await user.type(within(dialog).getByLabelText('Weight (g)'), '42.35');
    expect(within(dialog).getByTestId('cost-preview')).toHaveTextContent('$4.24');
    await user.type(within(dialog).getByLabelText('Print time (h)'), '3.5');
    await user.click(within(dialog).getByRole('button', { name: 'Review approval' }));
    expect(within(dialog).getByText(/confirm link goes to ada@uni\.example, and the job moves to Pending/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Approve and e-mail the student' }));
    // Before the server answers: the card is gone and the counts moved.
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Ada Lovelace' })).not.toBeInTheDocument());
    expect(screen.getByRole('tab', { name: 'Pending 1 job' })).toBeInTheDocument();

    answer();
    expect(await screen.findByText(/Approved Ada Lovelace \(a1b2c3\) at \$4\.24/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sentBody(api, '/approve')).toEqual({
      weight_g: '42.35',
      time_hours: '3.5',
      authoritative_filename: 'cube.3mf',
      staff_name: 'Grace Hopper',
    });
    expect(calls(api, 'POST', '/unlock')).toHaveLength(0); // the approval released the lock
  });

  it('puts the card back and shows the server’s field errors next to the fields', async () => {
    mockDashboardApi([ada], {
      [`GET /api/v1/files/jobs/${ada.id}/candidates`]: () => apiError(503, 'unavailable', 'Files service down.'),
      [`POST /api/v1/jobs/${ada.id}/approve`]: () =>
        apiError(422, 'validation_error', 'Check the highlighted fields.', { weight_g: 'Weight must be at most 100000 g.' }),
    });
    const user = userEvent.setup();
    renderBoard();
    await user.click(within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/Could not list the job’s files/)).toHaveTextContent('cube.stl');

    await user.type(within(dialog).getByLabelText('Weight (g)'), '99999');
    await user.type(within(dialog).getByLabelText('Print time (h)'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Review approval' }));
    await user.click(within(dialog).getByRole('button', { name: 'Approve and e-mail the student' }));

    expect(await within(dialog).findByText('Weight must be at most 100000 g.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Weight (g)')).toHaveAccessibleDescription(/Weight must be at most 100000 g\./);
    expect(screen.getByRole('article', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Uploaded 1 job' })).toBeInTheDocument();
  });
});

describe('locks', () => {
  it('shows who holds the lock instead of the form, and reloads the board', async () => {
    const api = mockDashboardApi([ada], {
      [`POST /api/v1/jobs/${ada.id}/lock`]: () =>
        apiError(409, 'conflict', 'office · Alex is working on this job; try again when they are done.', {
          holder: 'office · Alex',
        }),
    });
    const user = userEvent.setup();
    renderBoard();
    await user.click(within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Locked by office · Alex');
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await waitFor(() => expect(calls(api, 'GET', '/jobs/counts').length).toBeGreaterThan(1));

    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls(api, 'POST', '/unlock')).toHaveLength(0); // never held it
  });

  it('greys out a card someone else has open, and says why', async () => {
    mockDashboardApi([ada, grace]);
    const user = userEvent.setup();
    renderBoard();
    const locked = await screen.findByRole('article', { name: 'Grace Hopper' });
    expect(within(locked).getByTestId('lock-indicator')).toHaveTextContent('Locked by office · Alex');
    const approve = within(locked).getByRole('button', { name: 'Approve' });
    expect(approve).toHaveAttribute('aria-disabled', 'true');
    expect(approve).toHaveAccessibleDescription(/Locked by office · Alex/);
    await user.click(approve);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets go of the lock on Escape and gives focus back to the button', async () => {
    const api = mockDashboardApi([ada]);
    const user = userEvent.setup();
    renderBoard();
    const button = within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Mark reviewed' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: /Mark as reviewed/ });
    expect(await within(dialog).findByText(/The NEW badge goes away/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await waitFor(() => expect(calls(api, 'POST', '/unlock')).toHaveLength(1));
    expect(sentBody(api, '/unlock')).toEqual({ staff_name: 'Grace Hopper' });
  });
});

describe('other steps', () => {
  it('asks who is acting before any step', async () => {
    localStorage.clear();
    mockDashboardApi([ada]);
    const user = userEvent.setup();
    renderBoard({ picker: true });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Performing action as' })).toBeEnabled());
    await user.click(within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Approve' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Performing action as' })).toHaveFocus();
    expect(screen.getAllByText(/Choose who is performing this action/).length).toBeGreaterThan(0);
  });

  it('needs a reason or a message to reject', async () => {
    const api = mockDashboardApi([ada], {
      [`POST /api/v1/jobs/${ada.id}/reject`]: () => json(testDetail({ ...ada, status: 'REJECTED' })),
    });
    const user = userEvent.setup();
    renderBoard();
    await user.click(within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Review rejection' }));
    expect(within(dialog).getByText('Tick at least one reason, or write a message.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Walls too thin' }));
    expect(within(dialog).queryByText('Tick at least one reason, or write a message.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Review rejection' }));
    await user.click(within(dialog).getByRole('button', { name: 'Reject and e-mail the student' }));
    await screen.findByText(/Rejected Ada Lovelace/);
    expect(sentBody(api, '/reject')).toEqual({ reasons: ['Walls too thin'], staff_name: 'Grace Hopper' });
  });

  it('deletes only after the Job ID is typed again', async () => {
    const api = mockDashboardApi([ada], {
      [`DELETE /api/v1/jobs/${ada.id}`]: () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    renderBoard();
    await user.click(within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = await within(dialog).findByRole('button', { name: 'Delete job a1b2c3' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Type the Job ID a1b2c3 to confirm'), 'a1b2c3');
    await user.click(confirm);
    await screen.findByText('Deleted Ada Lovelace (a1b2c3).');
    const [, init] = api.mock.calls.find(([, i]) => i?.method === 'DELETE')!;
    expect(JSON.parse(String(init!.body))).toEqual({ staff_name: 'Grace Hopper' });
    expect(screen.getByText('No jobs in Uploaded')).toBeInTheDocument();
  });
});

describe('live updates', () => {
  it('patches a lock in place, and reloads once for a burst of changes', async () => {
    const Stream = installFakeEventSource();
    const jobs = [ada];
    const api = mockDashboardApi(jobs);
    renderBoard();
    await screen.findByRole('article', { name: 'Ada Lovelace' });
    const stream = Stream.latest();
    expect(stream.url).toBe('/api/v1/jobs/stream');
    act(() => stream.emit('ready'));
    const countsBefore = calls(api, 'GET', '/jobs/counts').length;

    const change = { event_id: 'e1', actor: null, job_id: ada.id, status: 'UPLOADED', previous_status: 'UPLOADED', at: '2026-11-25T12:00:00Z', job: { short_id: 'a1b2c3', student_name: 'Ada Lovelace' }, deleted: false };
    act(() => stream.emit('job', { ...change, action: 'lock', lock: { workstation: 'office', staff_name: 'Sam', expires_at: '2099-01-01T00:00:00Z' } }));
    expect(await screen.findByTestId('lock-indicator')).toHaveTextContent('Locked by office · Sam');
    expect(calls(api, 'GET', '/jobs/counts')).toHaveLength(countsBefore);

    jobs[0] = { ...ada, status: 'PENDING' };
    act(() => stream.emit('job', { ...change, event_id: 'e2', action: 'approve', status: 'PENDING', lock: null }));
    act(() => stream.emit('job', { ...change, event_id: 'e3', action: 'notes', status: 'PENDING', previous_status: 'PENDING', lock: null }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Ada Lovelace' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Pending 1 job' })).toBeInTheDocument());
    expect(calls(api, 'GET', '/jobs/counts')).toHaveLength(countsBefore + 1);
  });

  it('reloads after a reconnect, and sends the browser to sign in when the session ends', async () => {
    const Stream = installFakeEventSource();
    const api = mockDashboardApi([ada]);
    const { router } = await import('@/test/next-navigation');
    renderBoard();
    await screen.findByRole('article', { name: 'Ada Lovelace' });
    const stream = Stream.latest();
    act(() => stream.emit('ready'));
    expect(await screen.findByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    const before = calls(api, 'GET', '/jobs/counts').length;
    act(() => stream.fail(false));
    expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'reconnecting');
    act(() => stream.emit('ready'));
    await waitFor(() => expect(calls(api, 'GET', '/jobs/counts')).toHaveLength(before + 1));

    act(() => stream.emit('expired'));
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/login?reason=expired&next=/dashboard'));
  });
});
