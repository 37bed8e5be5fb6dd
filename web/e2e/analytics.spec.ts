import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { screenshotDir } from '../playwright.shared';
import { requireEnv, signIn, snap } from './helpers';
import { submitJobViaApi } from './submit-job';

/**
 * The lab manager's analytics through the real gateway: four Resin jobs of one
 * discipline are submitted, one approved, one rejected and one printed and paid
 * for through the API;
 * /analytics, filtered to them through the address bar, shows the numbers the
 * reports answer (which moved by exactly what was done), a chart's CSV holds
 * the chart's rows, the page passes axe, and it is photographed at desk and
 * phone widths.
 */

const STAFF = 'Morgan Lead';
const FILTERS = { method: 'Resin', printer: 'Formlabs Form 3', discipline: 'Landscape Architecture' };
const QUERY = new URLSearchParams(FILTERS).toString();

interface Overview {
  submitted: number;
  in_queue: number;
  rejections: number;
  rejection_reasons: { reason: string; count: number }[];
  by_status: Record<string, number>;
  window: { date_from: string; date_to: string };
}

interface Financial {
  total_revenue_cents: number;
  payment_count: number;
}

interface Trends {
  days: { day: string; submitted: number; approved: number; rejected: number; completed: number }[];
}

async function submitJob(request: APIRequestContext, n: number, unique: number): Promise<string> {
  const choices = { discipline: FILTERS.discipline, class_number: 'LA 2020', print_method: FILTERS.method, color: 'Gray', printer: FILTERS.printer };
  const job = await submitJobViaApi(request, 'Analytics', `Student ${unique}`, `e2e.analytics.${unique}.${n}@example.com`, choices, 10 + n);
  return job.jobId;
}

test('analytics shows what staff did, downloads a chart as CSV and is accessible', async ({ page, request }) => {
  test.setTimeout(120_000);
  requireEnv('PRINTDESK_BASE_URL');
  const workstation = requireEnv('PRINTDESK_E2E_WORKSTATION');
  const password = requireEnv('PRINTDESK_E2E_PASSWORD');
  const unique = Date.now();

  const login = await request.post('/api/v1/auth/login', { data: { workstation, password } });
  expect(login.status(), await login.text()).toBe(200);
  const headers = { Authorization: `Bearer ${((await login.json()) as { access_token: string }).access_token}` };
  const report = async <T,>(name: string): Promise<T> => {
    const answer = await request.get(`/api/v1/analytics/${name}?${QUERY}`, { headers });
    expect(answer.status(), await answer.text()).toBe(200);
    return (await answer.json()) as T;
  };

  const before = await report<Overview>('overview');
  const rejectionsBefore = before.rejection_reasons.find((r) => r.reason === 'Walls too thin')?.count ?? 0;
  let after!: Overview;
  let financial!: Financial;

  await test.step('four jobs are submitted: one approved, one rejected, one printed and paid for', async () => {
    const [approved, rejected, , paid] = [
      await submitJob(request, 1, unique), await submitJob(request, 2, unique),
      await submitJob(request, 3, unique), await submitJob(request, 4, unique),
    ];
    const act = async (path: string, data: Record<string, unknown>) => {
      const answer = await request.post(`/api/v1/${path}`, { headers, data: { staff_name: STAFF, ...data } });
      expect(answer.status(), `${path}: ${await answer.text()}`).toBe(200);
    };
    await act(`jobs/${approved}/approve`, { weight_g: '12.5', time_hours: '2' });
    await act(`jobs/${rejected}/reject`, { reasons: ['Walls too thin'], custom_reason: 'Thicken the walls, please.' });
    await act(`jobs/${paid}/approve`, { weight_g: '20', time_hours: '3' });
    await act(`admin/jobs/${paid}/force-confirm`, { reason: 'confirmed at the desk' });
    await act(`jobs/${paid}/mark-printing`, { printer: FILTERS.printer });
    await act(`jobs/${paid}/mark-complete`, {});
    await act(`jobs/${paid}/payment`, { grams: '22', txn_no: `TC-${unique}`, picked_up_by: 'Analytics Student' });
    // The read model follows the service's events: wait until the reports have seen all of it.
    await expect
      .poll(async () => {
        after = await report<Overview>('overview');
        const moved = (status: string) => (after.by_status[status] ?? 0) - (before.by_status[status] ?? 0);
        return [after.submitted - before.submitted, after.rejections - before.rejections,
          after.in_queue - before.in_queue, moved('PENDING'), moved('PAIDPICKEDUP')];
      }, { timeout: 15_000 })
      .toEqual([4, 1, 2, 1, 1]);
    financial = await report<Financial>('financial');
    expect(financial.payment_count).toBeGreaterThanOrEqual(1);
  });

  await test.step('the page, filtered through the address bar, shows those numbers', async () => {
    await signIn(page, workstation, password);
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Analytics' }).click();
    await expect(page).toHaveURL(/\/analytics$/);
    await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
    await page.goto(`/analytics?${QUERY}`);
    const bar = page.getByRole('search', { name: 'Filter the reports' });
    await expect(bar.getByLabel('Method', { exact: true })).toHaveValue(FILTERS.method);
    await expect(bar.getByLabel('Printer', { exact: true })).toHaveValue(FILTERS.printer);
    await expect(bar.getByLabel('Discipline', { exact: true })).toHaveValue(FILTERS.discipline);
    await expect(page.getByTestId('stat-submitted')).toHaveText(String(after.submitted));
    await expect(page.getByTestId('stat-rejections')).toHaveText(String(after.rejections));
    await expect(page.getByTestId('stat-in-queue')).toHaveText(String(after.in_queue));
    const revenue = (financial.total_revenue_cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
    await expect(page.getByTestId('stat-revenue')).toHaveText(revenue);
    const reasons = page.getByRole('figure', { name: 'Rejection reasons' });
    await reasons.getByText('Data table').click();
    await expect(reasons.getByRole('row', { name: `Walls too thin ${rejectionsBefore + 1}` })).toBeVisible();
  });

  await test.step('a chart downloads its rows as CSV', async () => {
    const trends = await report<Trends>('trends');
    const chart = page.getByRole('figure', { name: 'Jobs per day' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Download CSV: Jobs per day' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `analytics-jobs-per-day-${trends.days[0]!.day}_${trends.days.at(-1)!.day}.csv`,
    );
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const expected = ['Day,Submitted,Approved,Rejected,Completed',
      ...trends.days.map((d) => [d.day, d.submitted, d.approved, d.rejected, d.completed].join(','))];
    expect(text).toBe(`${expected.join('\r\n')}\r\n`);
    expect(trends.days.reduce((sum, d) => sum + d.submitted, 0)).toBe(after.submitted);
  });

  await test.step('no serious or critical accessibility problems; pictures at 1280 and 390 px', async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, 'analytics-1280.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('stat-submitted')).toBeVisible();
    await snap(page, 'analytics-390.png');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, 'analytics-390-top.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test.step('a backwards range is refused on the page without asking the server', async () => {
    const bar = page.getByRole('search', { name: 'Filter the reports' });
    await bar.getByLabel('From', { exact: true }).fill('2026-02-10');
    await bar.getByLabel('To (included)', { exact: true }).fill('2026-02-01');
    await expect(bar.getByRole('alert')).toHaveText('The end date is before the start date.');
    await expect(page.getByTestId('stat-submitted')).toBeHidden();
    await expect(page).toHaveURL(/from=2026-02-10&to=2026-02-01/);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page).toHaveURL(/\/analytics$/);
  });
});
