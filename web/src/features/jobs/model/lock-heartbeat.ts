/*
 * A job's edit lock lasts five minutes on the server; while a dialog is open
 * the dashboard renews it every four (SPEC.md §4 "Locking"). A failed renewal
 * is tried again sooner, so one dropped request does not lose the lock.
 */

export const LOCK_HEARTBEAT_MS = 4 * 60_000;
export const LOCK_RETRY_MS = 30_000;

export interface LockHeartbeatOptions {
  /** Renews the lock; a rejection counts as a failed beat. */
  extend: () => Promise<unknown>;
  /**
   * Told about each failed beat. Return 'stop' when trying again is pointless
   * (someone else holds the lock now, the session ended).
   */
  onError?: (error: unknown) => 'stop' | 'retry' | void;
  /** Told when a beat succeeds (e.g. after failures, to clear a warning). */
  onBeat?: () => void;
  intervalMs?: number;
  retryMs?: number;
}

/**
 * Starts renewing; returns the function that stops it. Beats never overlap:
 * the next one is scheduled when the previous one has answered.
 */
export function startLockHeartbeat({
  extend,
  onError,
  onBeat,
  intervalMs = LOCK_HEARTBEAT_MS,
  retryMs = LOCK_RETRY_MS,
}: LockHeartbeatOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (delay: number) => {
    timer = setTimeout(beat, delay);
  };

  async function beat() {
    if (stopped) return;
    try {
      await extend();
    } catch (error) {
      if (stopped) return;
      if (onError?.(error) === 'stop') return;
      schedule(retryMs);
      return;
    }
    if (stopped) return;
    onBeat?.();
    schedule(intervalMs);
  }

  schedule(intervalMs);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
