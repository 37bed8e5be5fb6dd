import { expect, test } from '@playwright/test';
import { mailsTo, requireEnv, signIn, snap } from './helpers';

/**
 * The admin console's retention and e-mail log against the real services: a dry-run preview of archiving
 * (nothing changes), and a test message that really reaches the SMTP sink and shows in the log.
 */

test('an admin previews retention and sends a test e-mail that reaches the mailbox', async ({ page }) => {
  requireEnv('PRINTDESK_BASE_URL');
  const workstation = requireEnv('PRINTDESK_E2E_WORKSTATION');
  const password = requireEnv('PRINTDESK_E2E_PASSWORD');
  const mailDir = requireEnv('PRINTDESK_E2E_MAIL_DIR');
  const address = `lab.manager.${Date.now()}@example.edu`;

  await signIn(page, workstation, password);
  await page.getByRole('combobox', { name: 'Performing action as' }).selectOption('Morgan Lead');

  await test.step('retention: the archive preview answers from the real jobs service', async () => {
    await page.goto('/admin/retention');
    const archive = page.getByRole('region', { name: 'Archive' });
    await expect(archive.getByLabel('Older than (days)')).toHaveValue('45');
    await archive.getByRole('button', { name: 'Preview' }).click();
    await expect(archive.getByText(/^Preview: .* due$/)).toBeVisible({ timeout: 10_000 });
    await snap(page, 'admin-retention-real.png');
  });

  await test.step('e-mail log: a test message is queued, sent and listed', async () => {
    await page.goto('/admin/email');
    await page.getByLabel('To').fill(address);
    await page.getByRole('button', { name: 'Send test message' }).click();
    await expect.poll(() => mailsTo(mailDir, address, 'PrintDesk test message').length, { timeout: 20_000 }).toBe(1);
    await page.reload();
    await expect(page.getByRole('table').getByText(address).first()).toBeVisible({ timeout: 10_000 });
    await snap(page, 'admin-email-real.png');
  });
});
