import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';
import { installFakeEventSource } from './fake-event-source';

/**
 * MOCKED visual check — every /api/v1 call is answered by page.route below,
 * so this proves layout and wiring, not the backend. Screenshots land in
 * test-results/mocked-screenshots for a person to look at.
 */

const dir = process.env.PRINTDESK_SCREENSHOT_DIR || 'test-results/mocked-screenshots';
const HOUR = 3_600_000;

async function snap(page: Page, name: string) {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name), fullPage: true });
}

const json = (route: Route, body: unknown, status = 200) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

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

test('landing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'PrintDesk' })).toBeVisible();
  await snap(page, 'landing.png');
});

const catalog = {
  version: 4,
  ...(JSON.parse(
    readFileSync(new URL('../../contracts/src/printdesk/contracts/data/catalog_seed.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>),
};

const cubeAnalysis = {
  triangles: 12,
  volume_mm3: 64000,
  bbox_mm: [40, 40, 40],
  watertight: true,
  unit_warning: null,
  fits: [
    { printer: 'Prusa MK4S', method: 'Filament', fits: true },
    { printer: 'Prusa XL', method: 'Filament', fits: true },
    { printer: 'Raise3D Pro 2 Plus', method: 'Filament', fits: true },
    { printer: 'Formlabs Form 3', method: 'Resin', fits: true },
  ],
  estimates: [
    { method: 'Filament', grams: 27.8, cost_low: '3.00', cost_high: '3.90', currency: 'USD' },
    { method: 'Resin', grams: 70.4, cost_low: '14.08', cost_high: '16.90', currency: 'USD' },
  ],
};

async function mockCatalog(page: Page) {
  await page.route('**/api/v1/catalog', (r) => json(r, catalog));
}

async function fillSubmitForm(page: Page) {
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('E-mail address').fill('ada@uni.example');
  await page.getByRole('combobox', { name: 'Discipline' }).selectOption('Architecture');
  await page.getByLabel('Class number').fill('ARCH 4000');
  await page.getByRole('radio', { name: /Filament/ }).check();
  await page.getByRole('combobox', { name: 'Colour' }).selectOption('Forest Green');
  await page.getByRole('combobox', { name: 'Printer' }).selectOption('Prusa MK4S');
  await page.getByRole('checkbox', { name: /scaled to the size I want/ }).check();
  await page.getByRole('checkbox', { name: /at least \$3\.00/ }).check();
}

test('submit: validation, upload, analysis, success', async ({ page }) => {
  await mockCatalog(page);
  let releaseUpload!: () => void;
  const uploadGate = new Promise<void>((resolve) => (releaseUpload = resolve));
  await page.route('**/api/v1/uploads', async (r) => {
    await uploadGate;
    await json(
      r,
      { upload_id: '7d0f6c1e-0000-4000-8000-000000000001', filename: 'bracket.stl', size_bytes: 684, sha256: 'x', kind: 'stl', analysis: cubeAnalysis },
      201,
    );
  });
  await page.route('**/api/v1/submissions', (r) =>
    json(r, { job_id: 'f'.repeat(32), short_id: 'a1b2c3', status: 'UPLOADED', tracking_token: 'tok_0123456789abcdef', tracking_url: 'http://printdesk.example/track/tok_0123456789abcdef' }, 201),
  );

  await page.goto('/submit');
  await expect(page.getByTestId('disclaimer')).toBeVisible();
  await snap(page, 'submit-empty.png');
  await page.getByRole('button', { name: 'Submit print request' }).click();
  await expect(page.getByLabel('First name')).toBeFocused();
  await snap(page, 'submit-errors.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'submit-errors-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await fillSubmitForm(page);
  await page.getByLabel('3D model file').setInputFiles({ name: 'bracket.stl', mimeType: 'model/stl', buffer: Buffer.alloc(684) });
  await expect(page.getByRole('button', { name: 'Cancel upload' })).toBeVisible();
  await snap(page, 'submit-uploading.png');
  releaseUpload();
  await expect(page.getByTestId('model-analysis')).toBeVisible();
  await snap(page, 'submit-filled.png');

  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'submit-filled-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Submit print request' }).click();
  await expect(page.getByTestId('job-id')).toHaveText('a1b2c3');
  await expect(page.getByTestId('tracking-link')).toHaveAttribute('href', '/track/tok_0123456789abcdef');
  await snap(page, 'submit-success.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'submit-success-mobile.png');
});

test('submit: analysis warnings (inches, holes, too big for the method)', async ({ page }) => {
  await mockCatalog(page);
  await page.route('**/api/v1/uploads', (r) =>
    json(
      r,
      {
        upload_id: '7d0f6c1e-0000-4000-8000-000000000002',
        filename: 'vase-in-inches.obj',
        size_bytes: 48_213,
        sha256: 'y',
        kind: 'obj',
        analysis: {
          ...cubeAnalysis,
          bbox_mm: [3.2, 3.2, 7.9],
          volume_mm3: null,
          watertight: false,
          unit_warning: 'inches',
          triangles: 15_872,
          fits: cubeAnalysis.fits.map((f) => ({ ...f, fits: f.method === 'Filament' })),
          estimates: [],
        },
      },
      201,
    ),
  );
  await page.goto('/submit');
  await page.getByRole('radio', { name: /Resin/ }).check();
  await page.getByLabel('3D model file').setInputFiles({ name: 'vase-in-inches.obj', mimeType: 'model/obj', buffer: Buffer.alloc(48_213) });
  await expect(page.getByTestId('analysis-warning')).toHaveCount(3);
  await page.getByTestId('model-analysis').scrollIntoViewIfNeeded();
  await snap(page, 'submit-warnings.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'submit-warnings-mobile.png');
});

test('submit: catalog unavailable', async ({ page }) => {
  await page.route('**/api/v1/catalog', (r) =>
    json(r, { error: { code: 'unavailable', message: 'The print options are not available right now.' } }, 503),
  );
  await page.goto('/submit');
  await expect(page.getByText('The print options are not available right now.')).toBeVisible();
  await snap(page, 'submit-catalog-error.png');
});

test('submit: server validation error', async ({ page }) => {
  await mockCatalog(page);
  await page.route('**/api/v1/uploads', (r) =>
    json(r, { error: { code: 'unsupported_file', message: 'This file is not a valid STL model.' } }, 422),
  );
  await page.goto('/submit');
  await page.getByLabel('3D model file').setInputFiles({ name: 'broken.stl', mimeType: 'model/stl', buffer: Buffer.alloc(10) });
  await expect(page.getByText('This file is not a valid STL model.', { exact: true })).toBeVisible();
  await snap(page, 'submit-upload-error.png');
});

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

const trackingBody = {
  job: {
    short_id: 'a1b2c3',
    status: 'READYTOPRINT',
    status_label: 'In the print queue',
    print_method: 'Filament',
    color: 'Forest Green',
    printer: 'Prusa MK4S',
    original_filename: 'bracket_v3_final.stl',
    created_at: ago(50 * HOUR),
  },
  timeline: [
    { status: 'UPLOADED', label: 'Request received', at: ago(50 * HOUR), state: 'done' },
    { status: 'PENDING', label: 'Priced by staff', at: ago(26 * HOUR), state: 'done' },
    { status: 'READYTOPRINT', label: 'You confirmed — waiting for a printer', at: ago(3 * HOUR), state: 'current' },
    { status: 'PRINTING', label: 'Printing', at: null, state: 'upcoming' },
    { status: 'COMPLETED', label: 'Ready for pickup', at: null, state: 'upcoming' },
    { status: 'PAIDPICKEDUP', label: 'Picked up', at: null, state: 'upcoming' },
  ],
  quote: { cost: '4.20', currency: 'USD', weight_g: 42, time_hours: 3.5, printer: 'Prusa MK4S', confirmed: true },
  queue: { position: 3, ahead: 2, printer_hours_ahead: 7.5, eta: ago(-20 * HOUR) },
};

test('track: status, quote, queue; unknown link', async ({ page }) => {
  await mockCatalog(page);
  await page.route('**/api/v1/track/tok_0123456789abcdef', (r) => json(r, trackingBody));
  await page.route('**/api/v1/track/tok_unknown_000000', (r) =>
    json(r, { error: { code: 'not_found', message: 'No such request.' } }, 404),
  );
  await page.goto('/track/tok_0123456789abcdef');
  await expect(page.getByTestId('timeline')).toBeVisible();
  await snap(page, 'track.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'track-mobile.png');

  await page.goto('/track/tok_unknown_000000');
  await expect(page.getByTestId('track-not-found')).toBeVisible();
  await snap(page, 'track-not-found-mobile.png');
});

test('track: a quote waiting for the student’s confirmation', async ({ page }) => {
  await mockCatalog(page);
  await page.route('**/api/v1/track/tok_0123456789abcdef', (r) =>
    json(r, {
      ...trackingBody,
      job: { ...trackingBody.job, status: 'PENDING', status_label: 'Priced, waiting for your confirmation' },
      timeline: trackingBody.timeline.map((step, i) => ({ ...step, state: i < 1 ? 'done' : i === 1 ? 'current' : 'upcoming', at: i < 2 ? step.at : null })),
      quote: { ...trackingBody.quote, time_hours: 0.75, confirmed: false },
      queue: { position: null, ahead: 0, printer_hours_ahead: 0, eta: null },
    }),
  );
  await page.goto('/track/tok_0123456789abcdef');
  const quote = page.getByRole('region', { name: 'Your quote' });
  await expect(quote).toContainText('$4.20');
  await expect(quote).toContainText('about 42 g · about 45 minutes of printing · on the Prusa MK4S');
  await expect(quote).toContainText('Use the confirm link in the e-mail');
  await snap(page, 'track-quote-pending.png');
});

const confirmView = {
  state: 'open',
  short_id: 'a1b2c3',
  status: 'PENDING',
  original_filename: 'bracket_v3_final.stl',
  print_method: 'Filament',
  color: 'Forest Green',
  printer: 'Prusa MK4S',
  weight_g: '45.60',
  time_hours: '3.50',
  cost: '4.56',
  expires_at: ago(-60 * HOUR),
};

/** One confirm link: GET answers `view`, POST answers `onPost`; counts the POSTs. */
async function mockConfirmLink(page: Page, token: string, view: object, onPost?: (r: Route) => Promise<void>) {
  const posts: string[] = [];
  await page.route(`**/api/v1/confirm/${token}`, (r) => {
    if (r.request().method() === 'GET') return json(r, view);
    posts.push(r.request().url());
    return onPost ? onPost(r) : json(r, { error: { code: 'conflict', message: 'Unexpected.' } }, 409);
  });
  return posts;
}

test('confirm: open quote, confirmed by keyboard; already confirmed', async ({ page }) => {
  await mockCatalog(page);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const posts = await mockConfirmLink(page, 'cnf_open_0123456789', confirmView, async (r) => {
    await gate;
    await json(r, { ...confirmView, state: 'confirmed', status: 'READYTOPRINT' });
  });

  await page.goto('/confirm/cnf_open_0123456789');
  const button = page.getByRole('button', { name: 'Confirm and add to the print queue' });
  await expect(button).toBeEnabled();
  await expect(page.getByTestId('quote-cost')).toContainText('$4.56');
  expect(posts).toHaveLength(0); // opening the link changes nothing
  await snap(page, 'confirm-open.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'confirm-open-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await button.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(button).toBeDisabled();
  await snap(page, 'confirm-posting.png');
  release();
  const result = page.getByTestId('confirmed');
  await expect(result).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText('Confirmed. Your print is now in the print queue.');
  expect(posts).toHaveLength(1);
  await snap(page, 'confirm-confirmed.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'confirm-confirmed-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await mockConfirmLink(page, 'cnf_used_0123456789', { ...confirmView, state: 'used', status: 'PRINTING' });
  await page.goto('/confirm/cnf_used_0123456789');
  await expect(page.getByTestId('current-status')).toHaveText('Printing');
  await snap(page, 'confirm-used.png');
});

test('confirm: expired link, new link sent; sent too recently', async ({ page }) => {
  await mockCatalog(page);
  const expired = { ...confirmView, state: 'expired', expires_at: ago(5 * HOUR) };
  await mockConfirmLink(page, 'cnf_expired_0123456789', expired);
  await mockConfirmLink(page, 'cnf_expired_again_012345', expired);
  const resends: unknown[] = [];
  await page.route('**/api/v1/confirm/resend', (r) => {
    const body = r.request().postDataJSON() as { token: string };
    resends.push(body);
    return body.token === 'cnf_expired_0123456789'
      ? json(r, { message: 'A new confirmation link is on its way to the e-mail address of the job.' }, 202)
      : json(r, { error: { code: 'too_many_requests', message: 'A new link was sent a few minutes ago; please check your mailbox (and spam folder).' } }, 429);
  });

  await page.goto('/confirm/cnf_expired_0123456789');
  await expect(page.getByTestId('expired')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm and add to the print queue' })).toHaveCount(0);
  await snap(page, 'confirm-expired.png');
  await page.getByRole('button', { name: 'Send me a new link' }).click();
  await expect(page.getByTestId('resend-result')).toBeFocused();
  await expect(page.getByTestId('resend-result')).toContainText('A new confirmation link is on its way');
  expect(resends).toEqual([{ token: 'cnf_expired_0123456789' }]);
  await snap(page, 'confirm-resent.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'confirm-resent-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/confirm/cnf_expired_again_012345');
  await page.getByRole('button', { name: 'Send me a new link' }).click();
  await expect(page.getByTestId('resend-result')).toContainText('sent a few minutes ago');
  await snap(page, 'confirm-resend-too-soon.png');
});

test('confirm: invalid or replaced link; service down', async ({ page }) => {
  await mockCatalog(page);
  await page.route('**/api/v1/confirm/cnf_replaced_0123456789', (r) =>
    json(r, { error: { code: 'not_found', message: 'This confirmation link is not valid. Use the newest link we e-mailed you.' } }, 404),
  );
  await page.route('**/api/v1/confirm/cnf_down_0123456789', (r) =>
    json(r, { error: { code: 'unavailable', message: 'PrintDesk is having trouble right now. Please try again in a minute.' } }, 503),
  );
  await page.goto('/confirm/cnf_replaced_0123456789');
  await expect(page.getByTestId('confirm-invalid')).toBeVisible();
  await snap(page, 'confirm-invalid.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'confirm-invalid-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/confirm/cnf_down_0123456789');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await snap(page, 'confirm-load-error.png');
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
  await expect(page.getByTestId('email-row')).toHaveCount(4);
  await page.getByRole('button', { name: /Resend “Ready for pickup/ }).click();
  await expect(page.getByTestId('email-row')).toHaveCount(5);
  await page.getByRole('textbox', { name: /^To/ }).fill('lab@nowhere.example');
  await page.getByRole('button', { name: 'Send test message' }).click();
  await expect(page.getByText('That domain does not accept mail.')).toBeVisible();
  await snap(page, 'admin-email.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'admin-email-mobile.png');
});
