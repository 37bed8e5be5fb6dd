import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { requireEnv, signIn, snap, watchPolicyViolations } from './helpers';
import { submitJobViaApi } from './submit-job';

/**
 * Every page of the app against the real stack, at 1280 and 390 px: axe finds no serious or
 * critical accessibility violation, nothing scrolls sideways on a phone, and a screenshot of
 * each is kept to look at.
 */

const STAFF = 'Morgan Lead';
const WIDTHS = [
  { width: 1280, height: 900, suffix: '' },
  { width: 390, height: 844, suffix: '-mobile' },
] as const;

interface Visit {
  name: string;
  path: string;
  /** What shows once the page has loaded its data. */
  ready: (page: Page) => Promise<void>;
}

async function check(page: Page, visit: Visit) {
  for (const { width, height, suffix } of WIDTHS) {
    await page.setViewportSize({ width, height });
    await page.goto(visit.path);
    await visit.ready(page);
    // Every rule axe runs by default (WCAG 2.0–2.2 A/AA and best practices).
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
    expect(serious, `${visit.name} at ${width} px`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${visit.name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0)); // axe scrolls; the picture starts at the top
    await snap(page, `quality-${visit.name}${suffix}.png`);
  }
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 15_000 });
};

test('every page passes axe and fits a phone', async ({ page, request }) => {
  test.setTimeout(300_000);
  requireEnv('PRINTDESK_BASE_URL');
  const refused = watchPolicyViolations(page);
  const workstation = requireEnv('PRINTDESK_E2E_WORKSTATION');
  const password = requireEnv('PRINTDESK_E2E_PASSWORD');
  const unique = Date.now();
  const job = await submitJobViaApi(request, 'Quality', `Student ${unique}`, `e2e.quality.${unique}@example.com`);
  const trackPath = new URL(job.trackingUrl).pathname;

  const publicPages: Visit[] = [
    { name: 'landing', path: '/', ready: async (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { name: 'submit', path: '/submit', ready: heading('Submit a print') },
    {
      name: 'track',
      path: trackPath,
      ready: async (p) => expect(p.getByText(`Job ID ${job.shortId}`)).toBeVisible({ timeout: 15_000 }),
    },
    { name: 'confirm-bad-token', path: '/confirm/not-a-real-token', ready: async (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 }) },
    { name: 'login', path: '/login', ready: heading('Staff sign-in') },
  ];
  for (const visit of publicPages) await test.step(visit.name, () => check(page, visit));

  await signIn(page, workstation, password);
  await page.getByRole('combobox', { name: 'Performing action as' }).selectOption(STAFF);

  const staffPages: Visit[] = [
    { name: 'dashboard', path: '/dashboard', ready: async (p) => expect(p.getByTestId('job-card').first()).toBeVisible({ timeout: 15_000 }) },
    {
      name: 'ticket',
      path: `/dashboard/jobs/${job.jobId}/ticket`,
      ready: async (p) => expect(p.getByText(new RegExp(job.shortId, 'i')).first()).toBeVisible({ timeout: 15_000 }),
    },
    { name: 'admin-staff', path: '/admin/staff', ready: heading('Staff') },
    { name: 'admin-workstations', path: '/admin/workstations', ready: heading('Workstations') },
    { name: 'admin-retention', path: '/admin/retention', ready: heading('Retention') },
    { name: 'admin-email', path: '/admin/email', ready: heading('E-mail log') },
    { name: 'admin-catalog', path: '/admin/catalog', ready: async (p) => expect(p.getByLabel(/^Lab name/)).not.toHaveValue('') },
    { name: 'admin-files', path: '/admin/files', ready: async (p) => expect(p.getByTestId('audit-summary')).toBeVisible({ timeout: 15_000 }) },
    { name: 'admin-overrides', path: '/admin/overrides', ready: heading('Overrides') },
    {
      name: 'admin-diagnostics',
      path: '/admin/diagnostics',
      ready: async (p) => expect(p.getByRole('status').filter({ hasText: /^Checked / })).toBeVisible({ timeout: 15_000 }),
    },
  ];
  for (const visit of staffPages) await test.step(visit.name, () => check(page, visit));

  await test.step('the admin redirect lands on a page that passes too', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/staff$/);
  });
  expect(refused, 'the browser refused something under the Content-Security-Policy').toEqual([]);
});

test('keyboard: the admin navigation and a form are reachable with a visible focus ring', async ({ page }) => {
  requireEnv('PRINTDESK_BASE_URL');
  await signIn(page, requireEnv('PRINTDESK_E2E_WORKSTATION'), requireEnv('PRINTDESK_E2E_PASSWORD'));
  await page.goto('/admin/overrides');
  await expect(page.getByRole('heading', { level: 1, name: 'Overrides' })).toBeVisible();
  const field = page.getByLabel(/^Job ID/);
  // Tab from the top of the page until the Job ID field has focus: everything before it is reachable too.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  const ring = await field.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  expect(ring.outline !== 'none' || ring.shadow !== 'none', JSON.stringify(ring)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Find job' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter a Job ID, like A1B2C3.')).toBeVisible();
  await expect(field).toBeFocused();
  await snap(page, 'quality-keyboard-focus.png');
});
