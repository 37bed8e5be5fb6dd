import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.shared';

/**
 * Visual check with the API MOCKED (page.route): renders every page of the
 * built app via `next start` and saves screenshots to look at. Not an
 * end-to-end test; needs `npm run build` first. Run: npm run e2e:mocked
 */
const port = Number(process.env.PRINTDESK_MOCKED_PORT ?? 3107);

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/mocked',
  timeout: 30_000,
  workers: 1,
  reporter: [['list']],
  webServer: {
    command: `./node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 900 },
  },
});
