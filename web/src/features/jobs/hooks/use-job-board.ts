'use client';

import { useCallback, useEffect, useState } from 'react';
import { isApiError, isAbortError } from '@/lib/api';
import { getJobCounts, listJobs, type JobCounts, type JobPage, type JobStatus } from '../api/jobs';

type Loadable<T> =
  | { state: 'loading'; data?: T }
  | { state: 'ready'; data: T }
  | { state: 'error'; message: string; data?: T };

const errorMessage = (error: unknown) =>
  isApiError(error) ? error.message : 'Something went wrong while loading jobs.';

/**
 * Loads the status counts and the selected status's page of jobs, and
 * reloads both on refresh(). Errors go to `onError` first; if it returns
 * true (e.g. it is redirecting to sign-in) the error is not shown.
 */
export function useJobBoard(onError: (error: unknown) => boolean, initialStatus: JobStatus = 'UPLOADED') {
  const [status, setStatus] = useState<JobStatus>(initialStatus);
  const [page, setPage] = useState(1);
  const [reloads, setReloads] = useState(0);
  const [counts, setCounts] = useState<Loadable<JobCounts>>({ state: 'loading' });
  const [list, setList] = useState<Loadable<JobPage & { status: JobStatus }>>({ state: 'loading' });
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setCounts((c) => ({ state: 'loading', data: c.data }));
    getJobCounts(controller.signal).then(
      (data) => setCounts({ state: 'ready', data }),
      (error: unknown) => {
        if (isAbortError(error) || onError(error)) return;
        setCounts((c) => ({ state: 'error', message: errorMessage(error), data: c.data }));
      },
    );
    return () => controller.abort();
  }, [reloads, onError]);

  useEffect(() => {
    const controller = new AbortController();
    // Keep showing the old cards during a refresh of the same tab; a new tab starts blank.
    setList((l) => ({ state: 'loading', data: l.data?.status === status ? l.data : undefined }));
    listJobs({ status, page }, controller.signal).then(
      (data) => {
        setList({ state: 'ready', data: { ...data, status } });
        setUpdatedAt(new Date());
      },
      (error: unknown) => {
        if (isAbortError(error) || onError(error)) return;
        setList({ state: 'error', message: errorMessage(error) });
      },
    );
    return () => controller.abort();
  }, [status, page, reloads, onError]);

  const selectStatus = useCallback((next: JobStatus) => {
    setStatus(next);
    setPage(1);
  }, []);

  const refresh = useCallback(() => setReloads((n) => n + 1), []);

  return { status, selectStatus, page, setPage, counts, list, refresh, updatedAt };
}
