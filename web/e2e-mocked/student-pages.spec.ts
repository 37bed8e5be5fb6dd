import { expect, test, type Page, type Route } from '@playwright/test';
import { ago, catalog, HOUR, json, snap } from './mock-api';

/**
 * MOCKED visual check of the student's pages — landing, submission, tracking, the quote to confirm: every
 * /api/v1 call is answered by page.route below, so this proves layout and wiring, not the backend.
 * Screenshots land in test-results/mocked-screenshots for a person to look at.
 */

test('landing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'PrintDesk' })).toBeVisible();
  await snap(page, 'landing.png');
});

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
