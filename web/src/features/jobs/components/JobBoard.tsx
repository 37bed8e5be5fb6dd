'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useCatalog } from '@/features/catalog/hooks/use-catalog';
import { CHOOSE_ACTING_STAFF_FIRST, useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { performAction, type ActionRequest } from '../api/job-actions';
import { JOB_STATUS_LABELS, type JobSummary } from '../api/jobs';
import { useJobBoard } from '../hooks/use-job-board';
import { useNewJobChime } from '../hooks/use-new-job-chime';
import { useNewJobWatch } from '../hooks/use-new-job-watch';
import { useNow } from '../hooks/use-now';
import { hasFilters } from '../model/filters';
import { optimisticEffect, type ActionKind } from '../model/job-actions';
import { ActionDialog } from './actions/ActionDialog';
import { JobFilters } from './JobFilters';
import { JobList } from './JobList';
import { LiveIndicator } from './LiveIndicator';
import { SoundSettingsPopover } from './SoundSettingsPopover';
import { JOB_PANEL_ID, StatusTabs, jobTabId } from './StatusTabs';

type Notice = { tone: 'success' | 'error'; text: string } | null;

/**
 * The staff overview: jobs by status (one tab each), searched and filtered,
 * kept live; each card's steps open a dialog that holds the job's lock.
 */
export function JobBoard() {
  const onSessionExpired = useSessionExpiry();
  const { catalog: catalogState } = useCatalog();
  const catalog = catalogState.state === 'loaded' ? catalogState.catalog : null;
  const sound = useNewJobChime();
  const [arrivals, setArrivals] = useState('');
  const reloadRef = useRef<() => void>(() => undefined);
  // Declared before the board so its first look goes out first (it only records what is waiting).
  const newJobs = useNewJobWatch((jobs) => {
    sound.chime(jobs.length);
    reloadRef.current();
    setArrivals(jobs.length === 1 ? `New job from ${jobs[0]!.student_name}.` : `${jobs.length} new jobs arrived.`);
  });
  const board = useJobBoard(onSessionExpired, catalog?.time_zone, { onLiveRefresh: newJobs.checkSoon });
  reloadRef.current = board.scheduleReload;
  const { staffName, workstation, focusPicker } = useActingStaff();
  const now = useNow(30_000);
  const [active, setActive] = useState<{ job: JobSummary; kind: ActionKind } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const { list, counts } = board;
  const refreshing = list.state === 'loading' || counts.state === 'loading';
  const filtered = hasFilters(board.filters);

  // Once someone is chosen, "choose someone first" has done its job.
  useEffect(() => {
    if (staffName) setNotice((n) => (n?.tone === 'error' ? null : n));
  }, [staffName]);

  const openAction = useCallback(
    (job: JobSummary, kind: ActionKind) => {
      if (!staffName) {
        setNotice({ tone: 'error', text: CHOOSE_ACTING_STAFF_FIRST });
        focusPicker();
        return;
      }
      setNotice(null);
      setActive({ job, kind });
    },
    [staffName, focusPicker],
  );

  const run = useCallback(
    (request: ActionRequest) => {
      if (!active || !staffName) return Promise.reject(new Error('No action open'));
      const { job, kind } = active;
      return board.runOptimistic(job, optimisticEffect(kind, request), () => performAction(job.id, request, staffName));
    },
    [active, staffName, board.runOptimistic],
  );

  return (
    <section aria-labelledby="job-board-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="job-board-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
            Print jobs
          </h1>
          <p className="flex min-h-5 flex-wrap items-center gap-x-3 text-sm text-slate-600">
            <LiveIndicator state={board.live} />
            <span aria-live="polite">
              {board.updatedAt
                ? `Updated ${board.updatedAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`
                : list.state === 'loading' && 'Loading…'}
            </span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SoundSettingsPopover settings={sound.settings} onChange={sound.update} onTest={sound.test} />
          {/* Not disabled while loading: that would drop keyboard focus. */}
          <Button variant="secondary" onClick={board.refresh} aria-busy={refreshing || undefined}>
            {refreshing ? <Spinner /> : <RefreshIcon />}
            Refresh
          </Button>
        </div>
      </div>
      <p className="sr-only" role="status" data-testid="new-job-announcement">
        {arrivals}
      </p>

      {!staffName && notice?.tone !== 'error' && (
        <Alert tone="info">
          Choose your name in “Performing action as” before working on jobs: every step records who did it.{' '}
          <button type="button" onClick={focusPicker} className="font-semibold underline underline-offset-2">
            Choose now
          </button>
        </Alert>
      )}
      <div aria-live="polite" aria-atomic="true">
        {notice?.tone === 'success' && (
          <Alert tone="success">
            <span className="flex items-start justify-between gap-3">
              <span>{notice.text}</span>
              <button
                type="button"
                onClick={() => setNotice(null)}
                className="-my-1 grid size-7 shrink-0 place-items-center rounded-md text-emerald-900 hover:bg-emerald-100"
              >
                <span aria-hidden="true">✕</span>
                <span className="sr-only">Dismiss</span>
              </button>
            </span>
          </Alert>
        )}
      </div>
      {notice?.tone === 'error' && <Alert tone="error">{notice.text}</Alert>}

      <JobFilters filters={board.filters} catalog={catalog} onChange={board.setFilters} />

      {counts.state === 'error' && <Alert tone="error">Could not load the job counts: {counts.message}</Alert>}

      <div>
        <StatusTabs selected={board.status} counts={counts.data ?? null} onSelect={board.selectStatus} matching={filtered} />
        {filtered && (
          <p className="mt-1.5 text-xs font-medium text-orange-800">The counts show the jobs matching the search and filters.</p>
        )}
      </div>

      <div id={JOB_PANEL_ID} role="tabpanel" aria-labelledby={jobTabId(board.status)} tabIndex={0} className="rounded-xl pt-1">
        <h2 className="sr-only">
          {JOB_STATUS_LABELS[board.status]} jobs{filtered ? ' matching the search and filters' : ''}
        </h2>
        <JobList
          status={board.status}
          page={list.data}
          loading={list.state === 'loading'}
          error={list.state === 'error' ? list.message : null}
          filtered={filtered}
          now={now}
          viewer={{ workstation, staffName }}
          timeZone={catalog?.time_zone}
          onRetry={board.refresh}
          onPage={board.setPage}
          onAction={openAction}
        />
      </div>

      {active && staffName && (
        <ActionDialog
          key={`${active.job.id}:${active.kind}`}
          job={active.job}
          kind={active.kind}
          staffName={staffName}
          catalog={catalog}
          run={run}
          onClose={() => setActive(null)}
          onDone={(text) => {
            setActive(null);
            setNotice({ tone: 'success', text });
          }}
          onStale={board.scheduleReload}
          fallbackFocus={() => document.getElementById(JOB_PANEL_ID)}
        />
      )}
    </section>
  );
}

function RefreshIcon() {
  return (
    <svg className="size-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
