import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium: `npx playwright install` cannot download browsers on our
 * machines, so every Playwright config here launches this one.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.PRINTDESK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export const screenshotDir = process.env.PRINTDESK_SCREENSHOT_DIR || 'test-results/screenshots';
