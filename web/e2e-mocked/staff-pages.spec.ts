import { expect, test, type Page } from '@playwright/test';
import { installFakeEventSource } from './fake-event-source';
import { ago, catalog, HOUR, json, snap } from './mock-api';

/**
 * MOCKED visual check of the staff pages — sign-in, the dashboard's states, the staff picker, the admin
 * roster, workstations, retention and e-mail pages: every /api/v1 call is answered by page.route below, so
 * this proves layout and wiring, not the backend. Screenshots land in test-results/mocked-screenshots.
 */

const jobs = [
  ['Ada Lovelace', 'ada.lovelace@uni.example', 'bracket_v3_final.stl', 2 * HOUR + 10 * 60_000],
  ['Grace Hopper', 'g.hopper@uni.example', 'gear-housing.3mf', 30 * HOUR],
  ['Alan Turing', 'alan.turing@uni.example', 'enigma-rotor-replica-with-a-very-long-file-name.obj', 50 * HOUR],
  ['Katherine Johnson', 'kjohnson@uni.example', 'orbit-model.stl', 100 * HOUR],
].map(([name, email, file, age], i) => ({
  id: `${i}`.repeat(32),
  short_id: `a1b2c${i}`,
  status: 'UPLOADED',
  student_name: name,
  student_email: email,
  display_name: name,
  original_filename: file,
  created_at: ago(age as number),
  updated_at: ago(age as number),
}));

const roster = [
  { name: 'Ada Lovelace', is_active: true, added_at: ago(900 * HOUR), deactivated_at: null },
  { name: 'Grace Hopper', is_active: true, added_at: ago(800 * HOUR), deactivated_at: null },
  { name: 'Katherine Johnson', is_active: true, added_at: ago(300 * HOUR), deactivated_at: null },
  { name: 'Alan Turing', is_active: false, added_at: ago(2000 * HOUR), deactivated_at: ago(400 * HOUR) },
];

async function mockRoster(page: Page, staff = roster) {
  await page.route('**/api/v1/staff?*', (r) => {
    const all = new URL(r.request().url()).searchParams.get('include_inactive') === 'true';
    return json(r, { staff: all ? staff : staff.filter((m) => m.is_active) });
  });
}

async function mockStaffApi(page: Page, role: 'admin' | 'staff' = 'admin') {
  await page.route('**/api/v1/auth/me', (r) =>
    json(r, { workstation: role === 'admin' ? 'office' : 'front-desk', role, expires_at: ago(-8 * HOUR) }),
  );
  await mockRoster(page);
  await installFakeEventSource(page);
  await page.route('**/api/v1/catalog', (r) => json(r, catalog));
  await page.route('**/api/v1/jobs/counts', (r) =>
    json(r, {
      counts: { UPLOADED: 4, PENDING: 0, READYTOPRINT: 2, PRINTING: 1, COMPLETED: 0, PAIDPICKEDUP: 12, REJECTED: 1, ARCHIVED: 0 },
    }),
  );
  await page.route('**/api/v1/jobs?*', (r) => {
    const status = new URL(r.request().url()).searchParams.get('status');
    const list = status === 'UPLOADED' ? jobs : [];
    return json(r, { jobs: list, total: list.length, page: 1, page_size: 50 });
  });
}

test('login: wrong password, expired, success', async ({ page }) => {
  await page.route('**/api/v1/auth/login', (r) => {
    const body = r.request().postDataJSON() as { password: string };
    return body.password === 'right'
      ? json(r, { workstation: 'front-desk', role: 'staff', expires_at: ago(-HOUR), access_token: 't' })
      : json(r, { error: { code: 'invalid_credentials', message: 'Wrong workstation name or password' } }, 401);
  });
  await mockStaffApi(page);

  await page.goto('/login?reason=expired&next=/dashboard');
  await snap(page, 'login-expired.png');
  await page.getByLabel('Workstation name').fill('front-desk');
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Wrong workstation name or password');
  await snap(page, 'login.png');

  await page.getByLabel('Password').fill('right');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(stored).toBe(0);
});

test('dashboard: tabs, cards, keyboard, mobile', async ({ page }) => {
  await mockStaffApi(page);
  await page.goto('/dashboard');
  await expect(page.getByTestId('job-card')).toHaveCount(4);
  await snap(page, 'dashboard.png');

  await page.getByRole('tab', { name: /^Uploaded/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('No jobs in Pending')).toBeVisible();
  await snap(page, 'dashboard-empty-focus.png');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('job-card')).toHaveCount(4);

  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'dashboard-mobile.png');
});

test('dashboard: loading and error states, 401 redirect', async ({ page }) => {
  await page.route('**/api/v1/auth/me', (r) =>
    json(r, { workstation: 'front-desk', role: 'staff', expires_at: ago(-HOUR) }),
  );
  await mockRoster(page);
  await page.route('**/api/v1/jobs/counts', (r) => json(r, { counts: { UPLOADED: 4 } }));
  await page.route('**/api/v1/jobs?*', (r) =>
    json(r, { error: { code: 'unavailable', message: 'The jobs service is not answering.' } }, 503),
  );
  await page.goto('/dashboard');
  await expect(page.getByText('The jobs service is not answering.')).toBeVisible();
  await snap(page, 'dashboard-error.png');

  await page.unrouteAll();
  await page.route('**/api/v1/**', (r) => json(r, { error: { code: 'unauthorized', message: 'Please sign in.' } }, 401));
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?reason=expired&next=\/dashboard$/);
  await expect(page.getByText('Your session ended — please sign in again.')).toBeVisible();
});

test('dashboard: acting staff picker remembered per workstation', async ({ page }) => {
  await mockStaffApi(page);
  await page.goto('/dashboard');
  const picker = page.getByLabel('Performing action as');
  await expect(picker).toBeEnabled();
  await snap(page, 'dashboard-picker-empty.png');
  await picker.selectOption('Grace Hopper');
  await page.reload();
  await expect(page.getByLabel('Performing action as')).toHaveValue('Grace Hopper');
  const stored = await page.evaluate(() => Object.entries(localStorage));
  expect(stored).toEqual([['printdesk.acting-staff.office', 'Grace Hopper']]);
  await snap(page, 'dashboard-picker.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'dashboard-picker-mobile.png');
});

test('dashboard: empty roster', async ({ page }) => {
  await mockStaffApi(page);
  await page.unroute('**/api/v1/staff?*');
  await mockRoster(page, []);
  await page.goto('/dashboard');
  await expect(page.getByText('Add staff members in')).toBeVisible();
  await snap(page, 'dashboard-picker-no-staff.png');
});

test('admin: staff roster, add, deactivate dialog', async ({ page }) => {
  await mockStaffApi(page);
  await page.route('**/api/v1/staff', (r) =>
    r.request().method() === 'POST'
      ? json(r, { error: { code: 'conflict', message: '"Ada Lovelace" is already on the staff roster.', fields: { name: 'already on the roster' } } }, 409)
      : r.fallback(),
  );
  await page.goto('/admin/staff');
  await expect(page.getByTestId('staff-row').first()).toBeVisible();
  await snap(page, 'admin-staff-no-picker.png');
  await page.getByLabel('Performing action as').selectOption('Ada Lovelace');
  await page.getByRole('checkbox', { name: 'Show inactive staff' }).check();
  await expect(page.getByText('(inactive)')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByText('"Ada Lovelace" is already on the staff roster.')).toBeVisible();
  await snap(page, 'admin-staff.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'admin-staff-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Deactivate Grace Hopper' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snap(page, 'admin-staff-confirm.png');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Deactivate Grace Hopper' })).toBeFocused();
});

test('admin: workstations and their dialogs', async ({ page }) => {
  await mockStaffApi(page);
  await page.route('**/api/v1/workstations', (r) =>
    r.request().method() === 'GET'
      ? json(r, {
          workstations: [
            { name: 'office', is_admin: true, is_active: true, created_at: ago(3000 * HOUR), updated_at: ago(100 * HOUR) },
            { name: 'front-desk', is_admin: false, is_active: true, created_at: ago(3000 * HOUR), updated_at: ago(30 * HOUR) },
            { name: 'laser-room-pc', is_admin: false, is_active: false, created_at: ago(2000 * HOUR), updated_at: ago(500 * HOUR) },
          ],
        })
      : r.fallback(),
  );
  await page.route('**/api/v1/workstations/office', (r) =>
    json(r, { error: { code: 'last_admin', message: 'office is the last admin workstation: make another workstation admin first.' } }, 409),
  );
  await page.addInitScript(() => localStorage.setItem('printdesk.acting-staff.office', 'Ada Lovelace'));
  await page.goto('/admin/workstations');
  await expect(page.getByTestId('workstation-row')).toHaveCount(3);
  await snap(page, 'admin-workstations.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'admin-workstations-mobile.png');

  await page.getByRole('button', { name: 'New workstation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workstation' });
  await expect(dialog.getByLabel('Workstation name')).toBeFocused();
  await dialog.getByLabel('Workstation name').fill('Front Desk 2');
  await dialog.getByLabel('Password', { exact: true }).fill('short');
  await dialog.getByRole('button', { name: 'Create workstation' }).click();
  await expect(dialog.getByText('Use at least 10 characters.')).toBeVisible();
  await snap(page, 'admin-workstation-create-mobile.png');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Remove admin from office' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove admin' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('last admin workstation');
  await snap(page, 'admin-workstation-guard.png');
});

test('admin: a staff workstation is refused and sees no admin navigation', async ({ page }) => {
  await mockStaffApi(page, 'staff');
  await page.goto('/admin/staff');
  await expect(page.getByRole('heading', { name: 'This page needs an admin workstation' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await snap(page, 'admin-refused.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'admin-refused-mobile.png');
});

test('admin: retention, archive preview and prune confirmation', async ({ page }) => {
  await mockStaffApi(page);
  // The API fills these catalog defaults in; the seed file leaves them out.
  await page.route('**/api/v1/catalog', (r) => json(r, { ...catalog, archive_after_days: 45, prune_after_days: 365 }));
  const ids = (n: number, c: string) => Array.from({ length: n }, (_, i) => `${c}${i}`.padEnd(32, c));
  await page.route('**/api/v1/admin/*', async (r) => {
    const kind = r.request().url().endsWith('/prune') ? 'prune' : 'archive';
    const body = r.request().postDataJSON() as { older_than_days?: number; dry_run: boolean };
    const days = body.older_than_days ?? (kind === 'archive' ? 45 : 365);
    const matched = kind === 'archive' ? 14 : 3;
    return json(r, {
      kind,
      dry_run: body.dry_run,
      older_than_days: days,
      cutoff: ago(days * 24 * HOUR),
      matched,
      job_ids: ids(matched, kind === 'archive' ? 'a' : 'p'),
      done: body.dry_run ? 0 : matched - 1,
      skipped: body.dry_run ? [] : [{ job_id: ids(1, 'a')[0], reason: 'changed since the preview' }],
    });
  });
  await page.addInitScript(() => localStorage.setItem('printdesk.acting-staff.office', 'Ada Lovelace'));
  await page.goto('/admin/retention');
  const archive = page.getByRole('region', { name: 'Archive' });
  const prune = page.getByRole('region', { name: 'Prune' });
  await expect(archive.getByLabel(/Older than/)).toHaveValue('45');
  await archive.getByRole('button', { name: 'Preview' }).click();
  await archive.getByRole('button', { name: 'Archive 14 jobs' }).click();
  await expect(archive.getByText('Archived 13 jobs.')).toBeVisible();
  await prune.getByRole('button', { name: 'Preview' }).click();
  await expect(prune.getByRole('button', { name: 'Delete 3 jobs for good' })).toBeDisabled();
  await prune.getByLabel('Type 3 to confirm').fill('3');
  await expect(prune.getByRole('button', { name: 'Delete 3 jobs for good' })).toBeEnabled();
  await snap(page, 'admin-retention.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'admin-retention-mobile.png');
});

test('admin: e-mail log, resend and test message', async ({ page }) => {
  await mockStaffApi(page);
  const row = (id: string, over: Record<string, unknown>) => ({
    id: id.padEnd(8, '0') + '-0000-4000-8000-000000000000',
    job_id: null,
    kind: 'job_approved',
    to: 'ada.lovelace@uni.example',
    subject: 'Your print is approved: bracket_v3_final.stl',
    status: 'sent',
    attempts: 1,
    last_error: null,
    created_at: ago(2 * HOUR),
    sent_at: ago(2 * HOUR - 60_000),
    requested_by: null,
    resent_from: null,
    ...over,
  });
  const messages = [
    row('1', { kind: 'submission_received', to: 'g.hopper@uni.example', subject: 'We received gear-housing.3mf', status: 'pending', attempts: 0, sent_at: null, created_at: ago(60_000) }),
    row('2', {}),
    row('3', { kind: 'ready_for_pickup', to: 'alan.turing@nowhere.example', subject: 'Ready for pickup: enigma-rotor-replica.obj', status: 'failed', attempts: 5, last_error: '550 5.1.1 <alan.turing@nowhere.example>: Recipient address rejected', sent_at: null, created_at: ago(30 * HOUR) }),
    row('4', { kind: 'test_message', to: 'lab@uni.example', subject: 'PrintDesk test message', requested_by: 'Grace Hopper', created_at: ago(100 * HOUR), sent_at: ago(100 * HOUR) }),
    row('6', { kind: 'pickup_reminder', to: 'kjohnson@uni.example', subject: 'Reminder: your 3D print is waiting for pickup – Job a1b2c3', status: 'pending', attempts: 0, sent_at: null, created_at: ago(26 * HOUR), next_attempt_at: ago(-(6 * 24 - 26) * HOUR) }),
    row('7', { kind: 'pickup_reminder', to: 'ada.lovelace@uni.example', subject: 'Reminder: your 3D print is waiting for pickup – Job a1b2c0', status: 'cancelled', attempts: 0, sent_at: null, created_at: ago(120 * HOUR) }),
  ];
  await page.route('**/api/v1/notifications?*', (r) => json(r, { notifications: messages }));
  await page.route('**/api/v1/notifications/*/resend', (r) =>
    json(r, row('5', { ...messages[2], id: '50000000-0000-4000-8000-000000000000', status: 'pending', attempts: 0, last_error: null, created_at: ago(0), requested_by: 'Ada Lovelace', resent_from: messages[2]!.id }), 202),
  );
  await page.route('**/api/v1/notifications/test', (r) =>
    json(r, { error: { code: 'validation_error', message: 'Check the highlighted fields.', fields: { to: 'That domain does not accept mail.' } } }, 422),
  );
  await page.addInitScript(() => localStorage.setItem('printdesk.acting-staff.office', 'Ada Lovelace'));
  await page.goto('/admin/email');
  await expect(page.getByTestId('email-row')).toHaveCount(6);
  // A reminder waits for its day; one whose print was collected first was cancelled.
  const scheduled = page.getByTestId('email-row').filter({ hasText: 'kjohnson@uni.example' });
  await expect(scheduled).toContainText('Pickup reminder');
  await expect(scheduled).toContainText(/Scheduled for /);
  await expect(scheduled.getByRole('button', { name: /Resend/ })).toHaveCount(0);
  const cancelled = page.getByTestId('email-row').filter({ hasText: 'Job a1b2c0' });
  await expect(cancelled).toContainText('Cancelled');
  await expect(cancelled).toContainText('Not sent: no longer needed');
  await page.getByRole('button', { name: /Resend “Ready for pickup/ }).click();
  await expect(page.getByTestId('email-row')).toHaveCount(7);
  await page.getByRole('textbox', { name: /^To/ }).fill('lab@nowhere.example');
  await page.getByRole('button', { name: 'Send test message' }).click();
  await expect(page.getByText('That domain does not accept mail.')).toBeVisible();
  await snap(page, 'admin-email.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'admin-email-mobile.png');
});
