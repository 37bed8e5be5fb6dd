import { fetchJson } from '@/lib/api';
import type {
  ApproveRequest,
  MarkPrintingRequest,
  NotesRequest,
  PaymentRequest,
  RejectRequest,
  ReviewRequest,
  StaffActionRequest,
} from '@/lib/schemas';
import type { JobDetail } from './jobs';

/**
 * One staff step on a job, as the dashboard asks for it. `staff_name` is added
 * when it is sent: it is always the "Performing action as" choice.
 */
export type ActionRequest =
  | ({ kind: 'approve' } & Omit<ApproveRequest, 'staff_name'>)
  | ({ kind: 'reject' } & Omit<RejectRequest, 'staff_name'>)
  | ({ kind: 'review' } & Omit<ReviewRequest, 'staff_name'>)
  | { kind: 'resend-confirmation' }
  | ({ kind: 'mark-printing' } & Omit<MarkPrintingRequest, 'staff_name'>)
  | { kind: 'mark-complete' }
  | ({ kind: 'payment' } & Omit<PaymentRequest, 'staff_name'>)
  | { kind: 'revert-completion' }
  | { kind: 'revert-pickup' }
  | ({ kind: 'notes' } & Omit<NotesRequest, 'staff_name'>)
  | { kind: 'delete' };

const jobPath = (jobId: string) => `/jobs/${encodeURIComponent(jobId)}`;

/**
 * Send one step. Answers the job as it now is, or null after a delete (204).
 * A successful step also lets go of the caller's edit lock on the server.
 */
export async function performAction(jobId: string, request: ActionRequest, staffName: string): Promise<JobDetail | null> {
  const { kind, ...fields } = request;
  const body = { ...fields, staff_name: staffName };
  if (kind === 'delete') {
    await fetchJson<void>(jobPath(jobId), { method: 'DELETE', json: body satisfies StaffActionRequest });
    return null;
  }
  if (kind === 'notes') {
    return fetchJson<JobDetail>(`${jobPath(jobId)}/notes`, { method: 'PATCH', json: body });
  }
  return fetchJson<JobDetail>(`${jobPath(jobId)}/${kind}`, { method: 'POST', json: body });
}

/** Take the job's edit lock for five minutes (409 naming the holder if someone else has it). */
export function lockJob(jobId: string, staffName: string, signal?: AbortSignal): Promise<JobDetail> {
  return fetchJson<JobDetail>(`${jobPath(jobId)}/lock`, {
    method: 'POST',
    json: { staff_name: staffName } satisfies StaffActionRequest,
    signal,
  });
}

/** The lock's heartbeat: five more minutes (holder only). */
export function extendJobLock(jobId: string, staffName: string): Promise<JobDetail> {
  return fetchJson<JobDetail>(`${jobPath(jobId)}/lock/extend`, {
    method: 'POST',
    json: { staff_name: staffName } satisfies StaffActionRequest,
  });
}

/**
 * Let go of the lock. `keepalive` lets the request finish while the page is
 * being closed, so a closed tab does not hold a job for five minutes.
 */
export function unlockJob(jobId: string, staffName: string): Promise<JobDetail> {
  return fetchJson<JobDetail>(`${jobPath(jobId)}/unlock`, {
    method: 'POST',
    json: { staff_name: staffName } satisfies StaffActionRequest,
    keepalive: true,
  });
}
