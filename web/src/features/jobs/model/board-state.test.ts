import { describe, expect, it } from 'vitest';
import type { JobChanged } from '../api/job-stream';
import type { JobCounts, JobSummary } from '../api/jobs';
import {
  boardReducer,
  boardView,
  classifyJobChange,
  emptyCounts,
  initialBoardState,
  type BoardEvent,
  type BoardState,
} from './board-state';

function job(id: string, overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    id,
    short_id: id.slice(0, 6),
    status: 'UPLOADED',
    student_name: `Student ${id}`,
    student_email: `${id}@uni.example`,
    display_name: null,
    original_filename: `${id}.stl`,
    created_at: '2026-11-24T12:00:00Z',
    updated_at: '2026-11-24T12:00:00Z',
    has_notes: false,
    staff_viewed_at: null,
    lock: null,
    ...overrides,
  };
}

const counts: JobCounts = { ...emptyCounts(), UPLOADED: 2, PENDING: 1 };

function loaded(seq: number, jobs = [job('aaa111'), job('bbb222')], c: JobCounts = counts): BoardEvent {
  return {
    type: 'loaded',
    seq,
    key: 'UPLOADED|',
    status: 'UPLOADED',
    at: 1000 + seq,
    counts: { ok: true, value: c },
    list: { ok: true, value: { jobs, total: jobs.length, page: 1, page_size: 50 } },
  };
}

const run = (...events: BoardEvent[]): BoardState => events.reduce(boardReducer, initialBoardState);

function changed(overrides: Partial<JobChanged>): JobChanged {
  return {
    event_id: 'e1',
    actor: { kind: 'staff', staff_name: 'Alex', workstation_id: 'front-desk' },
    job_id: 'aaa111',
    action: 'lock',
    status: 'UPLOADED',
    previous_status: 'UPLOADED',
    at: '2026-11-25T12:00:00Z',
    job: { short_id: 'aaa111', student_name: 'Student aaa111' },
    lock: null,
    deleted: false,
    ...overrides,
  };
}

describe('live job changes', () => {
  it('patches a lock taken elsewhere into the card, naming the holder, without a reload', () => {
    const lock = { workstation: 'front-desk', staff_name: 'Alex', expires_at: '2026-11-25T12:05:00Z' };
    const event = changed({ lock });
    expect(classifyJobChange(event)).toBe('lock');
    const state = run(loaded(1), { type: 'job-changed', change: event });
    expect(boardView(state).list?.jobs[0]?.lock).toEqual({ ...lock, holder: 'front-desk · Alex' });

    const released = boardReducer(state, { type: 'job-changed', change: changed({ action: 'unlock', lock: null }) });
    expect(boardView(released).list?.jobs[0]?.lock).toBeNull();
  });

  it('takes a card out of the tab when its job moved on or was deleted, and asks for a reload', () => {
    const approved = changed({ action: 'approve', status: 'PENDING' });
    expect(classifyJobChange(approved)).toBe('reload');
    const state = run(loaded(1), { type: 'job-changed', change: approved });
    expect(boardView(state).list?.jobs.map((j) => j.id)).toEqual(['bbb222']);
    expect(boardView(state).list?.total).toBe(1);

    const deleted = changed({ job_id: 'bbb222', action: 'delete', deleted: true });
    expect(classifyJobChange(deleted)).toBe('reload');
    expect(boardView(boardReducer(state, { type: 'job-changed', change: deleted })).list?.jobs).toEqual([]);
  });

  it('asks for a reload for a job it does not show (it may belong in this tab now)', () => {
    const confirmed = changed({ job_id: 'zzz999', action: 'confirm', status: 'UPLOADED', previous_status: 'PENDING' });
    expect(classifyJobChange(confirmed)).toBe('reload');
    const before = run(loaded(1));
    expect(boardReducer(before, { type: 'job-changed', change: confirmed })).toBe(before);
  });

  it('ignores changes before anything is loaded', () => {
    expect(boardReducer(initialBoardState, { type: 'job-changed', change: changed({}) })).toBe(initialBoardState);
  });
});

describe('optimistic updates', () => {
  const approve = { id: 'op1', jobId: 'aaa111', from: 'UPLOADED' as const, to: 'PENDING' as const };

  it('moves the card out of the tab and the count to the next status at once', () => {
    const view = boardView(run(loaded(1), { type: 'optimistic', change: approve }));
    expect(view.list?.jobs.map((j) => j.id)).toEqual(['bbb222']);
    expect(view.counts?.UPLOADED).toBe(1);
    expect(view.counts?.PENDING).toBe(2);
  });

  it('puts everything back when the server refuses', () => {
    const state = run(loaded(1), { type: 'optimistic', change: approve }, { type: 'rolled-back', id: 'op1' });
    const view = boardView(state);
    expect(view.list?.jobs.map((j) => j.id)).toEqual(['aaa111', 'bbb222']);
    expect(view.counts).toEqual(counts);
  });

  it('survives a reload that started before the server answered, and gives way to one after', () => {
    const moved: JobCounts = { ...counts, UPLOADED: 1, PENDING: 2 };
    let state = run(loaded(1), { type: 'optimistic', change: approve });
    // Another workstation's change reloads the board while our approval is still on its way.
    state = boardReducer(state, loaded(2));
    expect(boardView(state).list?.jobs.map((j) => j.id)).toEqual(['bbb222']);
    state = boardReducer(state, { type: 'settled', id: 'op1', seq: 2 });
    expect(state.changes).toHaveLength(1);
    // The next load shows the server's truth: the optimistic layer is dropped, not applied twice.
    state = boardReducer(state, loaded(3, [job('bbb222')], moved));
    expect(state.changes).toHaveLength(0);
    expect(boardView(state).counts).toEqual(moved);
  });

  it('patches a card that stays in its tab (reviewed, notes)', () => {
    const state = run(loaded(1), {
      type: 'optimistic',
      change: { id: 'op2', jobId: 'bbb222', from: 'UPLOADED', patch: { staff_viewed_at: '2026-11-25T12:00:00Z' } },
    });
    const view = boardView(state);
    expect(view.list?.jobs[1]?.staff_viewed_at).toBe('2026-11-25T12:00:00Z');
    expect(view.counts).toEqual(counts);
  });

  it('counts a deleted job out of its status', () => {
    const state = run(loaded(1), { type: 'optimistic', change: { id: 'op3', jobId: 'aaa111', from: 'UPLOADED', to: null } });
    expect(boardView(state).counts?.UPLOADED).toBe(1);
    expect(boardView(state).list?.total).toBe(1);
  });
});

describe('loading', () => {
  it('keeps the cards while the same tab reloads, and starts blank for another tab', () => {
    const state = run(loaded(1));
    expect(boardReducer(state, { type: 'loading', key: 'UPLOADED|' }).list.data?.jobs).toHaveLength(2);
    expect(boardReducer(state, { type: 'loading', key: 'PENDING|' }).list.data).toBeUndefined();
  });

  it('keeps the last counts when they fail to load', () => {
    const failed: BoardEvent = { ...(loaded(2) as Extract<BoardEvent, { type: 'loaded' }>), counts: { ok: false, message: 'down' } };
    const state = run(loaded(1), failed);
    expect(state.counts).toEqual({ state: 'error', message: 'down', data: counts });
  });
});
