import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider } from '@/lib/staff-session';
import { apiError, json, mockFetch, type Route } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import type { NotificationSummary } from '../api/notifications';
import { EmailLogAdmin } from './EmailLogAdmin';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const message = (id: string, over: Partial<NotificationSummary> = {}): NotificationSummary => ({
  id,
  job_id: null,
  kind: 'job_approved',
  to: 'ada@uni.example',
  subject: `Subject ${id}`,
  status: 'sent',
  attempts: 1,
  last_error: null,
  created_at: '2026-11-25T10:00:00Z',
  sent_at: '2026-11-25T10:00:05Z',
  requested_by: null,
  resent_from: null,
  ...over,
});

function backend(overrides: Record<string, Route> = {}) {
  return mockFetch({
    'GET /api/v1/notifications': () =>
      json({
        notifications: [
          message('m1'),
          message('m2', { status: 'failed', attempts: 5, last_error: 'SMTP 550 mailbox unavailable', sent_at: null }),
          message('m3', { status: 'pending', attempts: 0, sent_at: null }),
        ],
      }),
    ...overrides,
  });
}

function renderPage(staff: string | null = 'Ada Lovelace') {
  if (staff) localStorage.setItem('printdesk.acting-staff.office', staff);
  render(
    <StaffSessionProvider session={{ workstation: 'office', role: 'admin', expires_at: '2030-01-01T00:00:00Z' }}>
      <EmailLogAdmin />
    </StaffSessionProvider>,
  );
}

beforeEach(() => resetNavigation('/admin/email'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('Admin → E-mail log', () => {
  it('lists the latest 100 e-mails in a table with status badges, and resend only on finished ones', async () => {
    const fetchMock = backend();
    renderPage();
    const rows = await screen.findAllByTestId('email-row');
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/v1/notifications?limit=100');
    const table = screen.getByRole('table', { name: 'E-mails, newest first' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Status', 'E-mail', 'When', 'Attempts', 'Actions',
    ]);
    expect(rows[0]).toHaveTextContent('Sent');
    expect(rows[0]).toHaveTextContent('Job approved');
    expect(rows[1]).toHaveTextContent('Failed');
    expect(rows[1]).toHaveTextContent('Last error: SMTP 550 mailbox unavailable');
    expect(rows[2]).toHaveTextContent('Pending');
    expect(within(rows[0]!).getByRole('button', { name: 'Resend “Subject m1” to ada@uni.example' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: /Resend/ })).toBeInTheDocument();
    expect(within(rows[2]!).queryByRole('button', { name: /Resend/ })).not.toBeInTheDocument();
  });

  it('resends as the acting staff member and puts the new row on top', async () => {
    const fetchMock = backend({
      'POST /api/v1/notifications/m2/resend': () =>
        json(message('m4', { subject: 'Subject m2', status: 'pending', attempts: 0, sent_at: null, requested_by: 'Ada Lovelace', resent_from: 'm2' }), 202),
    });
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('email-row');
    await user.click(screen.getByRole('button', { name: 'Resend “Subject m2” to ada@uni.example' }));

    await waitFor(() => expect(screen.getAllByTestId('email-row')).toHaveLength(4));
    const top = screen.getAllByTestId('email-row')[0]!;
    expect(top).toHaveTextContent('Pending');
    expect(top).toHaveTextContent('by Ada Lovelace · resend');
    expect(screen.getAllByText('Resend to ada@uni.example queued.').length).toBeGreaterThan(0);
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ staff_name: 'Ada Lovelace' });
  });

  it('shows a refused resend in its row', async () => {
    backend({
      'POST /api/v1/notifications/m1/resend': () => apiError(409, 'conflict', 'This message is still being sent.'),
    });
    const user = userEvent.setup();
    renderPage();
    const rows = await screen.findAllByTestId('email-row');
    await user.click(within(rows[0]!).getByRole('button', { name: /Resend/ }));
    expect(await within(rows[0]!).findByRole('alert')).toHaveTextContent('This message is still being sent.');
  });

  it('sends a test message, with the API’s field error at the field', async () => {
    let reject = true;
    const fetchMock = backend({
      'POST /api/v1/notifications/test': (_url, init) => {
        const body = JSON.parse(String(init.body)) as { to: string };
        return reject
          ? apiError(422, 'validation_error', 'Check the highlighted fields.', { to: 'That domain does not accept mail.' })
          : json(message('t1', { kind: 'test_message', to: body.to, subject: 'PrintDesk test message', status: 'pending', requested_by: 'Ada Lovelace' }), 202);
      },
    });
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('email-row');
    const form = within(screen.getByRole('region', { name: 'Send a test message' }));

    await user.click(form.getByRole('button', { name: 'Send test message' }));
    expect(form.getByText('Enter the address to send the test to.')).toBeInTheDocument();
    expect(form.getByLabelText(/^To/)).toHaveFocus();

    await user.type(form.getByLabelText(/^To/), 'lab@nowhere.example');
    await user.click(form.getByRole('button', { name: 'Send test message' }));
    expect(await form.findByText('That domain does not accept mail.')).toBeInTheDocument();
    expect(form.getByLabelText(/^To/)).toHaveAttribute('aria-invalid', 'true');
    expect(form.queryByRole('alert')).not.toBeInTheDocument();

    reject = false;
    await user.click(form.getByRole('button', { name: 'Send test message' }));
    await waitFor(() => expect(screen.getAllByTestId('email-row')).toHaveLength(4));
    expect(screen.getAllByTestId('email-row')[0]).toHaveTextContent('PrintDesk test message');
    expect(form.getByLabelText(/^To/)).toHaveValue('');
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(posts.at(-1)![1]!.body))).toEqual({ staff_name: 'Ada Lovelace', to: 'lab@nowhere.example' });
  });

  it('asks who is acting, and says when the picked member is refused', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage(null);
    const rows = await screen.findAllByTestId('email-row');
    await user.click(within(rows[0]!).getByRole('button', { name: /Resend/ }));
    expect(within(rows[0]!).getByRole('alert')).toHaveTextContent('Choose who is performing this action');
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
  });

  it('shows a 403 on the test form in place', async () => {
    backend({ 'POST /api/v1/notifications/test': () => apiError(403, 'forbidden', 'Only admin workstations can do that.') });
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('email-row');
    const form = within(screen.getByRole('region', { name: 'Send a test message' }));
    await user.type(form.getByLabelText(/^To/), 'lab@uni.example');
    await user.click(form.getByRole('button', { name: 'Send test message' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Only admin workstations can do that. This needs an admin workstation.');
  });

  it('offers to try again when the log cannot be loaded', async () => {
    let fail = true;
    backend({
      'GET /api/v1/notifications': () => (fail ? apiError(503, 'unavailable', 'The e-mail service is down.') : json({ notifications: [] })),
    });
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail service is down.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No e-mails yet.')).toBeInTheDocument();
  });
});
