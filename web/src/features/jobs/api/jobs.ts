import { fetchJson } from '@/lib/api';
import type {
  JobDetail,
  JobEventItem,
  JobEventList,
  JobList,
  JobStatus as WireJobStatus,
  JobSummary as WireJobSummary,
  LockInfo,
} from '@/lib/schemas';

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
export type { JobDetail, JobEventItem, LockInfo };

export const JOBS_PAGE_SIZE = 50;

/**
 * What the list and the counts are narrowed to, as the API takes it: `from`/`to` are
 * ISO instants (the board turns the lab's calendar days into them). Empty means "any".
 */
export interface JobQuery {
  search?: string;
  printer?: string;
  method?: string;
  discipline?: string;
  from?: string;
  to?: string;
}

const QUERY_KEYS = ['search', 'printer', 'method', 'discipline', 'from', 'to'] as const;

function appendQuery(params: URLSearchParams, query: JobQuery) {
  for (const key of QUERY_KEYS) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
}

/** How many jobs are in each status (matching `query`); statuses the server leaves out count as 0. */
export async function getJobCounts(query: JobQuery = {}, signal?: AbortSignal): Promise<JobCounts> {
  const params = new URLSearchParams();
  appendQuery(params, query);
  const text = params.toString();
  const suffix = text ? `?${text}` : '';
  const { counts } = await fetchJson<{ counts: Partial<Record<string, number>> }>(`/jobs/counts${suffix}`, { signal });
  const result = {} as JobCounts;
  for (const status of JOB_STATUSES) result[status] = counts?.[status] ?? 0;
  return result;
}

export function listJobs(
  { status, page = 1, pageSize = JOBS_PAGE_SIZE, query = {} }: { status: JobStatus; page?: number; pageSize?: number; query?: JobQuery },
  signal?: AbortSignal,
): Promise<JobPage> {
  const params = new URLSearchParams({ status, page: String(page), page_size: String(pageSize) });
  appendQuery(params, query);
  return fetchJson<JobPage>(`/jobs?${params.toString()}`, { signal });
}

/** One job with its quote, payment, notes and lock (the card's details). */
export function getJob(jobId: string, signal?: AbortSignal): Promise<JobDetail> {
  return fetchJson<JobDetail>(`/jobs/${encodeURIComponent(jobId)}`, { signal });
}

/** The job's audit trail, oldest first. */
export async function getJobEvents(jobId: string, signal?: AbortSignal): Promise<JobEventItem[]> {
  const { events } = await fetchJson<JobEventList>(`/jobs/${encodeURIComponent(jobId)}/events`, { signal });
  return events;
}
