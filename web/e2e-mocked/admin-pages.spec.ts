import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { diagOf } from '../src/features/diagnostics/fixtures';
import { reportWithFindings } from '../src/features/files-audit/fixtures';
import { installFakeEventSource } from './fake-event-source';
import { ago, catalog, HOUR, json, screenshotDir as dir } from './mock-api';

/**
 * MOCKED visual check of the admin console's catalog editor, files audit, overrides and
 * diagnostics (every /api/v1 call answered by page.route), at 1280 and 390 px, with their
 * error states. Screenshots land in test-results/mocked-screenshots for a person to look at.
 */

async function snap(page: Page, name: string) {
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${name}-mobile.png`), fullPage: true });
  // Nothing may stick out sideways at phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function asAdmin(page: Page) {
  await page.route('**/api/v1/auth/me', (r) => json(r, { workstation: 'office', role: 'admin', expires_at: ago(-8 * HOUR) }));
  await page.route('**/api/v1/staff?*', (r) =>
    json(r, { staff: [{ name: 'Ada Lovelace', is_active: true, added_at: ago(900 * HOUR), deactivated_at: null }] }),
  );
  await installFakeEventSource(page);
  await page.addInitScript(() => localStorage.setItem('printdesk.acting-staff.office', 'Ada Lovelace'));
}

const fullCatalog = { ...catalog, archive_after_days: 45, prune_after_days: 365 } as Record<string, unknown>;

test('admin: catalog editor, field errors and a conflict', async ({ page }) => {
  await asAdmin(page);
  let puts = 0;
  await page.route('**/api/v1/catalog', (r) => {
    if (r.request().method() === 'GET') return json(r, fullCatalog);
    puts += 1;
    if (puts === 1) {
      return json(r, { error: { code: 'validation_error', message: 'Please check: catalog.time_zone.', fields: { 'catalog.time_zone': "Value error, 'Mars/Olympus' is not a time zone name like America/Chicago" } } }, 422);
    }
    return json(r, { error: { code: 'precondition_failed', message: 'The catalog was changed since you opened it (it is now version 5); reload it and make your changes again.', fields: { current_version: '5' } } }, 412);
  });
  await page.goto('/admin/catalog');
  await expect(page.getByLabel(/Pickup hours/)).toHaveValue(String(fullCatalog.pickup_hours));
  await snap(page, 'admin-catalog');

  await page.getByLabel(/Time zone/).fill('Mars/Olympus');
  await page.getByLabel(/Price per gram/).first().fill('free');
  await page.getByRole('button', { name: 'Save catalog' }).click();
  await expect(page.getByText('Enter a number like 0.10.')).toBeVisible();
  await expect(page.getByLabel(/Price per gram/).first()).toBeFocused();
  await page.getByLabel(/Price per gram/).first().fill('0.12');
  await page.getByRole('button', { name: 'Save catalog' }).click();
  await expect(page.getByText("'Mars/Olympus' is not a time zone name like America/Chicago")).toBeVisible();
  await expect(page.getByLabel(/Time zone/)).toBeFocused();
  await snap(page, 'admin-catalog-errors');

  await page.getByLabel(/Time zone/).fill('America/Chicago');
  await page.getByRole('button', { name: 'Save catalog' }).click();
  await expect(page.getByText('Someone else saved the catalog')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the catalog' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'admin-catalog-conflict');
});

test('admin: catalog that cannot be loaded', async ({ page }) => {
  await asAdmin(page);
  await page.route('**/api/v1/catalog', (r) => json(r, { error: { code: 'unavailable', message: 'The lab’s catalog is not set up yet.' } }, 503));
  await page.goto('/admin/catalog');
  await expect(page.getByText('The catalog could not be loaded')).toBeVisible();
  await snap(page, 'admin-catalog-error');
});

test('admin: files audit with findings, a confirmation, and a clean root', async ({ page }) => {
  await asAdmin(page);
  let clean = false;
  await page.route('**/api/v1/admin/audit/report', (r) =>
    json(r, clean ? { ...reportWithFindings(), clean: true, orphaned_files: [], stale_files: [], broken_links: [], pending_moves: [] } : reportWithFindings()),
  );
  await page.goto('/admin/files');
  await expect(page.getByTestId('audit-summary')).toContainText('4 findings');
  await snap(page, 'admin-files');
  await page.getByRole('button', { name: 'Delete UPLOADED/old-upload-without-record.stl' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this orphaned file?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snap(page, 'admin-files-confirm');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  clean = true;
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByTestId('audit-summary')).toContainText('All clear');
  await snap(page, 'admin-files-clean');
});

test('admin: overrides, from finding a job to the confirmation', async ({ page }) => {
  await asAdmin(page);
  const job = {
    id: 'b'.repeat(32),
    short_id: 'k3m9pq',
    status: 'PRINTING',
    student_name: 'Grace Hopper',
    student_email: 'g.hopper@uni.example',
    display_name: null,
    original_filename: 'gear-housing-with-a-rather-long-name-v12-final.3mf',
    created_at: ago(30 * HOUR),
    updated_at: ago(HOUR),
    has_notes: false,
    notes: '',
    cost: '4.12',
    lock: { holder: 'front-desk · Katherine Johnson', workstation: 'front-desk', staff_name: 'Katherine Johnson', expires_at: ago(-4 * 60_000) },
  };
  await page.route('**/api/v1/jobs/counts?*', (r) => json(r, { counts: { PRINTING: 1 } }));
  await page.route('**/api/v1/jobs?*', (r) => json(r, { jobs: [job], total: 1, page: 1, page_size: 50 }));
  await page.route(`**/api/v1/jobs/${job.id}`, (r) => json(r, job));
  await page.route(`**/api/v1/jobs/${job.id}/events`, (r) =>
    json(r, {
      events: [
        { seq: 1, event_type: 'JobCreated', at: ago(30 * HOUR), staff_name: null, workstation: null, details: {}, hash: 'a' },
        { seq: 2, event_type: 'JobApproved', at: ago(29 * HOUR), staff_name: 'Ada Lovelace', workstation: 'office', details: {}, hash: 'b' },
        { seq: 3, event_type: 'JobMarkedPrinting', at: ago(3 * HOUR), staff_name: 'Katherine Johnson', workstation: 'front-desk', details: {}, hash: 'c' },
      ],
    }),
  );
  await page.goto('/admin/overrides');
  await snap(page, 'admin-overrides-empty');
  await page.getByLabel(/Job ID/).fill('K3M9PQ');
  await page.getByRole('button', { name: 'Find job' }).click();
  await expect(page.getByTestId('override-job-status')).toHaveText('Printing');
  await page.getByRole('radio', { name: /Change the status/ }).check();
  await page.getByRole('button', { name: 'Review the override' }).click();
  await expect(page.getByText('Choose the new status.')).toBeVisible();
  await snap(page, 'admin-overrides-form');
  await page.getByRole('combobox', { name: /New status/ }).selectOption('COMPLETED');
  await page.getByLabel(/Reason/).fill('Finished overnight; the print is on the shelf.');
  await page.getByRole('button', { name: 'Review the override' }).click();
  await expect(page.getByTestId('override-review')).toContainText('Printing → Completed');
  await snap(page, 'admin-overrides-review');
});

test('admin: diagnostics with one service not answering and one behind on migrations', async ({ page }) => {
  await asAdmin(page);
  await page.route('**/api/v1/*/diag', (r) => {
    const service = new URL(r.request().url()).pathname.split('/')[3]!;
    if (service === 'notify') return r.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad Gateway' });
    if (service === 'jobs') {
      return json(r, diagOf('jobs', {
        status: 'degraded',
        database: { status: 'up', url: 'postgresql://printdesk:***@127.0.0.1:5432/printdesk_jobs', latency_ms: 2.3, migration_current: '0006_outbox', migration_head: '0007_retention' },
        outbox: { backlog: 4, oldest_age_seconds: 190 },
        consumers: [
          { stream: 'FILES', name: 'jobs-files-events', pending: 0, ack_pending: 0, redelivered: 0, status: 'up' },
          { stream: 'AUTH', name: 'jobs-roster', pending: 37, ack_pending: 2, redelivered: 1, status: 'degraded' },
        ],
      }));
    }
    if (service === 'files') {
      return json(r, diagOf('files', { storage: { status: 'up', root: '/srv/printdesk/storage', free_bytes: 182 * 1024 ** 3, total_bytes: 500 * 1024 ** 3, min_free_bytes: 5 * 1024 ** 3 } }));
    }
    return json(r, diagOf(service));
  });
  await page.route('**/api/v1/*/health', (r) => {
    const service = new URL(r.request().url()).pathname.split('/')[3]!;
    if (service === 'notify') return r.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad Gateway' });
    return json(r, { service, status: 'up', components: { database: 'up', nats: 'up' } });
  });
  await page.goto('/admin/diagnostics');
  await expect(page.getByRole('region', { name: 'Notifications' }).getByText('Not answering')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Jobs' }).getByText('Not at head')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Checked / })).toBeVisible();
  await snap(page, 'admin-diagnostics');
});
