import { expect, test } from '@playwright/test';
import { readMails, requireEnv, snap } from './helpers';
import { binaryStlCube } from './stl';

/**
 * The first slice, through the real gateway: a student submits a model, a
 * staff workstation signs in and sees the job, and the student gets e-mail.
 */

test('a student submits a model and a staff workstation sees it', async ({ page }) => {
  requireEnv('PRINTDESK_BASE_URL');
  const workstation = requireEnv('PRINTDESK_E2E_WORKSTATION');
  const password = requireEnv('PRINTDESK_E2E_PASSWORD');
  const mailDir = requireEnv('PRINTDESK_E2E_MAIL_DIR');

  const unique = Date.now();
  const studentName = `E2E Student ${unique}`; // first name "E2E", last name "Student <unique>"
  const studentEmail = `e2e.student.${unique}@example.com`;
  // Handed to the file input from memory: no file left behind on the machine.
  const model = { name: 'cube.stl', mimeType: 'model/stl', buffer: binaryStlCube(10) };

  let jobId = '';

  await test.step('student fills the form and the model uploads', async () => {
    await page.goto('/submit');
    await expect(page.getByRole('heading', { level: 1, name: 'Submit a print' })).toBeVisible();
    await expect(page.getByTestId('disclaimer')).toBeVisible();
    await page.getByLabel('First name').fill('E2E');
    await page.getByLabel('Last name').fill(`Student ${unique}`);
    await page.getByLabel('E-mail address').fill(studentEmail);
    await page.getByRole('combobox', { name: 'Discipline' }).selectOption('Architecture');
    await page.getByLabel('Class number').fill('ARCH 4000');
    await page.getByRole('radio', { name: /Filament/ }).check();
    const colour = page.getByRole('combobox', { name: 'Colour' });
    await expect(colour).toBeEnabled();
    await colour.selectOption({ index: 1 });
    await page.getByRole('combobox', { name: 'Printer' }).selectOption('Prusa MK4S');
    await page.getByLabel('3D model file').setInputFiles(model);

    const uploaded = page.getByTestId('upload-done');
    await expect(uploaded).toContainText('Uploaded cube.stl', { timeout: 20_000 });
    await expect(uploaded).toContainText('684 bytes');
    const analysis = page.getByTestId('model-analysis');
    await expect(analysis).toContainText('10 × 10 × 10 mm');
    await expect(analysis).toContainText('0.39 × 0.39 × 0.39 in');
    await expect(analysis).toContainText(/Triangles\s*12(?!\d)/);
    await expect(analysis).toContainText(/Watertight\s*✓?\s*Yes/);

    await page.getByRole('checkbox', { name: /scaled to the size I want/ }).check();
    await page.getByRole('checkbox', { name: /every print costs at least/ }).check();
    await analysis.scrollIntoViewIfNeeded();
    await snap(page, 'submit-filled.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'submit-filled-mobile.png');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  let trackingHref: string | null = null;

  await test.step('student submits and sees the Job ID', async () => {
    await page.getByRole('button', { name: 'Submit print request' }).click();
    await expect(page).toHaveURL(/\/submit\/success\?job=/);
    const jobIdElement = page.getByTestId('job-id');
    await expect(jobIdElement).toHaveText(/^[A-Za-z0-9-]+$/);
    jobId = (await jobIdElement.textContent())!.trim();
    expect(new URL(page.url()).searchParams.get('job')).toBe(jobId);
    await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    const trackingLink = page.getByTestId('tracking-link');
    trackingHref = (await trackingLink.count()) > 0 ? await trackingLink.getAttribute('href') : null;
    if (trackingHref) expect(trackingHref).toMatch(/^\/track\/[A-Za-z0-9._~-]+$/);
    await snap(page, 'submit-success.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'submit-success-mobile.png');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test.step('student opens the tracking page from the success page', async () => {
    if (!trackingHref) {
      // Allowed by the API (the link is then only in the e-mail); say so in the report instead of failing.
      test.info().annotations.push({ type: 'note', description: 'no tracking_url in the submission response' });
      await expect(page.getByText('The link to your own status page is in the confirmation e-mail')).toBeVisible();
      return;
    }
    await page.getByTestId('tracking-link').click();
    await expect(page).toHaveURL(/\/track\//);
    await expect(page.getByText(jobId, { exact: true })).toBeVisible();
    await expect(page.getByTestId('timeline').locator('[aria-current="step"]')).toHaveCount(1);
    await snap(page, 'track.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'track-mobile.png');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test.step('a wrong password is refused with a message', async () => {
    await page.goto('/login');
    await page.getByLabel('Workstation name').fill(workstation);
    await page.getByLabel('Password').fill(`${password}-wrong-${unique}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Wrong workstation name or password');
    await expect(page).toHaveURL(/\/login/);
    await snap(page, 'login.png');
  });

  await test.step('the right password opens the dashboard', async () => {
    await page.getByLabel('Workstation name').fill(workstation);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('workstation-name')).toHaveText(workstation);
  });

  await test.step('the new job is in the Uploaded tab', async () => {
    const uploadedTab = page.getByRole('tab', { name: /^Uploaded/ });
    await expect(uploadedTab).toHaveAttribute('aria-selected', 'true');
    const card = page.getByTestId('job-card').filter({ hasText: studentName });

    // The job is created asynchronously after the submission: refresh until it shows.
    await expect(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(card).toBeVisible({ timeout: 1_500 });
    }).toPass({ timeout: 10_000, intervals: [500, 1_000] });

    const count = Number(await page.getByTestId('count-UPLOADED').textContent());
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(card).toContainText(jobId);
    await expect(card).toContainText('cube.stl');
    await expect(card).toContainText(studentEmail);
    await expect(card).toContainText(/just now|\d+ min ago/);
    await snap(page, 'dashboard.png');

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(card).toBeVisible();
    await snap(page, 'dashboard-mobile.png');
  });

  await test.step('the student got an e-mail', async () => {
    await expect
      .poll(() => readMails(mailDir).some((text) => text.includes(studentEmail)), {
        message: `an .eml file in ${mailDir} addressed to ${studentEmail}`,
        timeout: 20_000,
        intervals: [500, 1_000],
      })
      .toBe(true);
  });

  await test.step('signing out returns to the sign-in page', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login\?reason=expired/);
    await expect(page.getByText('Your session ended — please sign in again.')).toBeVisible();
  });
});
