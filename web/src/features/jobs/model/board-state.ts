import type { JobChanged } from '../api/job-stream';
import { JOB_STATUSES, type JobCounts, type JobPage, type JobStatus, type JobSummary } from '../api/jobs';
import { holderOf } from './job-actions';

/*
 * The board's state as a reducer: what the server last said (counts and the
 * open tab's page), live changes patched in from the event stream, and the
 * optimistic changes of this workstation's own actions layered on top until
 * the server has confirmed them (or refused: then they are simply dropped).
 */

export type Loadable<T> =
  | { state: 'loading'; data?: T }
  | { state: 'ready'; data: T }
  | { state: 'error'; message: string; data?: T };

/** A page of one tab, with the key (status, filters, page) it was loaded for. */
export interface ListData extends JobPage {
  key: string;
  status: JobStatus;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** One of our own actions, shown before the server answered. */
export interface OptimisticChange {
  id: string;
  jobId: string;
  from: JobStatus;
  /** The new status; null = gone; undefined = stays. */
  to?: JobStatus | null;
  patch?: Partial<JobSummary>;
  /**
   * Set when the server accepted it: the number of the last load started before
   * that. A load started later already shows the change, so it replaces this one.
   */
  settledAfter?: number;
}

export interface BoardState {
  counts: Loadable<JobCounts>;
  list: Loadable<ListData>;
  changes: OptimisticChange[];
  updatedAt: number | null;
}

export const initialBoardState: BoardState = {
  counts: { state: 'loading' },
  list: { state: 'loading' },
  changes: [],
  updatedAt: null,
};

export type BoardEvent =
  | { type: 'loading'; key: string }
  | {
      type: 'loaded';
      seq: number;
      key: string;
      status: JobStatus;
      at: number;
      counts: Outcome<JobCounts>;
      list: Outcome<JobPage>;
    }
  | { type: 'optimistic'; change: OptimisticChange }
  | { type: 'settled'; id: string; seq: number }
  | { type: 'rolled-back'; id: string }
  | { type: 'job-changed'; change: JobChanged };

const LOCK_ACTIONS = new Set(['lock', 'unlock', 'force_unlock']);

/**
 * Whether a live change only took or let go of a lock (patched in place) or
 * changed the job itself (counts and the page are loaded again).
 */
export function classifyJobChange(change: JobChanged): 'lock' | 'reload' {
  const lockOnly = LOCK_ACTIONS.has(change.action) && !change.deleted && change.status === change.previous_status;
  return lockOnly ? 'lock' : 'reload';
}

function applyJobChanged(list: ListData, change: JobChanged): ListData {
  const index = list.jobs.findIndex((job) => job.id === change.job_id);
  if (index < 0) return list;
  if (change.deleted || change.status !== list.status) {
    return { ...list, jobs: list.jobs.filter((job) => job.id !== change.job_id), total: Math.max(0, list.total - 1) };
  }
  const lock = change.lock ? { ...change.lock, holder: holderOf(change.lock) } : null;
  const jobs = list.jobs.slice();
  jobs[index] = { ...jobs[index]!, lock };
  return { ...list, jobs };
}

export function boardReducer(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'loading': {
      const keep = state.list.data?.key === event.key ? state.list.data : undefined;
      return { ...state, counts: { state: 'loading', data: state.counts.data }, list: { state: 'loading', data: keep } };
    }
    case 'loaded': {
      const counts: Loadable<JobCounts> = event.counts.ok
        ? { state: 'ready', data: event.counts.value }
        : { state: 'error', message: event.counts.message, data: state.counts.data };
      const sameKey = state.list.data?.key === event.key ? state.list.data : undefined;
      const list: Loadable<ListData> = event.list.ok
        ? { state: 'ready', data: { ...event.list.value, key: event.key, status: event.status } }
        : { state: 'error', message: event.list.message, data: sameKey };
      const changes = state.changes.filter((c) => c.settledAfter === undefined || event.seq <= c.settledAfter);
      return { counts, list, changes, updatedAt: event.list.ok ? event.at : state.updatedAt };
    }
    case 'optimistic':
      return { ...state, changes: [...state.changes, event.change] };
    case 'settled':
      return {
        ...state,
        changes: state.changes.map((c) => (c.id === event.id ? { ...c, settledAfter: event.seq } : c)),
      };
    case 'rolled-back':
      return { ...state, changes: state.changes.filter((c) => c.id !== event.id) };
    case 'job-changed': {
      const data = state.list.data;
      if (!data) return state;
      const next = applyJobChanged(data, event.change);
      return next === data ? state : { ...state, list: { ...state.list, data: next } as Loadable<ListData> };
    }
  }
}

function applyToCounts(counts: JobCounts, change: OptimisticChange): JobCounts {
  if (change.to === undefined || change.to === change.from) return counts;
  const next = { ...counts };
  next[change.from] = Math.max(0, next[change.from] - 1);
  if (change.to !== null) next[change.to] += 1;
  return next;
}

function applyToList(list: ListData, change: OptimisticChange): ListData {
  const index = list.jobs.findIndex((job) => job.id === change.jobId);
  if (index < 0) return list;
  const leaves = change.to === null || (change.to !== undefined && change.to !== list.status);
  if (leaves) {
    return { ...list, jobs: list.jobs.filter((job) => job.id !== change.jobId), total: Math.max(0, list.total - 1) };
  }
  const jobs = list.jobs.slice();
  jobs[index] = { ...jobs[index]!, ...change.patch, ...(change.to ? { status: change.to } : {}) };
  return { ...list, jobs };
}

/** What the board shows: the server's data with our pending changes on top. */
export function boardView(state: BoardState): { counts: JobCounts | undefined; list: ListData | undefined } {
  let counts = state.counts.data;
  let list = state.list.data;
  for (const change of state.changes) {
    if (counts) counts = applyToCounts(counts, change);
    if (list) list = applyToList(list, change);
  }
  return { counts, list };
}

/** A zero for every status (tests, first paint). */
export function emptyCounts(): JobCounts {
  return Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as JobCounts;
}
