import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider } from '@/lib/staff-session';
import { testCatalog } from '@/test/catalog';
import { apiError, json, mockFetch, type Route } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import { CatalogEditor } from './CatalogEditor';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

function renderPage(staff: string | null = 'Ada Lovelace') {
  if (staff) localStorage.setItem('printdesk.acting-staff.office', staff);
  render(
    <StaffSessionProvider session={{ workstation: 'office', role: 'admin', expires_at: '2030-01-01T00:00:00Z' }}>
      <CatalogEditor />
    </StaffSessionProvider>,
  );
}

function backend(put: Route) {
  return mockFetch({ 'GET /api/v1/catalog': () => json(testCatalog), 'PUT /api/v1/catalog': put });
}

beforeEach(() => resetNavigation('/admin/catalog'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('Admin → Catalog', () => {
  it('saves the edited catalog with the version it replaces and the acting staff member', async () => {
    const fetchMock = backend((_url, init) => {
      const body = JSON.parse(String(init.body)) as { catalog: typeof testCatalog };
      return json({ ...body.catalog, version: 4 });
    });
    const user = userEvent.setup();
    renderPage();

    const hours = await screen.findByLabelText(/Pickup hours/);
    expect(hours).toHaveValue('Monday–Friday 8:30–4:30');
    await user.clear(hours);
    await user.type(hours, 'Tuesdays 1–3');
    expect(screen.getByText('· Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save catalog' }));

    expect(await screen.findByText('Saved as version 4.')).toBeInTheDocument();
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'PUT')!;
    expect(new Headers(init!.headers).get('If-Match')).toBe('"v3"');
    const sent = JSON.parse(String(init!.body)) as { staff_name: string; catalog: Record<string, unknown> };
    expect(sent.staff_name).toBe('Ada Lovelace');
    expect(sent.catalog.pickup_hours).toBe('Tuesdays 1–3');
    expect(sent.catalog).not.toHaveProperty('version');
    expect(screen.getByText('Editing version 4')).toBeInTheDocument();
  });

  it('checks the form before sending, and puts focus on the first wrong field', async () => {
    const fetchMock = backend(() => json({}));
    const user = userEvent.setup();
    renderPage();

    const price = (await screen.findAllByLabelText(/Price per gram/))[0]!;
    await user.clear(price);
    await user.type(price, 'cheap');
    await user.click(screen.getByRole('button', { name: 'Save catalog' }));

    expect(await screen.findByText('Enter a number like 0.10.')).toBeInTheDocument();
    await waitFor(() => expect(price).toHaveFocus());
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'PUT')).toBe(false);
  });

  it('shows the server’s field errors next to their fields', async () => {
    backend(() =>
      apiError(422, 'validation_error', 'Please check: catalog.time_zone.', {
        'catalog.time_zone': "Value error, 'Mars/Olympus' is not a time zone name like America/Chicago",
      }),
    );
    const user = userEvent.setup();
    renderPage();

    const zone = await screen.findByLabelText(/Time zone/);
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save catalog' }));

    expect(await screen.findByText("'Mars/Olympus' is not a time zone name like America/Chicago")).toBeInTheDocument();
    expect(zone).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when someone else saved meanwhile, and reloads their version on request', async () => {
    let gets = 0;
    mockFetch({
      'GET /api/v1/catalog': () => json({ ...testCatalog, version: gets++ === 0 ? 3 : 5, pickup_hours: gets > 1 ? 'By appointment' : testCatalog.pickup_hours }),
      'PUT /api/v1/catalog': () =>
        apiError(412, 'precondition_failed', 'The catalog was changed since you opened it (it is now version 5); reload it and make your changes again.', {
          current_version: '5',
        }),
    });
    const user = userEvent.setup();
    renderPage();

    await user.type(await screen.findByLabelText(/Lab name/), ' East');
    await user.click(screen.getByRole('button', { name: 'Save catalog' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Someone else saved the catalog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save catalog' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Reload the catalog' }));

    expect(await screen.findByText('Editing version 5')).toBeInTheDocument();
    expect(screen.getByLabelText(/Pickup hours/)).toHaveValue('By appointment');
    expect(screen.queryByText('Someone else saved the catalog')).not.toBeInTheDocument();
  });

  it('shows an error with a retry when the catalog cannot be loaded', async () => {
    let fail = true;
    mockFetch({ 'GET /api/v1/catalog': () => (fail ? apiError(503, 'unavailable', 'The lab’s catalog is not set up yet.') : json(testCatalog)) });
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByText('The lab’s catalog is not set up yet.')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText(/Lab name/)).toHaveValue('Fabrication Lab');
  });

  it('asks who is acting before sending', async () => {
    const fetchMock = backend(() => json({}));
    const user = userEvent.setup();
    renderPage(null);

    await user.type(await screen.findByLabelText(/Lab name/), ' East');
    await user.click(screen.getByRole('button', { name: 'Save catalog' }));
    expect(await screen.findByText(/Choose who is performing this action/)).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'PUT')).toBe(false);
  });
});
