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

/** "just now", "5 min ago", "2 h 10 min ago", "3 d 4 h ago". */
export function formatAge(ageMs: number): string {
  const minutes = Math.max(0, Math.floor(ageMs / MINUTE));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest ? `${hours} h ${rest} min ago` : `${hours} h ago`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days} d ${restHours} h ago` : `${days} d ago`;
}

/** A short word for the level, so colour is never the only signal. */
export const AGE_LEVEL_LABELS: Record<AgeLevel, string> = {
  fresh: 'Under 1 day',
  aging: 'Over 1 day',
  late: 'Over 2 days',
  overdue: 'Overdue',
};
