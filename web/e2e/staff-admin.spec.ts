import { expect, test, type Page } from '@playwright/test';
import { requireEnv, signIn, snap } from './helpers';

/**
 * Roster, workstations and roles through the real gateway: the admin
 * workstation adds a staff member, acts as them, creates a staff workstation;
 * that workstation signs in, sees no admin navigation and is refused the
 * admin pages.
 */

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

test('an admin manages staff and workstations; a staff workstation is refused the admin pages', async ({ page }) => {
  requireEnv('PRINTDESK_BASE_URL');
  const adminWorkstation = requireEnv('PRINTDESK_E2E_WORKSTATION');
  const adminPassword = requireEnv('PRINTDESK_E2E_PASSWORD');

  const unique = Date.now();
  const staffName = `E2E Staff ${unique}`;
  const staffWorkstation = `e2e-desk-${unique}`;
  const staffPassword = `e2e pass ${unique}`;
  const picker = page.getByRole('combobox', { name: 'Performing action as' });

  await test.step('the admin workstation signs in and sees the admin navigation', async () => {
    await signIn(page, adminWorkstation, adminPassword);
    await expect(page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Admin' })).toBeVisible();
    await snap(page, 'admin-dashboard.png');
  });

  await test.step('adds a staff member via Admin → Staff', async () => {
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Admin' }).click();
    await expect(page).toHaveURL(/\/admin\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
    await expect(picker.locator('option').first()).not.toHaveText('Loading staff…');
    // Adding is itself a staff action: act as someone already on the roster first.
    const someone = await picker.locator('option:not([value=""])').first().getAttribute('value');
    expect(someone, 'the roster needs one active member (printdesk-auth add-staff) before the admin page can add more').toBeTruthy();
    await picker.selectOption(someone!);

    await page.getByRole('textbox', { name: 'Name' }).fill(staffName);
    await page.getByRole('button', { name: 'Add staff member' }).click();
    // Announced to screen readers (role=status) and shown beside a tick for sighted users.
    await expect(page.getByRole('status').filter({ hasText: `${staffName} was added to the staff list.` })).toHaveCount(1);
    await expect(page.getByText(`✓${staffName} was added`)).toBeVisible();
    await expect(page.getByTestId('staff-row').filter({ hasText: staffName })).toBeVisible();
    await snap(page, 'admin-staff-added.png');
  });

  await test.step('chooses the new member in "Performing action as"', async () => {
    await expect(picker.locator('option', { hasText: staffName })).toHaveCount(1);
    await picker.selectOption(staffName);
    await page.reload();
    await expect(picker).toHaveValue(staffName);
    await snap(page, 'admin-staff-picker.png');
  });

  await test.step('creates a staff (non-admin) workstation', async () => {
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Workstations' }).click();
    await expect(page).toHaveURL(/\/admin\/workstations$/);
    await page.getByRole('button', { name: 'New workstation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workstation' });
    await dialog.getByLabel('Workstation name').fill(staffWorkstation);
    await dialog.getByLabel('Password', { exact: true }).fill(staffPassword);
    await dialog.getByLabel('Password again').fill(staffPassword);
    await expect(dialog.getByRole('checkbox', { name: /Admin workstation/ })).not.toBeChecked();
    await snap(page, 'admin-workstation-create.png');
    await dialog.getByRole('button', { name: 'Create workstation' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('workstation-row').filter({ hasText: staffWorkstation });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Staff');
    await snap(page, 'admin-workstations.png');
  });

  await test.step('the admin signs out', async () => {
    await signOut(page);
  });

  await test.step('the new workstation signs in and sees no admin navigation', async () => {
    await signIn(page, staffWorkstation, staffPassword);
    await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);
    await expect(picker.locator('option', { hasText: staffName })).toHaveCount(1);
    // The picker's choice belongs to the workstation: this one starts with nobody chosen.
    await expect(picker).toHaveValue('');
    await snap(page, 'staff-dashboard.png');
  });

  await test.step('opening an admin page shows the refusal', async () => {
    await page.goto('/admin/staff');
    await expect(page.getByRole('heading', { name: 'This page needs an admin workstation' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Admin' })).toHaveCount(0);
    await expect(page.getByTestId('staff-row')).toHaveCount(0);
    await snap(page, 'staff-admin-refused.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'staff-admin-refused-mobile.png');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test.step('signs out', async () => {
    await signOut(page);
  });
});
