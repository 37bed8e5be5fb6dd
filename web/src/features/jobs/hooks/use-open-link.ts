'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { getOpenLink, type OpenLink } from '../api/job-files';
import { OPEN_LINK_RETRY_MS, openLinkDue, openLinkExpired, openLinkRefreshDelay } from '../model/open-link-timing';

export type OpenLinkState =
  | { state: 'loading' }
  | { state: 'ready'; link: OpenLink; refreshing: boolean }
  | { state: 'error'; message: string };

/**
 * A signed link to open the job's file (or `name` in its folder) in the slicer:
 * fetched when the panel opens, replaced shortly before it expires, and
 * checked again when the tab comes back from the background (timers sleep
 * there). A failed refresh keeps the old link while it still works.
 */
export function useOpenLink(jobId: string, name: string | null | undefined, onSessionExpired: (error: unknown) => boolean) {
  const [link, setLink] = useState<OpenLinkState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const sessionRef = useRef(onSessionExpired);
  sessionRef.current = onSessionExpired;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | null = null;
    let current: OpenLink | null = null;
    let stopped = false;
    setLink({ state: 'loading' });

    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(fetchLink, delay);
    };

    function fetchLink() {
      clearTimeout(timer);
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      if (current) setLink({ state: 'ready', link: current, refreshing: true });
      getOpenLink(jobId, name, mine.signal).then(
        (fresh) => {
          if (stopped || mine.signal.aborted) return;
          current = fresh;
          setLink({ state: 'ready', link: fresh, refreshing: false });
          schedule(openLinkRefreshDelay(fresh.expires_at, Date.now()));
        },
        (error: unknown) => {
          if (stopped || isAbortError(error) || sessionRef.current(error)) return;
          if (current && !openLinkExpired(current.expires_at, Date.now())) {
            setLink({ state: 'ready', link: current, refreshing: false });
            schedule(OPEN_LINK_RETRY_MS);
            return;
          }
          current = null;
          setLink({ state: 'error', message: isApiError(error) ? error.message : 'Could not get a link to the file.' });
        },
      );
    }

    const onVisible = () => {
      if (document.visibilityState === 'visible' && current && openLinkDue(current.expires_at, Date.now())) fetchLink();
    };

    fetchLink();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [jobId, name, attempt]);

  return { link, retry };
}
