'use client';

import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Spinner } from '@/components/ui/Spinner';
import type { Catalog } from '@/features/catalog/api/catalog';
import { formatDateTime } from '@/lib/format-date';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import type { ActionRequest } from '../../api/job-actions';
import { JOB_STATUS_LABELS, type JobDetail, type JobSummary } from '../../api/jobs';
import { useJobLock } from '../../hooks/use-job-lock';
import { describeFailure, failureMeansStale, failureTitle, type ActionFailure } from '../../model/action-failure';
import { actionTitle, successMessage } from '../../model/action-texts';
import { allowedFrom, type ActionKind } from '../../model/job-actions';
import { PersonIcon } from '../icons';
import { ActionForm } from './ActionForm';

export interface ActionDialogProps {
  job: JobSummary;
  kind: ActionKind;
  staffName: string;
  catalog: Catalog | null;
  /** Sends the step (with the board's optimistic update); rejects with the API's error. */
  run: (request: ActionRequest) => Promise<JobDetail | null>;
  onClose: () => void;
  /** The step succeeded: close, and say so on the board. */
  onDone: (message: string) => void;
  /** The card is out of date (locked elsewhere, moved on, gone): reload the board. */
  onStale: () => void;
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * One step on one job, in a modal dialog: takes the job's edit lock first (and
 * shows who has it when that is refused), then the step's form and its
 * confirmation, and keeps the lock until the dialog closes.
 */
export function ActionDialog({ job, kind, staffName, catalog, run, onClose, onDone, onStale, fallbackFocus }: ActionDialogProps) {
  const onSessionExpired = useSessionExpiry();
  const { lock, markReleased } = useJobLock(job.id, staffName, onSessionExpired);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const staleRef = useRef(onStale);
  staleRef.current = onStale;

  const refused = lock.phase === 'refused' ? lock.failure : null;
  const movedOn = lock.phase === 'held' && !allowedFrom(kind, lock.job.status) ? lock.job : null;

  useEffect(() => {
    if (refused || movedOn) staleRef.current();
  }, [refused, movedOn]);

  // Once the lock is settled, start at the form's first field (or the panel's button).
  useEffect(() => {
    if (lock.phase === 'acquiring') return;
    const first =
      body.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      body.current?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled])') ??
      body.current?.querySelector<HTMLElement>('[data-confirm-heading], button:not([disabled])');
    first?.focus();
  }, [lock.phase]);

  async function submit(request: ActionRequest) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const updated = await run(request);
      markReleased();
      onDone(successMessage(request, job, updated?.cost));
    } catch (error) {
      if (onSessionExpired(error)) return;
      const found = describeFailure(error);
      setFailure(found);
      setBusy(false);
      if (failureMeansStale(found)) onStale();
    }
  }

  return (
    <Dialog
      title={actionTitle(kind, job)}
      onClose={onClose}
      size={kind === 'approve' || kind === 'payment' ? 'lg' : 'md'}
      fallbackFocus={fallbackFocus}
      description={
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>
            Job <span className="font-mono font-semibold text-slate-900">{job.short_id}</span>
          </span>
          <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-200">
            <PersonIcon /> Performing as <strong className="text-slate-900">{staffName}</strong>
          </span>
        </span>
      }
    >
      <div ref={body} className="space-y-4">
        {lock.phase === 'acquiring' && (
          <p role="status" className="flex items-center gap-2 py-6 text-sm text-slate-600">
            <Spinner /> Opening job {job.short_id} and holding it for you…
          </p>
        )}

        {refused && <RefusedPanel failure={refused} onClose={onClose} />}

        {movedOn && (
          <RefusedPanel
            failure={{
              kind: 'status',
              currentStatus: movedOn.status,
              message: `Someone moved this job to ${JOB_STATUS_LABELS[movedOn.status]} meanwhile; the board has been refreshed.`,
            }}
            onClose={onClose}
          />
        )}

        {/* The job moved on, is gone or someone else has it: nothing left to do here but close. */}
        {lock.phase === 'held' && !movedOn && failure && failureMeansStale(failure) && (
          <RefusedPanel failure={failure} onClose={onClose} />
        )}

        {lock.phase === 'held' && !movedOn && !(failure && failureMeansStale(failure)) && (
          <>
            {lock.warning && <Alert tone="info">{lock.warning}</Alert>}
            {failure && failure.kind !== 'fields' && <FailureAlert failure={failure} />}
            {failure?.kind === 'fields' && (
              <Alert tone="error" title={failureTitle(failure)}>
                {failure.message}
              </Alert>
            )}
            <ActionForm
              kind={kind}
              job={lock.job}
              catalog={catalog}
              busy={busy}
              failure={failure}
              onSubmit={submit}
              onCancel={onClose}
            />
          </>
        )}
      </div>
    </Dialog>
  );
}

function FailureAlert({ failure }: { failure: ActionFailure }) {
  return (
    <Alert tone="error" title={failureTitle(failure)}>
      <p>{failure.message}</p>
      {failure.kind === 'locked' && failure.until && (
        <p className="mt-1">Their hold ends by {formatDateTime(failure.until)} at the latest.</p>
      )}
    </Alert>
  );
}

/** The lock was refused (or the job moved on): say why, and nothing else to do but close. */
function RefusedPanel({ failure, onClose }: { failure: ActionFailure; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  // It replaces the form whose button had focus: keep focus inside the dialog.
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="space-y-4" data-testid="lock-refused">
      <FailureAlert failure={failure} />
      <div className="flex justify-end">
        <Button ref={close} variant="secondary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </div>
    </div>
  );
}
