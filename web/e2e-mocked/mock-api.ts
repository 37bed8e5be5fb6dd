import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Route } from '@playwright/test';

/** What every mocked spec shares: answering a route with JSON, times relative to now, the lab catalog, screenshots. */

export const HOUR = 3_600_000;

/** An ISO time `ms` ago (a negative `ms` is in the future). */
export const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

export const json = (route: Route, body: unknown, status = 200) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });

/** The seed catalog the jobs service starts with, as `GET /api/v1/catalog` answers it. */
export const catalog = {
  version: 4,
  ...(JSON.parse(
    readFileSync(new URL('../../contracts/src/printdesk/contracts/data/catalog_seed.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>),
};

export const screenshotDir = process.env.PRINTDESK_SCREENSHOT_DIR || 'test-results/mocked-screenshots';

/**
 * A screenshot for a person to look at: the whole page, or only the screen while a dialog is open (a modal's
 * backdrop covers the viewport only), or one element.
 */
export async function snap(target: Page | Locator, name: string, fullPage = true) {
  mkdirSync(screenshotDir, { recursive: true });
  if ('goto' in target) {
    if (await target.getByRole('dialog').count()) fullPage = false;
    await target.screenshot({ path: join(screenshotDir, name), fullPage });
  } else {
    await target.screenshot({ path: join(screenshotDir, name) });
  }
}
