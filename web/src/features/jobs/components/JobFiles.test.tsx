import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { actingStaffStorageKey } from '@/lib/staff-session';
import { json } from '@/test/fetch-mock';
import { installFakeEventSource } from '@/test/fake-event-source';
import { mockDashboardApi, testDetail, testJob } from '@/test/jobs';
import { resetNavigation } from '@/test/next-navigation';
import { binaryStl, boxThreeMf, boxTriangles } from '@/test/stl';
import { JobBoard } from './JobBoard';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const ada = testJob();
const files = `/api/v1/files/jobs/${ada.id}`;
const link = {
  url: `print3d://open?job=${ada.id}&path=Uploaded%2FAda_Filament_Blue_a1b2c3.stl&exp=1&kid=k1&sig=abc`,
  legacy_url: `3dprint://open?job=${ada.id}&path=Uploaded%2FAda_Filament_Blue_a1b2c3.stl&exp=1&kid=k1&sig=abc`,
  relative_path: 'Uploaded/Ada_Filament_Blue_a1b2c3.stl',
  expires_at: new Date(Date.now() + 300_000).toISOString(),
};
const model = (name: string, bytes: ArrayBuffer) =>
  new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${name}"` } });

const calls = (api: ReturnType<typeof mockDashboardApi>, prefix: string) =>
  api.mock.calls.map(([u, init]) => `${init?.method ?? 'GET'} ${String(u)}`).filter((c) => c.startsWith(prefix));

function renderBoard() {
  return render(
    <StaffShell>
      <JobBoard />
    </StaffShell>,
  );
}

beforeEach(() => {
  resetNavigation('/dashboard');
  installFakeEventSource();
  // jsdom draws no WebGL: the preview must fall back (and jsdom must not complain about canvases).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('a job’s file from its card', () => {
  it('“Open file” shows the slicer link and the path, with no lock and no staff name needed', async () => {
    const api = mockDashboardApi([ada], { [`GET ${files}/open-link`]: () => json(link) });
    const user = userEvent.setup();
    renderBoard();
    const card = await screen.findByRole('article', { name: 'Ada Lovelace' });

    await user.click(within(card).getByRole('button', { name: 'Open file of Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open file · Ada Lovelace' });
    await waitFor(() => expect(within(dialog).getByRole('link', { name: 'Open in slicer' })).toHaveAttribute('href', link.url));
    expect(within(dialog).getByText('Uploaded/Ada_Filament_Blue_a1b2c3.stl')).toBeInTheDocument();
    expect(calls(api, 'POST')).toEqual([]);

    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('“Print ticket” opens the job’s ticket page in a new tab', async () => {
    mockDashboardApi([ada]);
    renderBoard();
    const card = await screen.findByRole('article', { name: 'Ada Lovelace' });
    const ticket = within(card).getByRole('link', { name: /Print ticket/ });
    expect(ticket).toHaveAttribute('href', `/dashboard/jobs/${ada.id}/ticket`);
    expect(ticket).toHaveAttribute('target', '_blank');
  });

  it('the details show the model (size, triangles; no WebGL here) beside Open in slicer and Copy file path', async () => {
    const api = mockDashboardApi([ada], {
      [`GET /api/v1/jobs/${ada.id}`]: () => json(testDetail(ada, { file_path: 'Uploaded/Ada_Filament_Blue_a1b2c3.stl' })),
      [`GET /api/v1/jobs/${ada.id}/events`]: () => json({ job_id: ada.id, events: [] }),
      [`GET ${files}/open-link`]: () => json(link),
      [`GET ${files}/download`]: () => model('Ada_Filament_Blue_a1b2c3.stl', binaryStl(boxTriangles([0, 0, 0], [60, 40, 35]))),
    });
    const user = userEvent.setup();
    renderBoard();
    const card = await screen.findByRole('article', { name: 'Ada Lovelace' });
    expect(calls(api, `GET ${files}/download`)).toEqual([]); // nothing before the panel opens

    await user.click(within(card).getByRole('button', { name: /Details and history/ }));
    expect(await within(card).findByText('No 3D view on this computer')).toBeInTheDocument();
    expect(within(card).getByText('60 × 40 × 35 mm')).toBeInTheDocument();
    expect(within(card).getByTestId('model-facts')).toHaveTextContent('Triangles12');
    await waitFor(() => expect(within(card).getByRole('link', { name: 'Open in slicer' })).toHaveAttribute('href', link.url));
    expect(within(card).getByRole('button', { name: 'Copy file path' })).toBeInTheDocument();
    expect(calls(api, `GET ${files}/download`)).toEqual([`GET ${files}/download`]);
  });

  it('the approve dialog previews the file it is about to approve', async () => {
    localStorage.setItem(actingStaffStorageKey('front-desk'), 'Grace Hopper');
    const api = mockDashboardApi([ada], {
      [`GET ${files}/candidates`]: () =>
        json({
          job_id: ada.id,
          folder: 'Uploaded',
          candidates: [
            { name: 'cube.3mf', size_bytes: 2_000, modified_at: '2026-11-25T11:00:00Z', extension: '.3mf', is_current: false, is_original: false },
            { name: 'cube.stl', size_bytes: 684, modified_at: '2026-11-25T09:00:00Z', extension: '.stl', is_current: true, is_original: true },
          ],
          recommended: 'cube.3mf',
        }),
      [`GET ${files}/download`]: (url) =>
        url.searchParams.get('name') === 'cube.3mf'
          ? model('cube.3mf', boxThreeMf([25, 15, 5]))
          : model('cube.stl', binaryStl(boxTriangles([0, 0, 0], [10, 10, 10]))),
    });
    const user = userEvent.setup();
    renderBoard();
    await user.click(within(await screen.findByRole('article', { name: 'Ada Lovelace' })).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: /Approve and quote/ });

    expect(await within(dialog).findByText('25 × 15 × 5 mm')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Weight (g)')).toHaveFocus(); // the preview takes no focus
    await user.click(within(dialog).getByRole('radio', { name: /cube\.stl/ }));
    expect(await within(dialog).findByText('10 × 10 × 10 mm')).toBeInTheDocument();
    expect(calls(api, `GET ${files}/download`)).toEqual([
      `GET ${files}/download?name=cube.3mf`,
      `GET ${files}/download?name=cube.stl`,
    ]);
  });
});
