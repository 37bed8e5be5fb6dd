import { fetchJson } from '@/lib/api';
import type { JobList, JobStatus as WireJobStatus, JobSummary as WireJobSummary } from '@/lib/schemas';

/** The life of a print job, in the order it usually moves through the lab. */
export const JOB_STATUSES = [
  'UPLOADED',
  'PENDING',
  'READYTOPRINT',
  'PRINTING',
  'COMPLETED',
  'PAIDPICKEDUP',
  'REJECTED',
  'ARCHIVED',
] as const;

export type JobStatus = WireJobStatus;

// Fails to compile if the server gains or loses a status this list does not know.
type _EveryStatusListed = [JobStatus] extends [(typeof JOB_STATUSES)[number]]
  ? [(typeof JOB_STATUSES)[number]] extends [JobStatus]
    ? true
    : never
  : never;
const _everyStatusListed: _EveryStatusListed = true;
void _everyStatusListed;

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  UPLOADED: 'Uploaded',
  PENDING: 'Pending',
  READYTOPRINT: 'Ready to Print',
  PRINTING: 'Printing',
  COMPLETED: 'Completed',
  PAIDPICKEDUP: 'Picked Up',
  REJECTED: 'Rejected',
  ARCHIVED: 'Archived',
};

export function isJobStatus(value: unknown): value is JobStatus {
  return typeof value === 'string' && (JOB_STATUSES as readonly string[]).includes(value);
}

export type JobCounts = Record<JobStatus, number>;

export type JobSummary = WireJobSummary;
export type JobPage = JobList;

export const JOBS_PAGE_SIZE = 50;

/** How many jobs are in each status; statuses the server leaves out count as 0. */
export async function getJobCounts(signal?: AbortSignal): Promise<JobCounts> {
  const { counts } = await fetchJson<{ counts: Partial<Record<string, number>> }>('/jobs/counts', { signal });
  const result = {} as JobCounts;
  for (const status of JOB_STATUSES) result[status] = counts?.[status] ?? 0;
  return result;
}

export function listJobs(
  { status, page = 1, pageSize = JOBS_PAGE_SIZE }: { status: JobStatus; page?: number; pageSize?: number },
  signal?: AbortSignal,
): Promise<JobPage> {
  const query = new URLSearchParams({ status, page: String(page), page_size: String(pageSize) });
  return fetchJson<JobPage>(`/jobs?${query.toString()}`, { signal });
}
