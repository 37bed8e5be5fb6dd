import { JOB_STATUSES, JOB_STATUS_LABELS, type JobDetail, type JobStatus } from '@/features/jobs/api/jobs';

/*
 * The admin overrides of a job (jobs service, domain/lifecycle.py): which apply to a job in which
 * status, where each leads, and what the confirmation says. Each needs a reason, kept on the trail.
 */

export type OverrideKind = 'force-unlock' | 'force-confirm' | 'mark-failed' | 'change-status';

export interface OverrideAction {
  kind: OverrideKind;
  label: string;
  about: string;
  /** The statuses the API accepts it from; null: any. */
  from: readonly JobStatus[] | null;
  /** Where it leads; null: the status stays (or, for change-status, where the admin says). */
  leadsTo: JobStatus | null;
}

export const OVERRIDE_ACTIONS: readonly OverrideAction[] = [
  {
    kind: 'force-unlock',
    label: 'Force unlock',
    about: 'Clears whoever’s edit lock, for a workstation that left a job open. The status stays.',
    from: null,
    leadsTo: null,
  },
  {
    kind: 'force-confirm',
    label: 'Confirm for the student',
    about: 'Accepts the quote on the student’s behalf (e.g. they agreed by phone): Pending → Ready to Print.',
    from: ['PENDING'],
    leadsTo: 'READYTOPRINT',
  },
  {
    kind: 'mark-failed',
    label: 'Mark the print failed',
    about: 'Back to the queue with the same quote and no new confirmation: Printing → Ready to Print.',
    from: ['PRINTING'],
    leadsTo: 'READYTOPRINT',
  },
  {
    kind: 'change-status',
    label: 'Change the status',
    about: 'Puts the job in any other status; its file moves to that status’s folder.',
    from: null,
    leadsTo: null,
  },
];

export const REASON_MAX = 1000;

export function overrideAction(kind: OverrideKind): OverrideAction {
  return OVERRIDE_ACTIONS.find((a) => a.kind === kind)!;
}

const label = (status: JobStatus) => JOB_STATUS_LABELS[status];

/** Why the action does not apply to this job now, or null when it does. */
export function unavailableBecause(kind: OverrideKind, job: Pick<JobDetail, 'status' | 'lock'>): string | null {
  const action = overrideAction(kind);
  if (action.from && !action.from.includes(job.status)) {
    return `Only for a job that is ${action.from.map(label).join(' or ')}; this one is ${label(job.status)}.`;
  }
  if (kind === 'force-unlock' && !job.lock) return 'Nobody holds this job’s edit lock.';
  return null;
}

/** The statuses change-status may put the job in: every status but the one it is in. */
export function statusTargets(current: JobStatus): JobStatus[] {
  return JOB_STATUSES.filter((status) => status !== current);
}

/** The status the job will be in after the action. */
export function resultingStatus(kind: OverrideKind, current: JobStatus, target: JobStatus | null): JobStatus {
  if (kind === 'change-status') return target ?? current;
  return overrideAction(kind).leadsTo ?? current;
}

/** The confirmation's sentence: what will happen to which job. */
export function describeOverride(
  kind: OverrideKind,
  job: Pick<JobDetail, 'short_id' | 'status' | 'lock' | 'student_name'>,
  target: JobStatus | null,
): string {
  const name = `job ${job.short_id.toUpperCase()} (${job.student_name})`;
  if (kind === 'force-unlock') {
    return job.lock
      ? `The edit lock ${job.lock.holder} holds on ${name} is cleared; any unsaved work there is lost.`
      : `The edit lock on ${name} is cleared.`;
  }
  const after = resultingStatus(kind, job.status, target);
  const move = `${label(job.status)} → ${label(after)}`;
  if (kind === 'force-confirm') return `The quote of ${name} is confirmed for the student: ${move}.`;
  if (kind === 'mark-failed') return `The print of ${name} is recorded as failed and goes back to the queue: ${move}.`;
  return `The status of ${name} changes: ${move}. Its file moves to the ${label(after)} folder.`;
}

/** A reason as sent, or a sentence saying what is wrong with it. */
export function checkReason(text: string): { reason: string } | { error: string } {
  const reason = text.trim();
  if (!reason) return { error: 'Give a reason: it is kept on the job’s trail.' };
  if (reason.length > REASON_MAX) return { error: `Keep the reason to ${REASON_MAX} characters.` };
  return { reason };
}

/** A job id (32 hex digits) — looked up directly; anything else is searched as a Job ID (short id). */
export function looksLikeJobId(term: string): boolean {
  return /^[0-9a-f]{32}$/i.test(term.trim());
}

/** What the page says once the override went through. */
export function doneSentence(kind: OverrideKind, before: Pick<JobDetail, 'short_id' | 'status'>, after: Pick<JobDetail, 'status'>): string {
  const job = `Job ${before.short_id.toUpperCase()}`;
  if (kind === 'force-unlock') return `${job}’s edit lock is cleared; it stays ${label(after.status)}.`;
  return `${overrideAction(kind).label}: ${job} is now ${label(after.status)} (was ${label(before.status)}). The reason is on its trail.`;
}
