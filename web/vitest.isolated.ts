/**
 * Test files that replace one of the app's own modules with `vi.mock`: they run isolated (see
 * vitest.config.ts), since in the shared module graph their mock would leak into the files after them.
 * src/test/isolation.test.ts fails when a file mocks an app module and is not listed here.
 */
export const ISOLATED_TEST_FILES = [
  'src/features/jobs/components/preview/ModelPreview.test.tsx',
  'src/features/submissions/components/SubmitForm.test.tsx',
  'src/features/analytics/components/AnalyticsDashboard.test.tsx',
];
