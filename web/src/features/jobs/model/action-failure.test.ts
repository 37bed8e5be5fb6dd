import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { describeFailure, failureMeansStale, failureTitle } from './action-failure';

describe('describeFailure', () => {
  it('names the holder of a lock', () => {
    const failure = describeFailure(
      new ApiError(409, 'conflict', 'front-desk · Alex is working on this job; try again when they are done.', {
        holder: 'front-desk · Alex',
        locked_until: '2026-11-25T12:05:00+00:00',
      }),
    );
    expect(failure).toEqual({
      kind: 'locked',
      holder: 'front-desk · Alex',
      message: 'front-desk · Alex is working on this job; try again when they are done.',
      until: '2026-11-25T12:05:00+00:00',
    });
    expect(failureTitle(failure)).toBe('Locked by front-desk · Alex');
    expect(failureMeansStale(failure)).toBe(true);
  });

  it('names the status a job moved to', () => {
    const failure = describeFailure(
      new ApiError(409, 'conflict', 'Cannot approve: the job is Pending now.', { current_status: 'PENDING' }),
    );
    expect(failure).toMatchObject({ kind: 'status', currentStatus: 'PENDING' });
    expect(failureTitle(failure)).toBe('This job is Pending now');
    expect(failureMeansStale(failure)).toBe(true);
  });

  it('keeps field errors for the form', () => {
    const failure = describeFailure(new ApiError(422, 'validation_error', 'Check the weight.', { weight_g: 'must be above 0' }));
    expect(failure).toEqual({ kind: 'fields', fields: { weight_g: 'must be above 0' }, message: 'Check the weight.' });
    expect(failureMeansStale(failure)).toBe(false);
  });

  it('says when the job is gone, and passes anything else through', () => {
    expect(describeFailure(new ApiError(404, 'not_found', 'There is no job x.')).kind).toBe('gone');
    expect(describeFailure(new ApiError(503, 'unavailable', 'Down for a minute.'))).toEqual({
      kind: 'other',
      message: 'Down for a minute.',
    });
    expect(describeFailure(new Error('boom')).kind).toBe('other');
  });
});
