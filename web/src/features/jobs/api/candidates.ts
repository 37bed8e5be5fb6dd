import { fetchJson } from '@/lib/api';
import type { CandidateFile, JobCandidates } from '@/lib/schemas';

/*
 * The files service's candidate scan (`GET /files/jobs/{id}/candidates`): the
 * files beside the job's file, best first (extension priority, newest, name),
 * each marked current / the student's original, and `recommended` (the first
 * one's name, null when none). Types generated from contracts/openapi/files.json.
 */
export type { CandidateFile, JobCandidates };

/** Scan the job's folder (calling again is the rescan that finds newer saves). */
export function getJobCandidates(jobId: string, signal?: AbortSignal): Promise<JobCandidates> {
  return fetchJson<JobCandidates>(`/files/jobs/${encodeURIComponent(jobId)}/candidates`, { signal });
}
