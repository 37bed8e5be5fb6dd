/** Pure helpers of the retention section (archive / prune), kept apart to test them plainly. */

import { formatBytes } from '@/lib/format';

export const DAYS_MIN = 1;
export const DAYS_MAX = 36500;

/** The "older than" field as days, or a sentence saying what is wrong with it. */
export function parseDays(input: string): { days: number } | { error: string } {
  const text = input.trim();
  if (!text) return { error: 'Enter a number of days.' };
  if (!/^\d+$/.test(text)) return { error: 'Enter a whole number of days, like 45.' };
  const days = Number(text);
  if (days < DAYS_MIN || days > DAYS_MAX) return { error: `Enter between ${DAYS_MIN} and ${DAYS_MAX} days.` };
  return { days };
}

/** "1 job" / "12 jobs". */
export function jobsCount(n: number): string {
  return `${n} ${n === 1 ? 'job' : 'jobs'}`;
}

/** What typing must match before a prune may run: exactly the number of jobs it takes. */
export function pruneConfirmed(typed: string, count: number): boolean {
  return typed.trim() === String(count);
}

/** What a batch's files take on disk, in words: what pruning frees, or archiving moves. */
export function filesLine(kind: 'archive' | 'prune', files: number | null | undefined, bytes: number | null | undefined): string {
  if (files == null || bytes == null) return 'Not known right now: the file service did not answer. The job counts stand.';
  if (files === 0) return 'No files on disk.';
  const what = `${files} ${files === 1 ? 'file' : 'files'}, ${formatBytes(bytes)}`;
  return kind === 'prune' ? `${what} freed` : `${what} moved to Archived`;
}
