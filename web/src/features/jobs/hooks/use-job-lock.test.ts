import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { testDetail, testJob } from '@/test/jobs';
import { useJobLock } from './use-job-lock';

const job = testJob();
const MINUTE = 60_000;

function lockApi(extend: () => Response = () => json(testDetail(job))) {
  return mockFetch({
    [`POST /api/v1/jobs/${job.id}/lock`]: () => json(testDetail(job)),
    [`POST /api/v1/jobs/${job.id}/lock/extend`]: extend,
    [`POST /api/v1/jobs/${job.id}/unlock`]: () => json(testDetail(job)),
  });
}

const paths = (mock: ReturnType<typeof lockApi>) => mock.mock.calls.map(([u]) => String(u).replace(`/api/v1/jobs/${job.id}`, ''));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useJobLock', () => {
  it('takes the lock, renews it every four minutes, and lets go on unmount', async () => {
    const api = lockApi();
    const { result, unmount } = renderHook(() => useJobLock(job.id, 'Grace Hopper', () => false));
    expect(result.current.lock.phase).toBe('acquiring');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.lock.phase).toBe('held');

    await act(() => vi.advanceTimersByTimeAsync(8 * MINUTE));
    expect(paths(api)).toEqual(['/lock', '/lock/extend', '/lock/extend']);

    unmount();
    await act(() => vi.advanceTimersByTimeAsync(8 * MINUTE));
    expect(paths(api)).toEqual(['/lock', '/lock/extend', '/lock/extend', '/unlock']);
    expect(api.mock.calls.at(-1)![1]!.keepalive).toBe(true);
  });

  it('does not unlock what a successful step already released', async () => {
    const api = lockApi();
    const { result, unmount } = renderHook(() => useJobLock(job.id, 'Grace Hopper', () => false));
    await act(() => vi.advanceTimersByTimeAsync(0));
    result.current.markReleased();
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(paths(api)).toEqual(['/lock']);
  });

  it('never locks when closed before it started (a double mount in development)', async () => {
    const api = lockApi();
    const { unmount } = renderHook(() => useJobLock(job.id, 'Grace Hopper', () => false));
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(10 * MINUTE));
    expect(api).not.toHaveBeenCalled();
  });

  it('warns when someone else has taken the lock, and stops renewing', async () => {
    const api = lockApi(() =>
      apiError(409, 'conflict', 'office · Alex is working on this job.', { holder: 'office · Alex' }),
    );
    const { result } = renderHook(() => useJobLock(job.id, 'Grace Hopper', () => false));
    await act(() => vi.advanceTimersByTimeAsync(4 * MINUTE));
    expect(result.current.lock).toMatchObject({
      phase: 'held',
      warning: 'Your hold on this job has ended (office · Alex has it now). Saving may be refused.',
    });
    await act(() => vi.advanceTimersByTimeAsync(20 * MINUTE));
    expect(paths(api)).toEqual(['/lock', '/lock/extend']);
  });
});
