import { isApiError, type FieldErrors } from '@/lib/api';
import { JOB_STATUS_LABELS, isJobStatus, type JobStatus } from '../api/jobs';

/** Why a step or a lock was refused, sorted the way the dialog shows it. */
export type ActionFailure =
  /** Someone else holds the job's edit lock (409 with `fields.holder`). */
  | { kind: 'locked'; holder: string; message: string; until: string | null }
  /** The job moved on meanwhile (409 with `fields.current_status`). */
  | { kind: 'status'; currentStatus: JobStatus | null; message: string }
  /** Inputs the server refused (422): shown next to their fields. */
  | { kind: 'fields'; fields: FieldErrors; message: string }
  /** The job is gone (404). */
  | { kind: 'gone'; message: string }
  | { kind: 'other'; message: string };

const FALLBACK = 'That did not work. Please try again.';

export function describeFailure(error: unknown): ActionFailure {
  if (!isApiError(error)) return { kind: 'other', message: FALLBACK };
  const { status, fields, message } = error;
  if (status === 409 && fields.holder) {
    return { kind: 'locked', holder: fields.holder, message, until: fields.locked_until ?? null };
  }
  if (status === 409 && fields.current_status !== undefined) {
    const current = isJobStatus(fields.current_status) ? fields.current_status : null;
    return { kind: 'status', currentStatus: current, message };
  }
  if (status === 422) return { kind: 'fields', fields, message };
  if (status === 404) return { kind: 'gone', message: 'This job no longer exists. It may have been deleted at another workstation.' };
  return { kind: 'other', message: message || FALLBACK };
}

/** Whether the card is out of date after this failure (then the board reloads it). */
export function failureMeansStale(failure: ActionFailure): boolean {
  return failure.kind === 'locked' || failure.kind === 'status' || failure.kind === 'gone';
}

/** The one line that heads the failure in the dialog. */
export function failureTitle(failure: ActionFailure): string {
  switch (failure.kind) {
    case 'locked':
      return `Locked by ${failure.holder}`;
    case 'status':
      return failure.currentStatus
        ? `This job is ${JOB_STATUS_LABELS[failure.currentStatus]} now`
        : 'This job has moved on';
    case 'fields':
      return 'Please check the highlighted fields';
    case 'gone':
      return 'Job not found';
    case 'other':
      return 'Could not finish';
  }
}
