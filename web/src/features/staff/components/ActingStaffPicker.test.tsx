import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider, useActingStaff, type StaffSession } from '@/lib/staff-session';
import { json, mockFetch } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import { ActingStaffPicker } from './ActingStaffPicker';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const member = (name: string, is_active = true) => ({
  name,
  is_active,
  added_at: '2026-09-01T12:00:00Z',
  deactivated_at: is_active ? null : '2026-10-01T12:00:00Z',
});

function roster(names: string[]) {
  return mockFetch({ 'GET /api/v1/staff': () => json({ staff: names.map((n) => member(n)) }) });
}

function ShowActing() {
  const { staffName } = useActingStaff();
  return <p data-testid="acting">{staffName ?? 'nobody'}</p>;
}

function renderPicker(workstation: string, role: StaffSession['role'] = 'staff') {
  return render(
    <StaffSessionProvider session={{ workstation, role, expires_at: '2030-01-01T00:00:00Z' }}>
      <ActingStaffPicker />
      <ShowActing />
    </StaffSessionProvider>,
  );
}

const picker = () => screen.getByRole('combobox', { name: 'Performing action as' });

beforeEach(() => resetNavigation('/dashboard'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('ActingStaffPicker', () => {
  it('lists active staff and remembers the choice for this workstation only', async () => {
    const fetchMock = roster(['Ada Lovelace', 'Grace Hopper']);
    const user = userEvent.setup();
    const first = renderPicker('front-desk');
    await waitFor(() => expect(picker()).toBeEnabled());
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/v1/staff?include_inactive=false');

    await user.selectOptions(picker(), 'Grace Hopper');
    expect(screen.getByTestId('acting')).toHaveTextContent('Grace Hopper');
    expect(localStorage.getItem('printdesk.acting-staff.front-desk')).toBe('Grace Hopper');
    expect(Object.keys(localStorage)).toEqual(['printdesk.acting-staff.front-desk']);
    first.unmount();

    const other = renderPicker('back-room');
    await waitFor(() => expect(picker()).toBeEnabled());
    expect(picker()).toHaveValue('');
    expect(screen.getByTestId('acting')).toHaveTextContent('nobody');
    other.unmount();

    renderPicker('front-desk');
    await waitFor(() => expect(picker()).toHaveValue('Grace Hopper'));
    expect(screen.getByTestId('acting')).toHaveTextContent('Grace Hopper');
  });

  it('forgets a remembered name that is no longer active', async () => {
    localStorage.setItem('printdesk.acting-staff.front-desk', 'Alan Turing');
    roster(['Ada Lovelace']);
    renderPicker('front-desk');

    await waitFor(() => expect(picker()).toBeEnabled());
    await waitFor(() => expect(screen.getByTestId('acting')).toHaveTextContent('nobody'));
    expect(localStorage.getItem('printdesk.acting-staff.front-desk')).toBeNull();
  });

  it('says where to add staff when the roster is empty', async () => {
    roster([]);
    renderPicker('front-desk', 'admin');

    expect(await screen.findByText(/Add staff members in/)).toHaveTextContent('Add staff members in Admin → Staff');
    expect(screen.getByRole('link', { name: 'Admin → Staff' })).toHaveAttribute('href', '/admin/staff');
    expect(picker()).toBeDisabled();
    expect(picker()).toHaveAccessibleDescription(/Add staff members in Admin → Staff/);
  });
});
