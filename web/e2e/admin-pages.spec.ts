import { expect, test } from '@playwright/test';
import { requireEnv, signIn, snap } from './helpers';
import { submitJobViaApi } from './submit-job';

/**
 * The admin console's catalog editor, overrides, files audit and diagnostics against the real
 * services: a new pickup time reaches the student's tracking page, an override's reason lands on
 * the job's trail, and the audit and diagnostics pages read every service.
 */

const STAFF = 'Morgan Lead';

test('an admin edits the catalog, overrides a job with a reason, and reads the audit and diagnostics', async ({ page, request }) => {
  test.setTimeout(120_000);
  requireEnv('PRINTDESK_BASE_URL');
  const workstation = requireEnv('PRINTDESK_E2E_WORKSTATION');
  const password = requireEnv('PRINTDESK_E2E_PASSWORD');
  const unique = Date.now();
  const hours = `Weekdays 10:00–12:00 (e2e ${unique})`;
  const reason = `Collected on the phone (e2e ${unique})`;

  const job = await submitJobViaApi(request, 'Override', `Student ${unique}`, `e2e.override.${unique}@example.com`);

  await signIn(page, workstation, password);
  await page.getByRole('combobox', { name: 'Performing action as' }).selectOption(STAFF);

  await test.step('catalog: new pickup hours are saved as the next version', async () => {
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Catalog' }).click();
    await expect(page).toHaveURL(/\/admin\/catalog$/);
    const field = page.getByLabel(/^Pickup hours/);
    await expect(field).not.toHaveValue('');
    const version = Number(/\d+/.exec((await page.getByText(/^Editing version \d+/).textContent()) ?? '')?.[0]);
    await field.fill(hours);
    await page.getByRole('button', { name: 'Save catalog' }).click();
    await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
    await expect(page.getByLabel(/^Pickup hours/)).toHaveValue(hours);
    const served = (await (await request.get('/api/v1/catalog')).json()) as { pickup_hours: string; version: number };
    expect(served).toMatchObject({ pickup_hours: hours, version: version + 1 });
    await snap(page, 'admin-catalog-real.png');
  });

  await test.step('overrides: the job is found by its Job ID and marked completed with a reason', async () => {
    await page.goto('/admin/overrides');
    await page.getByLabel(/^Job ID/).fill(job.shortId.toUpperCase());
    await page.getByRole('button', { name: 'Find job' }).click();
    const card = page.getByTestId('override-job');
    await expect(card.getByTestId('override-job-status')).toHaveText('Uploaded');
    await card.getByRole('radio', { name: /Change the status/ }).check();
    await card.getByRole('combobox', { name: /New status/ }).selectOption('COMPLETED');
    await card.getByLabel(/^Reason/).fill(reason);
    await card.getByRole('button', { name: 'Review the override' }).click();
    await expect(card.getByTestId('override-review')).toContainText('Uploaded → Completed');
    await card.getByRole('button', { name: 'Confirm: Change the status' }).click();
    await expect(page.getByText('Done.')).toBeVisible();
    await expect(card.getByTestId('override-job-status')).toHaveText('Completed');
    const trail = card.getByTestId('override-trail');
    await expect(trail.locator('li').first()).toContainText('Status changed by an admin');
    await expect(trail.locator('li').first()).toContainText(`${STAFF} at ${workstation}`);
    await expect(trail.locator('li').first()).toContainText(`Reason: ${reason}`);
    await snap(page, 'admin-overrides-real.png');
  });

  await test.step('the student’s tracking page shows the new pickup hours', async () => {
    const student = await page.context().browser()!.newPage();
    try {
      await student.goto(job.trackingUrl);
      const pickup = student.getByRole('region', { name: 'Ready for pickup' });
      await expect(pickup).toContainText(hours);
    } finally {
      await student.close();
    }
  });

  await test.step('files audit: the storage folder is read and compared with the records', async () => {
    await page.goto('/admin/files');
    await expect(page.getByTestId('audit-summary')).toContainText(/files? checked/);
    for (const section of ['Broken jobs', 'Orphaned files', 'Stale copies', 'Moves in progress']) {
      await expect(page.getByRole('region', { name: new RegExp(`^${section}`) })).toBeVisible();
    }
    await snap(page, 'admin-files-real.png');
  });

  await test.step('diagnostics: every service answers its health check, and each panel says how it is', async () => {
    await page.goto('/admin/diagnostics');
    // A page that only shows things asks nobody to choose who is acting.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Performing action as' })).toHaveCount(0);
    for (const name of ['Jobs', 'Files', 'Notifications', 'Sign-in (auth)']) {
      const panel = page.getByRole('region', { name });
      await expect(panel.getByText(/^Health check: up/)).toBeVisible();
      // The service's diagnostics were read: its version, and a database at the migration this build ships.
      await expect(panel.getByText(/^(Working|Needs attention)$/)).toBeVisible();
      await expect(panel.getByRole('definition').filter({ hasText: '✓ at head' })).toBeVisible();
    }
    await snap(page, 'admin-diagnostics-real.png');
  });
});
