'use client';

import { useCallback, useEffect, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { getTracking, type Tracking } from '../api/tracking';

export type TrackingState =
  | { state: 'loading' }
  | { state: 'loaded'; tracking: Tracking }
  | { state: 'not-found' }
  | { state: 'error'; message: string };

/** The student's request behind a tracking token; `retry` after an error. */
export function useTracking(token: string) {
  const [tracking, setTracking] = useState<TrackingState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setTracking({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    getTracking(token, controller.signal).then(
      (loaded) => setTracking({ state: 'loaded', tracking: loaded }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        if (isApiError(error) && error.status === 404) return setTracking({ state: 'not-found' });
        setTracking({ state: 'error', message: isApiError(error) ? error.message : 'Could not load your request.' });
      },
    );
    return () => controller.abort();
  }, [token, attempt]);

  return { tracking, retry };
}
