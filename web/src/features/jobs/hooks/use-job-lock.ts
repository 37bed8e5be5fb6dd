'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '@/lib/api';
import { extendJobLock, lockJob, unlockJob } from '../api/job-actions';
import type { JobDetail } from '../api/jobs';
import { describeFailure, type ActionFailure } from '../model/action-failure';
import { startLockHeartbeat } from '../model/lock-heartbeat';

export type JobLockState =
  | { phase: 'acquiring' }
  /** Ours; `job` is the job as the lock call found it (fresher than the card). */
  | { phase: 'held'; job: JobDetail; warning: string | null }
  | { phase: 'refused'; failure: ActionFailure };

/**
 * Holds the job's edit lock while the component is mounted (an action dialog
 * is open): takes it, renews it every four minutes, and lets go of it on
 * unmount or when the page is closed — unless `markReleased()` said a
 * successful step already released it on the server.
 */
export function useJobLock(jobId: string, staffName: string, onSessionExpired: (error: unknown) => boolean) {
  const [lock, setLock] = useState<JobLockState>({ phase: 'acquiring' });
  const released = useRef(false);
  const expiredRef = useRef(onSessionExpired);
  expiredRef.current = onSessionExpired;

  useEffect(() => {
    let acquired = false;
    let unmounted = false;
    let stopHeartbeat: (() => void) | undefined;

    const letGo = () => {
      if (!acquired || released.current) return;
      acquired = false;
      unlockJob(jobId, staffName).catch(() => undefined); // it expires by itself within five minutes anyway
    };

    // Deferred a tick: React's development double-mount must not lock, unlock and lock again out of order.
    const start = setTimeout(() => {
      lockJob(jobId, staffName).then(
        (job) => {
          acquired = true;
          if (unmounted) return letGo();
          setLock({ phase: 'held', job, warning: null });
          stopHeartbeat = startLockHeartbeat({
            extend: () => extendJobLock(jobId, staffName),
            onBeat: () => setLock((l) => (l.phase === 'held' && l.warning ? { ...l, warning: null } : l)),
            onError: (error) => {
              if (expiredRef.current(error)) return 'stop';
              const failure = describeFailure(error);
              const lost = failure.kind === 'locked' || (isApiError(error) && error.status === 403);
              const warning = lost
                ? `Your hold on this job has ended${failure.kind === 'locked' ? ` (${failure.holder} has it now)` : ''}. Saving may be refused.`
                : 'Could not renew your hold on this job; trying again.';
              setLock((l) => (l.phase === 'held' ? { ...l, warning } : l));
              return lost ? 'stop' : 'retry';
            },
          });
        },
        (error: unknown) => {
          if (unmounted || expiredRef.current(error)) return;
          setLock({ phase: 'refused', failure: describeFailure(error) });
        },
      );
    }, 0);

    window.addEventListener('pagehide', letGo);
    return () => {
      unmounted = true;
      clearTimeout(start);
      stopHeartbeat?.();
      window.removeEventListener('pagehide', letGo);
      letGo();
    };
  }, [jobId, staffName]);

  /** A successful step released the lock on the server: do not unlock again on close. */
  const markReleased = useCallback(() => {
    released.current = true;
  }, []);

  return { lock, markReleased };
}
