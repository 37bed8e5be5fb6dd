'use client';

import { useEffect, useState } from 'react';
import { formatDate } from '@/lib/format-date';
import { fetchRetentionSchedule, type RetentionSchedule } from '../api/retention';

type State = { state: 'loading' } | { state: 'loaded'; schedule: RetentionSchedule } | { state: 'error' };

/** Whether retention also runs by itself: an operator's setting, shown so the admin is not surprised. */
export function RetentionScheduleNote() {
  const [state, setState] = useState<State>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    fetchRetentionSchedule().then(
      (schedule) => live && setState({ state: 'loaded', schedule }),
      () => live && setState({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section
      aria-label="Schedule"
      aria-busy={state.state === 'loading'}
      className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm"
      data-testid="retention-schedule"
    >
      <h2 className="font-semibold text-slate-900">Schedule</h2>
      <p className="mt-1">{scheduleText(state)}</p>
    </section>
  );
}

export function scheduleText(state: State): string {
  if (state.state === 'loading') return 'Checking whether retention also runs by itself…';
  if (state.state === 'error') return 'Could not check the schedule right now. Archiving and pruning from this page still work.';
  const { schedule } = state;
  if (!schedule.enabled || !schedule.daily_at) {
    return (
      'Not scheduled: retention runs only when started here. An operator can make it run every day ' +
      '(PRINTDESK_JOBS_RETENTION_DAILY_AT, see the runbook).'
    );
  }
  const what = schedule.prune
    ? `archives jobs unchanged for ${schedule.archive_after_days} days and prunes jobs archived for ${schedule.prune_after_days} days`
    : `archives jobs unchanged for ${schedule.archive_after_days} days (pruning stays manual)`;
  const next = schedule.next_run_at ? ` Next run: ${formatDate(schedule.next_run_at, schedule.time_zone)}.` : '';
  return `Runs by itself every day at ${schedule.daily_at} (${schedule.time_zone}): ${what}.${next}`;
}
