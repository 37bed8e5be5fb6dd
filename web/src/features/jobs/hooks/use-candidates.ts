'use client';

import { useCallback, useEffect, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { getJobCandidates, type JobCandidates } from '../api/candidates';

export type CandidatesState =
  | { state: 'loading'; data?: JobCandidates }
  | { state: 'ready'; data: JobCandidates }
  | { state: 'error'; message: string };

/**
 * The job's candidate files for the approval. `rescan()` asks again (finds
 * files saved since). A failure is not fatal: the approval keeps the current file.
 */
export function useCandidates(jobId: string, onSessionExpired: (error: unknown) => boolean) {
  const [candidates, setCandidates] = useState<CandidatesState>({ state: 'loading' });
  const [scan, setScan] = useState(0);
  const rescan = useCallback(() => setScan((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setCandidates((c) => ({ state: 'loading', data: c.state === 'error' ? undefined : c.data }));
    getJobCandidates(jobId, controller.signal).then(
      (data) => setCandidates({ state: 'ready', data }),
      (error: unknown) => {
        if (isAbortError(error) || onSessionExpired(error)) return;
        setCandidates({ state: 'error', message: isApiError(error) ? error.message : 'Could not list the job’s files.' });
      },
    );
    return () => controller.abort();
  }, [jobId, scan, onSessionExpired]);

  return { candidates, rescan, scans: scan };
}
