'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Spinner } from '@/components/ui/Spinner';
import { adminActionError } from '@/features/admin/action-error';
import { isAbortError, isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/format-date';
import { CHOOSE_ACTING_STAFF_FIRST, useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { getAuditReport, runAuditAction, type StorageAuditReport } from '../api/files-audit';
import { findingsCount, outcomeText, type PlannedAction } from '../audit';
import { AuditFindings } from './AuditFindings';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'loaded'; report: StorageAuditReport };

/** Admin → Files audit: the storage root against the records, and the safe repairs, each confirmed first. */
export function FilesAudit() {
  const { staffName, focusPicker } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const [planned, setPlanned] = useState<PlannedAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const refresh = useCallback(() => {
    setLoaded((current) => (current.state === 'loaded' ? current : { state: 'loading' }));
    setRound((n) => n + 1);
  }, []);

  const [refreshing, setRefreshing] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    setRefreshing(true);
    getAuditReport(controller.signal)
      .then(
        (report) => setLoaded({ state: 'loaded', report }),
        (error: unknown) => {
          if (isAbortError(error) || onSessionExpired(error)) return;
          setLoaded({ state: 'error', message: isApiError(error) ? error.message : 'Could not read the storage audit.' });
        },
      )
      .finally(() => {
        if (!controller.signal.aborted) setRefreshing(false);
      });
    return () => controller.abort();
  }, [round, onSessionExpired]);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function plan(action: PlannedAction) {
    setDone(null);
    setActionError(null);
    if (!staffName) {
      setActionError(CHOOSE_ACTING_STAFF_FIRST);
      return focusPicker();
    }
    setPlanned(action);
  }

  async function perform() {
    if (!planned || busy || !staffName) return;
    setBusy(true);
    setActionError(null);
    try {
      const result = await runAuditAction(planned.action, { path: planned.path, jobId: planned.jobId }, staffName);
      setPlanned(null);
      setDone(outcomeText(result.action, result.outcome, result.path ?? `job ${result.job_id ?? ''}`));
      refresh();
    } catch (error) {
      if (onSessionExpired(error)) return;
      setActionError(adminActionError(error, 'The action did not go through. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  const report = loaded.state === 'loaded' ? loaded.report : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 ref={headingRef} className="text-2xl font-semibold tracking-tight text-slate-900">
            Files audit
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            The storage folder compared with the job records. Every repair here is safe: it asks first, touches only what it
            names, and is recorded under the staff member performing it.
          </p>
        </div>
        <Button variant="secondary" onClick={refresh} loading={refreshing && loaded.state !== 'loading'} disabled={loaded.state === 'loading'}>
          Check again
        </Button>
      </div>

      {!staffName && (
        <Alert tone="info" title="Who is making changes?">
          Choose your name in “Performing action as” at the top of the page: every repair is recorded under it.
        </Alert>
      )}
      {done && (
        <Alert ref={doneRef} tone="success" title="Done.">
          {done}
        </Alert>
      )}
      {actionError && !planned && <Alert tone="error">{actionError}</Alert>}

      {loaded.state === 'loading' && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner /> Reading the storage folder…
        </p>
      )}
      {loaded.state === 'error' && (
        <Alert tone="error" title="The audit could not be run">
          <p>{loaded.message}</p>
          <Button variant="secondary" className="mt-3" onClick={refresh}>
            Try again
          </Button>
        </Alert>
      )}

      {report && (
        <>
          <p className="text-sm text-slate-700" role="status" data-testid="audit-summary">
            {report.clean && report.pending_moves.length === 0 ? (
              <strong className="font-semibold">✓ All clear: </strong>
            ) : (
              <strong className="font-semibold">⚠ {findingsCount(report)} finding{findingsCount(report) === 1 ? '' : 's'}: </strong>
            )}
            {report.files_scanned} file{report.files_scanned === 1 ? '' : 's'} checked {formatDateTime(report.generated_at)}.
            {report.pending_moves.length > 0 && ` ${report.pending_moves.length} move${report.pending_moves.length === 1 ? '' : 's'} in progress.`}
          </p>
          <AuditFindings report={report} onPlan={plan} busy={busy} />
        </>
      )}

      {planned && (
        <Dialog title={planned.title} onClose={() => !busy && setPlanned(null)} description={planned.effect}>
          <div>
            {staffName && <p className="text-sm text-slate-600">Recorded as done by {staffName}.</p>}
            {actionError && (
              <Alert tone="error" className="mt-3">
                {actionError}
              </Alert>
            )}
            <div className="mt-5 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
              <Button variant="secondary" onClick={() => setPlanned(null)} disabled={busy} data-autofocus={planned.danger || undefined}>
                Cancel
              </Button>
              <Button variant={planned.danger ? 'danger' : 'primary'} onClick={perform} loading={busy} data-autofocus={!planned.danger || undefined}>
                {planned.button}
              </Button>
            </div>
          </div>
        </Dialog>
      )}
    </div>
  );
}
