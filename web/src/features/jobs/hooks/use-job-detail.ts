'use client';

import { useCallback, useEffect, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { getJob, getJobEvents, type JobDetail, type JobEventItem } from '../api/jobs';

export type JobDetailState =
  | { state: 'loading' }
  | { state: 'ready'; job: JobDetail; events: JobEventItem[] | null; eventsError: string | null }
  | { state: 'error'; message: string };

/**
 * A job's details and audit trail, loaded when a card is expanded and again
 * whenever `version` changes (the card changed meanwhile). The trail failing
 * alone still shows the details.
 */
export function useJobDetail(jobId: string, version: string, onSessionExpired: (error: unknown) => boolean) {
  const [detail, setDetail] = useState<JobDetailState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    Promise.allSettled([getJob(jobId, signal), getJobEvents(jobId, signal)]).then(([job, events]) => {
      if (signal.aborted) return;
      for (const result of [job, events]) {
        if (result.status === 'rejected' && (isAbortError(result.reason) || onSessionExpired(result.reason))) return;
      }
      if (job.status === 'rejected') {
        const reason: unknown = job.reason;
        setDetail({ state: 'error', message: isApiError(reason) ? reason.message : 'Could not load this job.' });
        return;
      }
      setDetail({
        state: 'ready',
        job: job.value,
        events: events.status === 'fulfilled' ? events.value : null,
        eventsError:
          events.status === 'rejected'
            ? isApiError(events.reason)
              ? events.reason.message
              : 'Could not load the history.'
            : null,
      });
    });
    return () => controller.abort();
  }, [jobId, version, attempt, onSessionExpired]);

  return { detail, retry };
}
