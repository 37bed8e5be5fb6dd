import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_HEARTBEAT_MS, LOCK_RETRY_MS, startLockHeartbeat } from './lock-heartbeat';

const MINUTE = 60_000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('lock heartbeat', () => {
  it('renews every four minutes, not before', async () => {
    const extend = vi.fn().mockResolvedValue(undefined);
    const stop = startLockHeartbeat({ extend });

    await vi.advanceTimersByTimeAsync(4 * MINUTE - 1);
    expect(extend).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(extend).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(extend).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(8 * MINUTE);
    expect(extend).toHaveBeenCalledTimes(4);
    stop();
    expect(LOCK_HEARTBEAT_MS).toBe(4 * MINUTE);
  });

  it('stops renewing once stopped (the dialog closed)', async () => {
    const extend = vi.fn().mockResolvedValue(undefined);
    const stop = startLockHeartbeat({ extend });
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    stop();
    await vi.advanceTimersByTimeAsync(20 * MINUTE);
    expect(extend).toHaveBeenCalledTimes(1);
  });

  it('schedules the next beat only after the previous one answered', async () => {
    let answer!: () => void;
    const extend = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    const stop = startLockHeartbeat({ extend });
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    await vi.advanceTimersByTimeAsync(10 * MINUTE); // slow network: still one request
    expect(extend).toHaveBeenCalledTimes(1);
    answer();
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(extend).toHaveBeenCalledTimes(2);
    stop();
  });

  it('tries a failed renewal again after 30 s, and tells about it', async () => {
    const error = new Error('offline');
    const extend = vi.fn().mockRejectedValueOnce(error).mockResolvedValue(undefined);
    const onError = vi.fn();
    const onBeat = vi.fn();
    const stop = startLockHeartbeat({ extend, onError, onBeat });

    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(onError).toHaveBeenCalledWith(error);
    expect(onBeat).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(LOCK_RETRY_MS);
    expect(extend).toHaveBeenCalledTimes(2);
    expect(onBeat).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(extend).toHaveBeenCalledTimes(3);
    stop();
  });

  it('gives up when told to (someone else holds the lock now)', async () => {
    const extend = vi.fn().mockRejectedValue(new Error('409'));
    const stop = startLockHeartbeat({ extend, onError: () => 'stop' });
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(extend).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not report a failure that lands after it was stopped', async () => {
    let fail!: (e: unknown) => void;
    const extend = vi.fn(() => new Promise<void>((_, reject) => (fail = reject)));
    const onError = vi.fn();
    const stop = startLockHeartbeat({ extend, onError });
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    stop();
    fail(new Error('late'));
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(onError).not.toHaveBeenCalled();
  });
});
