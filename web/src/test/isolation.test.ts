import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TEST_FILES } from '../../vitest.isolated';

const ROOT = join(__dirname, '..', '..');
// vi.mock of the app's own modules (relative or `@/` paths); packages such as next/navigation are mocked the
// same way by every file that mocks them, so sharing those is harmless.
const MOCKS_APP_MODULE = /vi\.mock\(\s*['"](\.{1,2}\/|@\/)/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

describe('test isolation', () => {
  it('runs every file that mocks an app module in its own module graph', () => {
    const mocking = testFiles(join(ROOT, 'src')).filter((file) => MOCKS_APP_MODULE.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect([...mocking].sort()).toEqual([...ISOLATED_TEST_FILES].sort());
  });
});
