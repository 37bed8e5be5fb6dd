import { fetchJson } from '@/lib/api';
import type { RetentionReportBody, RetentionRequest, RetentionSchedule, RetentionSkip } from '@/lib/schemas';

export type { RetentionReportBody, RetentionSchedule, RetentionSkip };

export type RetentionKind = RetentionReportBody['kind'];

/**
 * Archive or prune (admin): `dryRun` only counts what would be taken;
 * `olderThanDays` null leaves the catalog's default to the server.
 */
export function runRetention(
  kind: RetentionKind,
  { staffName, olderThanDays, dryRun }: { staffName: string; olderThanDays: number | null; dryRun: boolean },
): Promise<RetentionReportBody> {
  const body: RetentionRequest = { staff_name: staffName, dry_run: dryRun };
  if (olderThanDays !== null) body.older_than_days = olderThanDays;
  return fetchJson<RetentionReportBody>(`/admin/${kind}`, { method: 'POST', json: body });
}

/** Whether retention also runs by itself every day (an operator's setting), and when next. */
export function fetchRetentionSchedule(): Promise<RetentionSchedule> {
  return fetchJson<RetentionSchedule>('/admin/retention/schedule');
}
