import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider } from '@/lib/staff-session';
import { testCatalog } from '@/test/catalog';
import { apiError, json, mockFetch, type Route } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import { RetentionAdmin } from './RetentionAdmin';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

type Body = { staff_name: string; older_than_days?: number; dry_run: boolean };

function report(kind: 'archive' | 'prune', body: Body, extra: Record<string, unknown> = {}) {
  return {
    kind,
    dry_run: body.dry_run,
    older_than_days: body.older_than_days ?? 45,
    cutoff: '2026-10-11T12:00:00Z',
    matched: 3,
    job_ids: ['a'.repeat(32), 'b'.repeat(32), 'c'.repeat(32)],
    done: body.dry_run ? 0 : 3,
    skipped: [],
    files: 6,
    bytes: 3 * 1024 * 1024,
    ...extra,
  };
}

function backend(overrides: Record<string, Route> = {}) {
  return mockFetch({
    'GET /api/v1/catalog': () => json(testCatalog),
    'GET /api/v1/admin/retention/schedule': () =>
      json({
        enabled: true,
        daily_at: '03:30',
        time_zone: 'America/Denver',
        prune: false,
        next_run_at: '2026-11-26T10:30:00Z',
        archive_after_days: 45,
        prune_after_days: 365,
      }),
    'POST /api/v1/admin/archive': (_url, init) => json(report('archive', JSON.parse(String(init.body)) as Body)),
    'POST /api/v1/admin/prune': (_url, init) => json(report('prune', JSON.parse(String(init.body)) as Body)),
    ...overrides,
  });
}

function renderPage(staff: string | null = 'Ada Lovelace') {
  if (staff) localStorage.setItem('printdesk.acting-staff.office', staff);
  render(
    <StaffSessionProvider session={{ workstation: 'office', role: 'admin', expires_at: '2030-01-01T00:00:00Z' }}>
      <RetentionAdmin />
    </StaffSessionProvider>,
  );
}

const posts = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'POST')
    .map(([url, init]) => [String(url), JSON.parse(String(init!.body)) as Body] as const);

beforeEach(() => resetNavigation('/admin/retention'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('Admin → Retention', () => {
  it('previews an archive with the catalog’s default, then archives the jobs it showed', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage();
    const archive = within(screen.getByRole('region', { name: 'Archive' }));
    await waitFor(() => expect(archive.getByLabelText(/Older than/)).toHaveValue('45'));
    expect(within(screen.getByRole('region', { name: 'Prune' })).getByLabelText(/Older than/)).toHaveValue('365');

    await user.click(archive.getByRole('button', { name: 'Preview' }));
    const preview = await archive.findByTestId('retention-archive-preview');
    expect(preview).toHaveTextContent('Preview: 3 jobs are due');
    expect(preview).toHaveTextContent('before Oct 11, 2026 (45 days)');
    expect(preview).toHaveTextContent('This run takes3 jobs');
    expect(preview).toHaveTextContent('Files6 files, 3.0 MB moved to Archived');
    expect(screen.getByTestId('retention-schedule')).toHaveTextContent(
      'Runs by itself every day at 03:30 (America/Denver): archives jobs unchanged for 45 days (pruning stays manual).',
    );

    await user.click(archive.getByRole('button', { name: 'Archive 3 jobs' }));
    expect(await archive.findByText('Archived 3 jobs.')).toBeInTheDocument();
    expect(archive.queryByTestId('retention-archive-preview')).not.toBeInTheDocument();
    expect(posts(fetchMock)).toEqual([
      ['/api/v1/admin/archive', { staff_name: 'Ada Lovelace', older_than_days: 45, dry_run: true }],
      ['/api/v1/admin/archive', { staff_name: 'Ada Lovelace', older_than_days: 45, dry_run: false }],
    ]);
  });

  it('makes a prune wait for the number typed, and lists what it skipped', async () => {
    const fetchMock = backend({
      'POST /api/v1/admin/prune': (_url, init) => {
        const body = JSON.parse(String(init.body)) as Body;
        return json(
          report('prune', body, body.dry_run ? {} : { done: 2, skipped: [{ job_id: 'c'.repeat(32), reason: 'files in use' }] }),
        );
      },
    });
    const user = userEvent.setup();
    renderPage();
    const prune = within(screen.getByRole('region', { name: 'Prune' }));
    await waitFor(() => expect(prune.getByLabelText(/Older than/)).toHaveValue('365'));
    await user.clear(prune.getByLabelText(/Older than/));
    await user.type(prune.getByLabelText(/Older than/), '400');
    await user.click(prune.getByRole('button', { name: 'Preview' }));

    const confirm = await prune.findByRole('button', { name: 'Delete 3 jobs for good' });
    expect(confirm).toBeDisabled();
    await user.type(prune.getByLabelText('Type 3 to confirm'), '2');
    expect(confirm).toBeDisabled();
    await user.clear(prune.getByLabelText('Type 3 to confirm'));
    await user.type(prune.getByLabelText('Type 3 to confirm'), '3');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await prune.findByText('Deleted 2 jobs for good.')).toBeInTheDocument();
    expect(within(prune.getByRole('list', { name: 'Skipped jobs' })).getByRole('listitem')).toHaveTextContent(
      `${'c'.repeat(32)}: files in use`,
    );
    expect(posts(fetchMock).map(([, body]) => body)).toEqual([
      { staff_name: 'Ada Lovelace', older_than_days: 400, dry_run: true },
      { staff_name: 'Ada Lovelace', older_than_days: 400, dry_run: false },
    ]);
  });

  it('drops a preview when the period changes, and checks the field before calling', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage();
    const archive = within(screen.getByRole('region', { name: 'Archive' }));
    await waitFor(() => expect(archive.getByLabelText(/Older than/)).toHaveValue('45'));
    await user.click(archive.getByRole('button', { name: 'Preview' }));
    await archive.findByTestId('retention-archive-preview');

    await user.type(archive.getByLabelText(/Older than/), '.5');
    expect(archive.queryByTestId('retention-archive-preview')).not.toBeInTheDocument();
    await user.click(archive.getByRole('button', { name: 'Preview' }));
    expect(archive.getByText('Enter a whole number of days, like 45.')).toBeInTheDocument();
    expect(archive.getByLabelText(/Older than/)).toHaveFocus();
    expect(archive.getByLabelText(/Older than/)).toHaveAttribute('aria-invalid', 'true');
    expect(posts(fetchMock)).toHaveLength(1);
  });

  it('shows the API’s field error at the field, and a 403 in place', async () => {
    let status = 422;
    backend({
      'POST /api/v1/admin/archive': () =>
        status === 422
          ? apiError(422, 'validation_error', 'Check the highlighted fields.', { older_than_days: 'Must be at least 30 days.' })
          : apiError(403, 'forbidden', 'Only admin workstations can do that.'),
    });
    const user = userEvent.setup();
    renderPage();
    const archive = within(screen.getByRole('region', { name: 'Archive' }));
    await waitFor(() => expect(archive.getByLabelText(/Older than/)).toHaveValue('45'));
    await user.click(archive.getByRole('button', { name: 'Preview' }));
    expect(await archive.findByText('Must be at least 30 days.')).toBeInTheDocument();
    expect(archive.queryByRole('alert')).not.toBeInTheDocument();

    status = 403;
    await user.click(archive.getByRole('button', { name: 'Preview' }));
    expect(await archive.findByRole('alert')).toHaveTextContent(
      'Only admin workstations can do that. This needs an admin workstation.',
    );
  });

  it('asks who is acting before previewing', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage(null);
    expect(screen.getByText('Who is making changes?')).toBeInTheDocument();
    const archive = within(screen.getByRole('region', { name: 'Archive' }));
    await waitFor(() => expect(archive.getByLabelText(/Older than/)).toHaveValue('45'));
    await user.click(archive.getByRole('button', { name: 'Preview' }));
    expect(archive.getByRole('alert')).toHaveTextContent('Choose who is performing this action');
    expect(posts(fetchMock)).toHaveLength(0);
  });

  it('says when there is nothing to take and offers no confirm button', async () => {
    backend({
      'POST /api/v1/admin/archive': (_url, init) =>
        json(report('archive', JSON.parse(String(init.body)) as Body, { matched: 0, job_ids: [] })),
    });
    const user = userEvent.setup();
    renderPage();
    const archive = within(screen.getByRole('region', { name: 'Archive' }));
    await waitFor(() => expect(archive.getByLabelText(/Older than/)).toHaveValue('45'));
    await user.click(archive.getByRole('button', { name: 'Preview' }));
    expect(await archive.findByText(/Nothing to archive/)).toBeInTheDocument();
    expect(archive.queryByRole('button', { name: /^Archive/ })).not.toBeInTheDocument();
  });
});
