import { fetchJson } from '@/lib/api';
import type { components } from '@/lib/generated/files';

type Files = components['schemas'];
export type StorageAuditReport = Files['StorageAuditReport'];
export type StorageBrokenLink = Files['StorageBrokenLink'];
export type StorageStaleFile = Files['StorageStaleFile'];
export type PendingMove = Files['PendingMove'];
export type StorageAuditAction = Files['StorageAuditAction'];
export type StorageAuditActionResult = Files['StorageAuditActionResult'];
export type AuditActionName = StorageAuditAction['action'];

/** The storage root compared with the records (admin): orphaned, stale and broken files, moves in progress. */
export function getAuditReport(signal?: AbortSignal): Promise<StorageAuditReport> {
  return fetchJson<StorageAuditReport>('/admin/audit/report', { signal });
}

/** One safe repair (admin), attributed to the acting staff member. */
export function runAuditAction(
  action: AuditActionName,
  target: { path?: string; jobId?: string },
  staffName: string,
): Promise<StorageAuditActionResult> {
  const body: StorageAuditAction = { staff_name: staffName, action };
  if (target.path) body.path = target.path;
  if (target.jobId) body.job_id = target.jobId;
  return fetchJson<StorageAuditActionResult>('/admin/audit/actions', { method: 'POST', json: body });
}
