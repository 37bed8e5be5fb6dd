import { describe, expect, it } from 'vitest';
import { MAX_CHIMES_AT_ONCE, NEW_JOB_TONE, SEEN_LIMIT, chimesFor, initialNewJobWatch, noteUploadedJobs } from './new-jobs';

describe('new-job detection', () => {
  it('only records the jobs of the first answer: opening the board never rings', () => {
    const { watch, fresh } = noteUploadedJobs(initialNewJobWatch, ['c', 'b', 'a']);
    expect(fresh).toEqual([]);
    expect(watch.seen).toEqual(['c', 'b', 'a']);
  });

  it('reports the ids it has not seen, newest first, once each', () => {
    let { watch } = noteUploadedJobs(initialNewJobWatch, ['b', 'a']);
    const second = noteUploadedJobs(watch, ['d', 'c', 'b', 'a']);
    expect(second.fresh).toEqual(['d', 'c']);
    watch = second.watch;
    expect(noteUploadedJobs(watch, ['d', 'c', 'b', 'a']).fresh).toEqual([]);
  });

  it('does not ring when a job leaves Uploaded, nor when a seen one comes back', () => {
    const { watch } = noteUploadedJobs(initialNewJobWatch, ['b', 'a']);
    const approved = noteUploadedJobs(watch, ['a']);
    expect(approved.fresh).toEqual([]);
    expect(approved.watch).toBe(watch); // nothing new: the same state
    expect(noteUploadedJobs(approved.watch, ['b', 'a']).fresh).toEqual([]);
  });

  it('counts growing while one job left and another arrived is still one new job', () => {
    const { watch } = noteUploadedJobs(initialNewJobWatch, ['b', 'a']);
    expect(noteUploadedJobs(watch, ['c', 'a']).fresh).toEqual(['c']);
  });

  it('forgets the oldest ids past the limit', () => {
    const many = Array.from({ length: SEEN_LIMIT }, (_, i) => `old-${i}`);
    const { watch } = noteUploadedJobs(initialNewJobWatch, many);
    const next = noteUploadedJobs(watch, ['new-1']);
    expect(next.watch.seen).toHaveLength(SEEN_LIMIT);
    expect(next.watch.seen?.at(-1)).toBe('new-1');
    expect(next.watch.seen?.[0]).toBe('old-1');
  });

  it('rings once per new job, at most a few times for a pile found at once', () => {
    expect(chimesFor(0)).toBe(0);
    expect(chimesFor(1)).toBe(1);
    expect(chimesFor(12)).toBe(MAX_CHIMES_AT_ONCE);
  });

  it('is the lab’s rising tone: 800 to 1200 Hz in 0.3 s', () => {
    expect(NEW_JOB_TONE).toEqual({ fromHz: 800, toHz: 1200, seconds: 0.3 });
  });
});
