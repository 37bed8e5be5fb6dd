'use client';

import { useCallback, useEffect, useRef } from 'react';
import { JOBS_PAGE_SIZE, listJobs, type JobSummary } from '../api/jobs';
import { NEW_JOB_LIVE_DELAY_MS, NEW_JOB_POLL_MS, initialNewJobWatch, noteUploadedJobs } from '../model/new-jobs';

/**
 * Notices jobs that arrive in Uploaded while the board is open: it asks for
 * the newest Uploaded jobs when the board opens (that answer is only
 * recorded), a moment after live changes (`checkSoon`: a burst of them is one
 * look, after the board's own reload) and every half minute, and
 * calls `onNewJobs` with the ones it had not seen. Whatever tab or filter the
 * board shows, this looks at all of Uploaded. Failures are left to the
 * board's own loads to report.
 */
export function useNewJobWatch(onNewJobs: (jobs: JobSummary[]) => void) {
  const watch = useRef(initialNewJobWatch);
  const onNewRef = useRef(onNewJobs);
  onNewRef.current = onNewJobs;
  const running = useRef<AbortController | null>(null);
  const queued = useRef(false);
  const alive = useRef(true);
  const soon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const check = useCallback(() => {
    if (!alive.current) return;
    if (running.current) {
      queued.current = true; // one more look once this one is back
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    listJobs({ status: 'UPLOADED', page: 1, pageSize: JOBS_PAGE_SIZE }, controller.signal)
      .then((page) => {
        if (controller.signal.aborted) return;
        const { watch: next, fresh } = noteUploadedJobs(watch.current, page.jobs.map((job) => job.id));
        watch.current = next;
        if (fresh.length) onNewRef.current(page.jobs.filter((job) => fresh.includes(job.id)));
      })
      .catch(() => undefined)
      .finally(() => {
        if (running.current === controller) running.current = null;
        if (queued.current && alive.current) {
          queued.current = false;
          check();
        }
      });
  }, []);

  const checkSoon = useCallback(() => {
    clearTimeout(soon.current);
    soon.current = setTimeout(check, NEW_JOB_LIVE_DELAY_MS);
  }, [check]);

  useEffect(() => {
    alive.current = true;
    check();
    const timer = setInterval(check, NEW_JOB_POLL_MS);
    return () => {
      alive.current = false;
      clearInterval(timer);
      clearTimeout(soon.current);
      running.current?.abort();
      running.current = null;
      queued.current = false;
    };
  }, [check]);

  return { check, checkSoon };
}
