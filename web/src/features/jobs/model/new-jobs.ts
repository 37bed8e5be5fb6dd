/*
 * Which Uploaded jobs are new since the board last looked, for the new-job
 * chime. New submissions send no live change today, so the board asks for the
 * Uploaded list itself (after each live refresh and every half minute) and
 * compares the ids with those it has seen. The first answer only records what
 * is there: opening the dashboard never rings for the jobs already waiting.
 */

/** How often the board asks for the Uploaded list when nothing else made it look. */
export const NEW_JOB_POLL_MS = 30_000;

/** After a live change, wait this long (more changes restart it) so the look comes after the board's reload. */
export const NEW_JOB_LIVE_DELAY_MS = 600;

/** Ids kept in memory at most (the oldest are forgotten first); far more than one day's submissions. */
export const SEEN_LIMIT = 2_000;

export interface NewJobWatch {
  /** Every Uploaded id seen so far, oldest first; null before the first answer. */
  seen: readonly string[] | null;
}

export const initialNewJobWatch: NewJobWatch = { seen: null };

/**
 * Note the Uploaded ids of one answer. `fresh` are the ones never seen before,
 * in the answer's order (newest first), and always empty for the first answer.
 * An id that left Uploaded and came back is not new.
 */
export function noteUploadedJobs(watch: NewJobWatch, ids: readonly string[]): { watch: NewJobWatch; fresh: string[] } {
  if (watch.seen === null) return { watch: { seen: trim([...new Set(ids)]) }, fresh: [] };
  const known = new Set(watch.seen);
  const fresh: string[] = [];
  for (const id of ids) {
    if (!known.has(id)) {
      known.add(id);
      fresh.push(id);
    }
  }
  if (fresh.length === 0) return { watch, fresh };
  // Oldest first, so trimming forgets the jobs seen longest ago.
  return { watch: { seen: trim([...watch.seen, ...fresh.slice().reverse()]) }, fresh };
}

function trim(ids: string[]): string[] {
  return ids.length > SEEN_LIMIT ? ids.slice(ids.length - SEEN_LIMIT) : ids;
}

/** Chimes for one batch: one per new job, but a pile found at once (after a sleep) rings at most this often. */
export const MAX_CHIMES_AT_ONCE = 3;

export function chimesFor(freshCount: number): number {
  return Math.max(0, Math.min(freshCount, MAX_CHIMES_AT_ONCE));
}

/** The chime: a short rising tone, 800 → 1200 Hz over 0.3 s (the lab's old dashboard used the same). */
export const NEW_JOB_TONE = Object.freeze({ fromHz: 800, toHz: 1200, seconds: 0.3 });
