'use client';

import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { JOB_STATUS_LABELS } from '../api/jobs';
import { useJobBoard } from '../hooks/use-job-board';
import { useNow } from '../hooks/use-now';
import { JobList } from './JobList';
import { JOB_PANEL_ID, StatusTabs, jobTabId } from './StatusTabs';

/** The staff overview: jobs grouped by status, one tab per status. */
export function JobBoard() {
  const onSessionExpired = useSessionExpiry();
  const board = useJobBoard(onSessionExpired);
  const now = useNow();
  const { list, counts } = board;
  const refreshing = list.state === 'loading' || counts.state === 'loading';

  return (
    <section aria-labelledby="job-board-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="job-board-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
            Print jobs
          </h1>
          <p className="min-h-5 text-sm text-slate-600" aria-live="polite">
            {board.updatedAt
              ? `Updated ${board.updatedAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
              : list.state === 'loading' && 'Loading…'}
          </p>
        </div>
        {/* Not disabled while loading: that would drop keyboard focus. */}
        <Button variant="secondary" onClick={board.refresh} aria-busy={refreshing || undefined}>
          {refreshing ? <Spinner /> : <RefreshIcon />}
          Refresh
        </Button>
      </div>

      {counts.state === 'error' && (
        <Alert tone="error">Could not load the job counts: {counts.message}</Alert>
      )}

      <StatusTabs selected={board.status} counts={counts.data ?? null} onSelect={board.selectStatus} />

      <div
        id={JOB_PANEL_ID}
        role="tabpanel"
        aria-labelledby={jobTabId(board.status)}
        tabIndex={0}
        className="rounded-xl pt-1"
      >
        <h2 className="sr-only">{JOB_STATUS_LABELS[board.status]} jobs</h2>
        <JobList
          status={board.status}
          page={list.data}
          loading={list.state === 'loading'}
          error={list.state === 'error' ? list.message : null}
          now={now}
          onRetry={board.refresh}
          onPage={board.setPage}
        />
      </div>
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
