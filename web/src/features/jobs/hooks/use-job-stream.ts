'use client';

import { useEffect, useRef, useState } from 'react';
import { JOB_STREAM_URL, parseJobChanged, type JobChanged } from '../api/job-stream';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'unavailable';

export interface JobStreamHandlers {
  onChange: (change: JobChanged) => void;
  /** `reconnected` is false for the first `ready` and true after any reconnect (then reload). */
  onReady: (reconnected: boolean) => void;
  /** The server ended the stream because the session ended. */
  onExpired: () => void;
  /** The stream failed for good (e.g. a 401 on reconnect); the board checks its session by reloading. */
  onLost?: () => void;
}

/** Waits before opening a new stream after the browser gave up on one. */
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

/**
 * One EventSource on /api/v1/jobs/stream for as long as the component lives.
 * The browser reconnects on its own after a dropped connection; when it gives
 * up (an error answer), a new one is opened after a growing pause.
 */
export function useJobStream(handlers: JobStreamHandlers): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setState('unavailable');
      return;
    }
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let readies = 0;
    let failures = 0;
    let closed = false;

    const connect = () => {
      source = new EventSource(JOB_STREAM_URL, { withCredentials: true });
      source.addEventListener('ready', () => {
        failures = 0;
        setState('live');
        latest.current.onReady(readies++ > 0);
      });
      source.addEventListener('job', (event) => {
        const change = parseJobChanged((event as MessageEvent<string>).data);
        if (change) latest.current.onChange(change);
      });
      source.addEventListener('expired', () => {
        closed = true;
        source?.close();
        latest.current.onExpired();
      });
      source.onerror = () => {
        if (closed || !source) return;
        if (source.readyState !== EventSource.CLOSED) {
          setState('reconnecting'); // the browser retries by itself
          return;
        }
        setState('reconnecting');
        latest.current.onLost?.();
        const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
        failures += 1;
        retry = setTimeout(connect, delay);
      };
    };

    connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      source?.close();
    };
  }, []);

  return state;
}
