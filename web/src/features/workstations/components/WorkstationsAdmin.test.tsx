import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider } from '@/lib/staff-session';
import { apiError, json, mockFetch, type Route } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import { WorkstationsAdmin } from './WorkstationsAdmin';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const ws = (name: string, is_admin = false, is_active = true) => ({
  name,
  is_admin,
  is_active,
  created_at: '2026-09-01T12:00:00Z',
  updated_at: '2026-09-01T12:00:00Z',
});

function backend(overrides: Record<string, Route> = {}) {
  const list = [ws('office', true), ws('front-desk')];
  return mockFetch({
    'GET /api/v1/workstations': () => json({ workstations: list }),
    'POST /api/v1/workstations': (_url, init) => {
      const body = JSON.parse(String(init.body)) as { name: string; is_admin: boolean };
      list.push(ws(body.name, body.is_admin));
      return json(ws(body.name, body.is_admin), 201);
    },
    ...overrides,
  });
}

function renderPage() {
  localStorage.setItem('printdesk.acting-staff.office', 'Ada Lovelace');
  render(
    <StaffSessionProvider session={{ workstation: 'office', role: 'admin', expires_at: '2030-01-01T00:00:00Z' }}>
      <WorkstationsAdmin />
    </StaffSessionProvider>,
  );
}

beforeEach(() => resetNavigation('/admin/workstations'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('Admin → Workstations', () => {
  it('creates a workstation after checking the password twice, as the acting staff member', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('workstation-row');
    expect(screen.getByText('(this workstation)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New workstation' }));
    const dialog = screen.getByRole('dialog', { name: 'New workstation' });
    expect(within(dialog).getByLabelText(/Workstation name/)).toHaveFocus();
    await user.type(within(dialog).getByLabelText(/Workstation name/), 'lab-3');
    await user.type(within(dialog).getByLabelText('Password'), 'long enough pw');
    await user.type(within(dialog).getByLabelText('Password again'), 'long enough');
    await user.click(within(dialog).getByRole('button', { name: 'Create workstation' }));
    expect(within(dialog).getByText('The two passwords are not the same.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByLabelText('Password again')).toHaveFocus());

    await user.type(within(dialog).getByLabelText('Password again'), ' pw');
    await user.click(within(dialog).getByRole('button', { name: 'Create workstation' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({
      name: 'lab-3',
      password: 'long enough pw',
      is_admin: false,
      staff_name: 'Ada Lovelace',
    });
    expect(await screen.findByText('lab-3')).toBeInTheDocument();
    expect(screen.getAllByText('Workstation lab-3 was created.').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'New workstation' })).toHaveFocus();
  });

  it('shows the API’s guard when the last admin would lose its role, and keeps the dialog open', async () => {
    const fetchMock = backend({
      'PATCH /api/v1/workstations/office': () =>
        apiError(409, 'last_admin', 'office is the last admin workstation: make another one admin first.'),
    });
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('workstation-row');

    await user.click(screen.getByRole('button', { name: 'Remove admin from office' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove admin from office?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove admin' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('office is the last admin workstation');
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(JSON.parse(String(patch[1]!.body))).toEqual({ is_admin: false, staff_name: 'Ada Lovelace' });
  });

  it('says so when the acting staff member is no longer active', async () => {
    backend({
      'PATCH /api/v1/workstations/front-desk': () =>
        apiError(422, 'unknown_staff', 'Ada Lovelace is not an active staff member.', { staff_name: 'not active' }),
    });
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('workstation-row');

    await user.click(screen.getByRole('button', { name: 'Disable front-desk' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Disable' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ada Lovelace is not an active staff member. Choose an active staff member in “Performing action as”.',
    );
  });
});
