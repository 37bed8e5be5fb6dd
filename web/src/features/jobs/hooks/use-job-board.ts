'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ApiError, isApiError } from '@/lib/api';
import { getJobCounts, listJobs, type JobStatus, type JobSummary } from '../api/jobs';
import { boardReducer, boardView, classifyJobChange, initialBoardState, type Outcome } from '../model/board-state';
import { boardSearch, readBoardLocation, toJobQuery, type BoardFilters, type BoardLocation } from '../model/filters';
import type { OptimisticEffect } from '../model/job-actions';
import { useJobStream } from './use-job-stream';

/** Live changes often come in bursts (a step, then its lock release): one reload for the lot. */
export const LIVE_RELOAD_DEBOUNCE_MS = 150;

function outcome<T>(result: PromiseSettledResult<T>): Outcome<T> {
  if (result.status === 'fulfilled') return { ok: true, value: result.value };
  const reason: unknown = result.reason;
  return { ok: false, message: isApiError(reason) ? reason.message : 'Something went wrong while loading jobs.' };
}

/**
 * The board: the tab, page, search and filters (kept in the address bar), the
 * counts and the tab's page, kept current by the live event stream, and
 * optimistic updates for this workstation's own actions (`onLiveRefresh` hears
 * each live change and reconnect, e.g. to look for new jobs). Errors go to
 * `onError` first; if it returns true (it is redirecting to sign-in) they are
 * not shown.
 */
export function useJobBoard(
  onError: (error: unknown) => boolean,
  timeZone?: string,
  { onLiveRefresh }: { onLiveRefresh?: () => void } = {},
) {
  const searchParams = useSearchParams();
  const [location, setLocation] = useState<BoardLocation>(() =>
    readBoardLocation(new URLSearchParams(searchParams?.toString() ?? '')),
  );
  const [state, dispatch] = useReducer(boardReducer, initialBoardState);
  const query = useMemo(() => toJobQuery(location.filters, timeZone), [location.filters, timeZone]);
  const key = `${location.status}|${location.page}|${JSON.stringify(query)}`;

  const current = useRef({ status: location.status, page: location.page, query, key });
  current.current = { status: location.status, page: location.page, query, key };
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const onLiveRefreshRef = useRef(onLiveRefresh);
  onLiveRefreshRef.current = onLiveRefresh;
  const loads = useRef(0);
  const inFlight = useRef<AbortController | null>(null);
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changeIds = useRef(0);

  /** Load counts and the page; `visible` shows loading (user asked), otherwise it is a quiet refresh. */
  const load = useCallback((visible: boolean) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const seq = ++loads.current;
    const { status, page, query: q, key: k } = current.current;
    if (visible) dispatch({ type: 'loading', key: k });
    void Promise.allSettled([getJobCounts(q, controller.signal), listJobs({ status, page, query: q }, controller.signal)]).then(
      ([counts, list]) => {
        if (controller.signal.aborted) return;
        for (const result of [counts, list]) {
          if (result.status === 'rejected' && onErrorRef.current(result.reason)) return;
        }
        dispatch({ type: 'loaded', seq, key: k, status, at: Date.now(), counts: outcome(counts), list: outcome(list) });
      },
    );
  }, []);

  const scheduleReload = useCallback(() => {
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(() => load(false), LIVE_RELOAD_DEBOUNCE_MS);
  }, [load]);

  useEffect(() => {
    load(true);
  }, [key, load]);

  useEffect(
    () => () => {
      clearTimeout(reloadTimer.current);
      inFlight.current?.abort();
    },
    [],
  );

  // The address bar follows the view (replace, not push: tabs are not pages to go back through).
  useEffect(() => {
    const search = boardSearch(location);
    if (window.location.search !== search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
    }
  }, [location]);

  const live = useJobStream({
    onChange: (change) => {
      dispatch({ type: 'job-changed', change });
      if (classifyJobChange(change) === 'reload') {
        scheduleReload();
        onLiveRefreshRef.current?.();
      }
    },
    onReady: (reconnected) => {
      if (reconnected) {
        scheduleReload();
        onLiveRefreshRef.current?.();
      }
    },
    onExpired: () => {
      onErrorRef.current(new ApiError(401, 'session_expired', 'Your session ended.'));
    },
    onLost: scheduleReload,
  });

  /**
   * Show `effect` at once, run `action`, and keep the change once the server
   * accepted it (until a reload shows it) or drop it when the server refuses.
   */
  const runOptimistic = useCallback(
    async <T>(job: JobSummary, effect: OptimisticEffect, action: () => Promise<T>): Promise<T> => {
      const id = `change-${++changeIds.current}`;
      dispatch({ type: 'optimistic', change: { id, jobId: job.id, from: job.status, ...effect } });
      try {
        const result = await action();
        dispatch({ type: 'settled', id, seq: loads.current });
        scheduleReload();
        return result;
      } catch (error) {
        dispatch({ type: 'rolled-back', id });
        throw error;
      }
    },
    [scheduleReload],
  );

  const selectStatus = useCallback((status: JobStatus) => setLocation((l) => ({ ...l, status, page: 1 })), []);
  const setPage = useCallback((page: number) => setLocation((l) => ({ ...l, page })), []);
  const setFilters = useCallback(
    (patch: Partial<BoardFilters>) => setLocation((l) => ({ ...l, page: 1, filters: { ...l.filters, ...patch } })),
    [],
  );
  const refresh = useCallback(() => load(true), [load]);

  const view = boardView(state);
  return {
    status: location.status,
    page: location.page,
    filters: location.filters,
    counts: { ...state.counts, data: view.counts },
    list: { ...state.list, data: view.list },
    updatedAt: state.updatedAt === null ? null : new Date(state.updatedAt),
    live,
    selectStatus,
    setPage,
    setFilters,
    refresh,
    scheduleReload,
    runOptimistic,
  };
}

export type JobBoardModel = ReturnType<typeof useJobBoard>;
