import { isJobStatus, type JobStatus } from './jobs';

/*
 * `GET /api/v1/jobs/stream` (server-sent events, cookie auth): `ready` first,
 * then one `job` event per change, `expired` when the session ends. The data
 * of a `job` event is the JobChanged payload (contracts: jobs.job.changed.v1)
 * plus `event_id` and `actor`. The OpenAPI document cannot describe an event
 * stream, so this shape is written by hand from the contract.
 */

export const JOB_STREAM_URL = '/api/v1/jobs/stream';

export interface JobChangeActor {
  kind: string;
  staff_name?: string | null;
  workstation_id?: string | null;
}

export interface JobChangeLock {
  workstation: string;
  staff_name: string;
  expires_at: string;
}

export interface JobChanged {
  event_id: string;
  actor: JobChangeActor | null;
  job_id: string;
  /** approve, reject, review, confirm, lock, unlock, notes, delete, … */
  action: string;
  status: JobStatus;
  previous_status: JobStatus;
  at: string;
  job: { short_id: string; student_name: string; [key: string]: unknown };
  lock: JobChangeLock | null;
  deleted: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readLock(value: unknown): JobChangeLock | null {
  if (!isRecord(value)) return null;
  const { workstation, staff_name, expires_at } = value;
  if (typeof workstation !== 'string' || typeof staff_name !== 'string' || typeof expires_at !== 'string') return null;
  return { workstation, staff_name, expires_at };
}

/** The data of a `job` event, or null when it is not one we can use (then the board just reloads). */
export function parseJobChanged(data: string): JobChanged | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { job_id, action, status, previous_status, job } = value;
  if (typeof job_id !== 'string' || typeof action !== 'string') return null;
  if (!isJobStatus(status) || !isJobStatus(previous_status)) return null;
  const snapshot = isRecord(job) ? job : {};
  return {
    event_id: typeof value.event_id === 'string' ? value.event_id : '',
    actor: isRecord(value.actor) ? (value.actor as unknown as JobChangeActor) : null,
    job_id,
    action,
    status,
    previous_status,
    at: typeof value.at === 'string' ? value.at : new Date().toISOString(),
    job: {
      ...snapshot,
      short_id: typeof snapshot.short_id === 'string' ? snapshot.short_id : '',
      student_name: typeof snapshot.student_name === 'string' ? snapshot.student_name : '',
    },
    lock: readLock(value.lock),
    deleted: value.deleted === true,
  };
}
