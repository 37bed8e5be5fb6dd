import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { json, mockFetch } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import { AdminFrame } from './AdminFrame';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

function signedInAs(role: 'admin' | 'staff') {
  mockFetch({
    'GET /api/v1/auth/me': () => json({ workstation: role === 'admin' ? 'office' : 'front-desk', role, expires_at: '2030-01-01T00:00:00Z' }),
  });
  render(
    <StaffShell toolbar={<p>Acting staff picker</p>} toolbarHiddenOn={['/admin/diagnostics']}>
      <AdminFrame>
        <h1>Staff roster page</h1>
      </AdminFrame>
    </StaffShell>,
  );
}

beforeEach(() => resetNavigation('/admin/staff'));
afterEach(() => vi.unstubAllGlobals());

describe('admin pages', () => {
  it('show the admin navigation to an admin workstation', async () => {
    signedInAs('admin');

    expect(await screen.findByRole('heading', { name: 'Staff roster page' })).toBeInTheDocument();
    const staffNav = screen.getByRole('navigation', { name: 'Staff' });
    expect(staffNav).toHaveTextContent('Admin');
    const adminNav = screen.getByRole('navigation', { name: 'Admin' });
    expect(screen.getByRole('link', { name: 'Staff' })).toHaveAttribute('aria-current', 'page');
    expect(adminNav).toContainElement(screen.getByRole('link', { name: 'Workstations' }));
    for (const [name, href] of [
      ['Catalog', '/admin/catalog'],
      ['Files audit', '/admin/files'],
      ['Overrides', '/admin/overrides'],
      ['Diagnostics', '/admin/diagnostics'],
    ]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });

  it('show the acting-staff toolbar where actions are taken, not on read-only pages', async () => {
    signedInAs('admin');
    expect(await screen.findByText('Acting staff picker')).toBeInTheDocument();
    vi.unstubAllGlobals();
    cleanup();

    resetNavigation('/admin/diagnostics');
    signedInAs('admin');
    expect(await screen.findByRole('heading', { name: 'Staff roster page' })).toBeInTheDocument();
    expect(screen.queryByText('Acting staff picker')).not.toBeInTheDocument();
  });

  it('refuse a staff workstation plainly and show it no admin navigation anywhere', async () => {
    signedInAs('staff');

    expect(await screen.findByRole('heading', { name: 'This page needs an admin workstation' })).toBeInTheDocument();
    expect(screen.getByText('front-desk', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Staff roster page' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Admin' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Admin/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute('href', '/dashboard');
  });
});
