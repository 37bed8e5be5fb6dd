import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './playwright.shared';

/**
 * End-to-end run against a REAL PrintDesk stack (gateway + services + this
 * app), started by someone else; PRINTDESK_BASE_URL points at its gateway.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: process.env.PRINTDESK_BASE_URL,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
