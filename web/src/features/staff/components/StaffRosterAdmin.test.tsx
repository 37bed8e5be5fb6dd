import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider } from '@/lib/staff-session';
import { apiError, json, mockFetch, type Route } from '@/test/fetch-mock';
import { resetNavigation, router } from '@/test/next-navigation';
import { ActingStaffPicker } from './ActingStaffPicker';
import { StaffRosterAdmin } from './StaffRosterAdmin';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const member = (name: string, is_active = true) => ({
  name,
  is_active,
  added_at: '2026-09-01T12:00:00Z',
  deactivated_at: is_active ? null : '2026-10-01T12:00:00Z',
});

function backend(overrides: Record<string, Route> = {}) {
  const staff = [member('Ada Lovelace'), member('Grace Hopper'), member('Alan Turing', false)];
  return mockFetch({
    'GET /api/v1/staff': (url) =>
      json({ staff: url.searchParams.get('include_inactive') === 'true' ? staff : staff.filter((m) => m.is_active) }),
    'POST /api/v1/staff': (_url, init) => {
      const { name } = JSON.parse(String(init.body)) as { name: string };
      staff.push(member(name));
      return json(member(name), 201);
    },
    'PATCH /api/v1/staff/Grace%20Hopper': (_url, init) => {
      const { is_active } = JSON.parse(String(init.body)) as { is_active: boolean };
      staff[1] = member('Grace Hopper', is_active);
      return json(staff[1]);
    },
    ...overrides,
  });
}

function renderPage(acting: string | null = 'Ada Lovelace') {
  if (acting) localStorage.setItem('printdesk.acting-staff.office', acting);
  return render(
    <StaffSessionProvider session={{ workstation: 'office', role: 'admin', expires_at: '2030-01-01T00:00:00Z' }}>
      <ActingStaffPicker />
      <StaffRosterAdmin />
    </StaffSessionProvider>,
  );
}

const bodies = (fetchMock: ReturnType<typeof backend>, method: string) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === method).map(([url, init]) => [String(url), JSON.parse(String(init!.body))]);

beforeEach(() => resetNavigation('/admin/staff'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('Admin → Staff', () => {
  it('adds a member as the acting staff member, and the picker offers them at once', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('staff-row');

    await user.type(screen.getByRole('textbox', { name: 'Name' }), '  Katherine   Johnson ');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));

    await waitFor(() => expect(screen.getAllByText('Katherine Johnson was added to the staff list.').length).toBeGreaterThan(0));
    expect(bodies(fetchMock, 'POST')).toEqual([['/api/v1/staff', { name: 'Katherine Johnson', staff_name: 'Ada Lovelace' }]]);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await waitFor(() =>
      expect(within(screen.getByRole('combobox', { name: 'Performing action as' })).getByRole('option', { name: 'Katherine Johnson' })).toBeInTheDocument(),
    );
  });

  it('explains that someone must be chosen in the picker first, and sends nothing', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage(null);
    await screen.findAllByTestId('staff-row');

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Katherine Johnson');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Choose who is performing this action in “Performing action as”');
    expect(screen.getByRole('combobox', { name: 'Performing action as' })).toHaveFocus();
    expect(bodies(fetchMock, 'POST')).toEqual([]);
  });

  it('shows a duplicate name as the API words it, next to the field', async () => {
    backend({
      'POST /api/v1/staff': () => apiError(409, 'conflict', '"Ada Lovelace" is already on the staff roster.', { name: 'already on the roster' }),
    });
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('staff-row');

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'ada lovelace');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));

    const field = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(expect.stringContaining('"Ada Lovelace" is already on the staff roster.')),
    );
    expect(field).toHaveFocus();
  });

  it('deactivates after a confirmation, and shows inactive members marked when asked', async () => {
    const fetchMock = backend();
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId('staff-row');
    expect(screen.queryByText('Alan Turing')).not.toBeInTheDocument();

    const opener = screen.getByRole('button', { name: 'Deactivate Grace Hopper' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Deactivate Grace Hopper?' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(bodies(fetchMock, 'PATCH')).toEqual([]);

    await user.click(opener);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(dialog).not.toBeInTheDocument();
    expect(bodies(fetchMock, 'PATCH')).toEqual([
      ['/api/v1/staff/Grace%20Hopper', { is_active: false, staff_name: 'Ada Lovelace' }],
    ]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Deactivate Grace Hopper' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('checkbox', { name: 'Show inactive staff' }));
    await waitFor(() => expect(screen.getAllByTestId('staff-row')).toHaveLength(3));
    const alan = screen.getAllByTestId('staff-row').find((row) => row.textContent?.includes('Alan Turing'))!;
    expect(alan).toHaveTextContent('Alan Turing(inactive)');
    expect(within(alan).getByRole('button', { name: 'Reactivate Alan Turing' })).toBeInTheDocument();
  });

  it('goes to sign-in when the session has expired', async () => {
    backend({ 'GET /api/v1/staff': () => apiError(401, 'unauthorized', 'Please sign in.') });
    renderPage();

    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/login?reason=expired&next=/admin/staff'));
  });
});
