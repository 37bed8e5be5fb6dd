import { describe, expect, it } from 'vitest';
import { scheduleText } from './RetentionScheduleNote';

const schedule = {
  enabled: true,
  daily_at: '03:30',
  time_zone: 'America/Denver',
  prune: true,
  next_run_at: '2026-11-26T10:30:00Z',
  archive_after_days: 45,
  prune_after_days: 365,
};

describe('the retention schedule in words', () => {
  it('names the time, the zone, what runs and when next', () => {
    const text = scheduleText({ state: 'loaded', schedule });
    expect(text).toMatch(/^Runs by itself every day at 03:30 \(America\/Denver\): archives jobs unchanged for 45 days/);
    expect(text).toContain('and prunes jobs archived for 365 days');
    expect(text).toContain('Next run: Nov 26, 2026');
  });

  it('says plainly when nothing is scheduled, and when it could not be asked', () => {
    expect(scheduleText({ state: 'loaded', schedule: { ...schedule, enabled: false, daily_at: null, next_run_at: null } }))
      .toMatch(/^Not scheduled: retention runs only when started here/);
    expect(scheduleText({ state: 'error' })).toMatch(/^Could not check the schedule right now/);
    expect(scheduleText({ state: 'loading' })).toMatch(/^Checking/);
  });
});
