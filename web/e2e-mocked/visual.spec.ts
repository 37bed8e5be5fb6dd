import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';

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

async function mockStaffApi(page: Page) {
  await page.route('**/api/v1/auth/me', (r) =>
    json(r, { workstation: 'front-desk', role: 'admin', expires_at: ago(-8 * HOUR) }),
  );
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

test('submit: validation, upload, success', async ({ page }) => {
  let releaseUpload!: () => void;
  const uploadGate = new Promise<void>((resolve) => (releaseUpload = resolve));
  await page.route('**/api/v1/uploads', async (r) => {
    await uploadGate;
    await json(
      r,
      {
        upload_id: '7d0f6c1e-0000-4000-8000-000000000001',
        filename: 'cube.stl',
        size_bytes: 684,
        sha256: 'x',
        kind: 'stl',
        analysis: { triangles: 12, volume_mm3: 1000, bbox_mm: [10, 10, 10], watertight: true },
      },
      201,
    );
  });
  await page.route('**/api/v1/submissions', (r) => json(r, { job_id: 'f'.repeat(32), short_id: 'a1b2c3', status: 'UPLOADED' }, 201));

  await page.goto('/submit');
  await page.getByRole('button', { name: 'Submit print request' }).click();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await snap(page, 'submit-errors.png');

  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('E-mail address').fill('ada@uni.example');
  await page.getByLabel('3D model file').setInputFiles({ name: 'cube.stl', mimeType: 'model/stl', buffer: Buffer.alloc(684) });
  await expect(page.getByRole('button', { name: 'Cancel upload' })).toBeVisible();
  await snap(page, 'submit-uploading.png');
  releaseUpload();
  await expect(page.getByTestId('upload-done')).toBeVisible();
  await snap(page, 'submit-filled.png');

  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'submit-filled-mobile.png');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Submit print request' }).click();
  await expect(page.getByTestId('job-id')).toHaveText('a1b2c3');
  await snap(page, 'submit-success.png');
});

test('submit: server validation error', async ({ page }) => {
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
