import { describe, expect, it } from 'vitest';
import { checkReason, describeOverride, doneSentence, looksLikeJobId, resultingStatus, statusTargets, unavailableBecause } from './overrides';

const lock = { holder: 'front-desk · Grace Hopper', workstation: 'front-desk', staff_name: 'Grace Hopper', expires_at: '2030-01-01T00:00:00Z' };
const job = (status: Parameters<typeof statusTargets>[0], locked = false) => ({
  short_id: 'a1b2c3',
  student_name: 'Ada Lovelace',
  status,
  lock: locked ? lock : null,
});

describe('overrides', () => {
  it('offers each action only from the statuses the jobs service accepts it from', () => {
    expect(unavailableBecause('force-confirm', job('PENDING'))).toBeNull();
    expect(unavailableBecause('force-confirm', job('PRINTING'))).toBe('Only for a job that is Pending; this one is Printing.');
    expect(unavailableBecause('mark-failed', job('PRINTING'))).toBeNull();
    expect(unavailableBecause('mark-failed', job('READYTOPRINT'))).toMatch(/Only for a job that is Printing/);
    expect(unavailableBecause('change-status', job('ARCHIVED'))).toBeNull();
    expect(unavailableBecause('force-unlock', job('UPLOADED'))).toBe('Nobody holds this job’s edit lock.');
    expect(unavailableBecause('force-unlock', job('UPLOADED', true))).toBeNull();
  });

  it('change-status offers every status but the current one', () => {
    const targets = statusTargets('PRINTING');
    expect(targets).not.toContain('PRINTING');
    expect(targets).toEqual(['UPLOADED', 'PENDING', 'READYTOPRINT', 'COMPLETED', 'PAIDPICKEDUP', 'REJECTED', 'ARCHIVED']);
  });

  it('says where the job goes', () => {
    expect(resultingStatus('mark-failed', 'PRINTING', null)).toBe('READYTOPRINT');
    expect(resultingStatus('force-unlock', 'PRINTING', null)).toBe('PRINTING');
    expect(resultingStatus('change-status', 'PRINTING', 'COMPLETED')).toBe('COMPLETED');
    expect(describeOverride('change-status', job('PRINTING'), 'COMPLETED')).toBe(
      'The status of job A1B2C3 (Ada Lovelace) changes: Printing → Completed. Its file moves to the Completed folder.',
    );
    expect(describeOverride('force-unlock', job('UPLOADED', true), null)).toMatch(/front-desk · Grace Hopper/);
    expect(describeOverride('force-confirm', job('PENDING'), null)).toMatch(/Pending → Ready to Print/);
  });

  it('says what was done, in the past tense', () => {
    expect(doneSentence('change-status', job('UPLOADED'), { status: 'COMPLETED' })).toBe(
      'Change the status: Job A1B2C3 is now Completed (was Uploaded). The reason is on its trail.',
    );
    expect(doneSentence('force-unlock', job('PRINTING', true), { status: 'PRINTING' })).toBe(
      'Job A1B2C3’s edit lock is cleared; it stays Printing.',
    );
  });

  it('requires a reason of at most 1000 characters', () => {
    expect(checkReason('   ')).toEqual({ error: 'Give a reason: it is kept on the job’s trail.' });
    expect(checkReason('x'.repeat(1001))).toEqual({ error: 'Keep the reason to 1000 characters.' });
    expect(checkReason('  Student paid by phone ')).toEqual({ reason: 'Student paid by phone' });
  });

  it('tells a full job id from a Job ID', () => {
    expect(looksLikeJobId('a'.repeat(32))).toBe(true);
    expect(looksLikeJobId('A1B2C3')).toBe(false);
  });
});
