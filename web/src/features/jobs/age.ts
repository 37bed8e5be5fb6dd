/**
 * How long a job has been waiting, and how urgent that is. Staff aim to review
 * within a day; after three days a job is overdue.
 */
export type AgeLevel = 'fresh' | 'aging' | 'late' | 'overdue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function ageLevel(ageMs: number): AgeLevel {
  if (ageMs < 24 * HOUR) return 'fresh';
  if (ageMs < 48 * HOUR) return 'aging';
  if (ageMs < 72 * HOUR) return 'late';
  return 'overdue';
}

/** "under a minute", "5 min", "2 h 10 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days} d ${restHours} h` : `${days} d`;
}

/** "just now", "5 min ago", "2 h 10 min ago", "3 d 4 h ago". */
export function formatAge(ageMs: number): string {
  return ageMs < MINUTE ? 'just now' : `${formatDuration(ageMs)} ago`;
}

/**
 * Where the student's confirmation stands on a Pending card: how long the e-mailed link still works, or
 * that it ran out (then staff resend a new one). Null when the job waits for no confirmation.
 */
export function confirmationDeadline(
  expiresAt: string | null | undefined,
  now: number,
): { expired: boolean; text: string } | null {
  if (!expiresAt) return null;
  const left = new Date(expiresAt).getTime() - now;
  if (Number.isNaN(left)) return null;
  return left <= 0
    ? { expired: true, text: `expired ${formatDuration(-left)} ago` }
    : { expired: false, text: `expires in ${formatDuration(left)}` };
}

/** A short word for the level, so colour is never the only signal. */
export const AGE_LEVEL_LABELS: Record<AgeLevel, string> = {
  fresh: 'Under 1 day',
  aging: 'Over 1 day',
  late: 'Over 2 days',
  overdue: 'Overdue',
};
