import { getJob, getJobCounts, JOB_STATUSES, listJobs, type JobDetail } from '@/features/jobs/api/jobs';
import { ApiError, fetchJson } from '@/lib/api';
import type { JobStatus } from '@/lib/schemas';
import { looksLikeJobId, type OverrideKind } from '../overrides';

/**
 * Find one job by its Job ID (the short id students see) or its full id. The search goes
 * through the dashboard's search (counts per status, then that status's list), so archived
 * jobs are found too. 404 when nothing matches exactly.
 */
export async function findJob(term: string, signal?: AbortSignal): Promise<JobDetail> {
  const wanted = term.trim().toLowerCase().replace(/^#/, '');
  if (looksLikeJobId(wanted)) return getJob(wanted, signal);
  const counts = await getJobCounts({ search: wanted }, signal);
  for (const status of JOB_STATUSES) {
    if (!counts[status]) continue;
    const page = await listJobs({ status, query: { search: wanted } }, signal);
    const found = page.jobs.find((job) => job.short_id.toLowerCase() === wanted);
    if (found) return getJob(found.id, signal);
  }
  throw new ApiError(404, 'not_found', `No job has the Job ID “${term.trim()}”.`);
}

/** Send one override; answers the job as it now is. */
export function runOverride(
  jobId: string,
  kind: OverrideKind,
  { staffName, reason, newStatus }: { staffName: string; reason: string; newStatus?: JobStatus },
): Promise<JobDetail> {
  const body: Record<string, string> = { staff_name: staffName, reason };
  if (kind === 'change-status' && newStatus) body.new_status = newStatus;
  return fetchJson<JobDetail>(`/admin/jobs/${encodeURIComponent(jobId)}/${kind}`, { method: 'POST', json: body });
}
