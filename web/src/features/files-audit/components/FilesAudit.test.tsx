import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffSessionProvider } from '@/lib/staff-session';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import { CLEAN_REPORT, reportWithFindings } from '../fixtures';
import { FilesAudit } from './FilesAudit';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

function renderPage() {
  localStorage.setItem('printdesk.acting-staff.office', 'Ada Lovelace');
  render(
    <StaffSessionProvider session={{ workstation: 'office', role: 'admin', expires_at: '2030-01-01T00:00:00Z' }}>
      <FilesAudit />
    </StaffSessionProvider>,
  );
}

beforeEach(() => {
  resetNavigation('/admin/files');
  // jsdom has no <dialog> methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('Admin → Files audit', () => {
  it('lists the findings, confirms a delete naming the file, performs it and checks again', async () => {
    let deleted = false;
    const fetchMock = mockFetch({
      'GET /api/v1/admin/audit/report': () => json(deleted ? reportWithFindings({ orphaned_files: [] }) : reportWithFindings()),
      'POST /api/v1/admin/audit/actions': (_url, init) => {
        deleted = true;
        const body = JSON.parse(String(init.body)) as { action: string; path: string };
        return json({ id: '9'.repeat(8) + '-0000-0000-0000-' + '0'.repeat(12), action: body.action, staff_name: 'Ada Lovelace', job_id: null, path: body.path, outcome: 'deleted' });
      },
    });
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByTestId('audit-summary')).toHaveTextContent('⚠ 4 findings: 128 files checked');
    const broken = screen.getByRole('region', { name: /Broken jobs/ });
    expect(within(broken).getByText('The file is not in its status folder')).toBeInTheDocument();
    expect(within(broken).getByText(/No safe repair/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Moves in progress/ })).toHaveTextContent('→ COMPLETED · copying');

    const orphaned = screen.getByRole('region', { name: /Orphaned files/ });
    await user.click(within(orphaned).getByRole('button', { name: 'Delete UPLOADED/old-upload-without-record.stl' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this orphaned file?' });
    expect(dialog).toHaveTextContent('UPLOADED/old-upload-without-record.stl is deleted from storage for good.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Deleted UPLOADED/old-upload-without-record.stl (deleted).')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: /Orphaned files/ })).findByText('No orphaned files.')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ staff_name: 'Ada Lovelace', action: 'delete_orphan', path: 'UPLOADED/old-upload-without-record.stl' });
  });

  it('keeps a refused action’s reason in the dialog', async () => {
    mockFetch({
      'GET /api/v1/admin/audit/report': () => json(reportWithFindings()),
      'POST /api/v1/admin/audit/actions': () => apiError(409, 'already_in_place', "The job's file is already in its status folder."),
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: `Move into place: job ${'b'.repeat(32)}` }));
    const dialog = screen.getByRole('dialog', { name: 'Move this job’s file into its status folder?' });
    await user.click(within(dialog).getByRole('button', { name: 'Move into place' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("The job's file is already in its status folder.");
  });

  it('says all clear for a clean root, and shows an error with a retry', async () => {
    let fail = true;
    mockFetch({ 'GET /api/v1/admin/audit/report': () => (fail ? apiError(503, 'unavailable', 'Storage is not mounted.') : json(CLEAN_REPORT)) });
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByText('Storage is not mounted.')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('audit-summary')).toHaveTextContent('✓ All clear: 12 files checked');
    expect(screen.getByText('No stale copies.')).toBeInTheDocument();
  });
});
