'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { SelectField } from '@/components/ui/SelectField';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { adminActionError } from '@/features/admin/action-error';
import { JOB_STATUS_LABELS, isJobStatus, type JobDetail, type JobStatus } from '@/features/jobs/api/jobs';
import { isApiError } from '@/lib/api';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { runOverride } from '../api/overrides';
import {
  OVERRIDE_ACTIONS,
  REASON_MAX,
  checkReason,
  describeOverride,
  doneSentence,
  overrideAction,
  statusTargets,
  unavailableBecause,
  type OverrideKind,
} from '../overrides';

interface Props {
  job: JobDetail;
  staffName: string | null;
  /** Sends focus to the acting-staff picker and returns what to say. */
  onNeedStaff: () => string;
  onDone: (job: JobDetail, sentence: string) => void;
}

/** Choose an override, give the reason, then confirm a sentence that names what will happen. */
export function OverrideForm({ job, staffName, onNeedStaff, onDone }: Props) {
  const groupId = useId();
  const onSessionExpired = useSessionExpiry();
  const [kind, setKind] = useState<OverrideKind | null>(null);
  const [target, setTarget] = useState<JobStatus | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ kind?: string; target?: string; reason?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<{ kind: OverrideKind; target: JobStatus | null; reason: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const reviewRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const targetRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (review) reviewRef.current?.focus();
  }, [review]);

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const found: typeof errors = {};
    if (!kind) found.kind = 'Choose what to do.';
    if (kind === 'change-status' && !target) found.target = 'Choose the new status.';
    const checked = checkReason(reason);
    if ('error' in checked) found.reason = checked.error;
    setErrors(found);
    if (found.kind) return document.getElementById(`${groupId}-first`)?.focus();
    if (found.target) return targetRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    if (!staffName) return setError(onNeedStaff());
    setReview({ kind: kind!, target: kind === 'change-status' ? (target as JobStatus) : null, reason: (checked as { reason: string }).reason });
  }

  async function confirm() {
    if (!review || busy) return;
    if (!staffName) return setError(onNeedStaff());
    setBusy(true);
    setError(null);
    try {
      const updated = await runOverride(job.id, review.kind, {
        staffName,
        reason: review.reason,
        newStatus: review.target ?? undefined,
      });
      onDone(updated, doneSentence(review.kind, job, updated));
    } catch (err) {
      if (onSessionExpired(err)) return;
      setReview(null);
      if (isApiError(err) && err.status === 409) {
        // The conflict's context (holder, current status) is already in its sentence.
        setError(`${err.message}${err.fields.holder ? ' Force unlock it first.' : ''}`);
        return;
      }
      if (isApiError(err) && err.fields.reason) setErrors({ reason: err.fields.reason });
      setError(adminActionError(err, 'The override did not go through. Please try again.', ['reason']));
    } finally {
      setBusy(false);
    }
  }

  if (review) {
    const action = overrideAction(review.kind);
    return (
      <div
        ref={reviewRef}
        tabIndex={-1}
        className="mt-5 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
        data-testid="override-review"
        aria-labelledby={`${groupId}-review`}
        role="group"
      >
        <p id={`${groupId}-review`} className="font-semibold">
          Check before confirming: {action.label.toLowerCase()}
        </p>
        <p className="mt-1">{describeOverride(review.kind, job, review.target)}</p>
        <p className="mt-2">
          Reason for the trail: <q className="italic">{review.reason}</q>
        </p>
        <p className="mt-1 text-xs">Recorded as done by {staffName}.</p>
        {error && (
          <Alert tone="error" className="mt-3">
            {error}
          </Alert>
        )}
        <div className="mt-4 flex flex-col gap-3 sm:flex-row">
          <Button variant={review.kind === 'change-status' ? 'danger' : 'primary'} onClick={confirm} loading={busy}>
            Confirm: {action.label}
          </Button>
          <Button variant="secondary" onClick={() => setReview(null)} disabled={busy}>
            Back
          </Button>
        </div>
      </div>
    );
  }

  let firstEnabled = true;
  return (
    <form noValidate onSubmit={check} className="mt-5 space-y-4">
      <fieldset aria-describedby={errors.kind ? `${groupId}-kind-error` : undefined}>
        <legend className="text-sm font-semibold text-slate-800">What to do</legend>
        <ul className="mt-2 space-y-2">
          {OVERRIDE_ACTIONS.map((action) => {
            const why = unavailableBecause(action.kind, job);
            const id = `${groupId}-${action.kind}`;
            const isFirst = !why && firstEnabled;
            if (isFirst) firstEnabled = false;
            return (
              <li key={action.kind}>
                <label
                  htmlFor={isFirst ? `${groupId}-first` : id}
                  className={`flex gap-3 rounded-lg border p-3 ${
                    why ? 'cursor-not-allowed border-slate-200 bg-slate-50 text-slate-500' : 'cursor-pointer border-slate-300 bg-white hover:bg-slate-50'
                  } ${kind === action.kind ? 'border-teal-700 ring-1 ring-teal-700' : ''}`}
                >
                  <input
                    id={isFirst ? `${groupId}-first` : id}
                    type="radio"
                    name={`${groupId}-kind`}
                    value={action.kind}
                    checked={kind === action.kind}
                    disabled={!!why}
                    onChange={() => {
                      setKind(action.kind);
                      setErrors((e) => ({ ...e, kind: undefined }));
                    }}
                    className="mt-1 size-4 shrink-0 accent-teal-700"
                    aria-describedby={`${id}-about`}
                  />
                  <span>
                    <span className={`block font-semibold ${why ? 'text-slate-600' : 'text-slate-900'}`}>{action.label}</span>
                    <span id={`${id}-about`} className="block text-sm text-slate-600">
                      {action.about}
                      {why && <span className="mt-0.5 block font-medium text-slate-700">Not available: {why}</span>}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {errors.kind && (
          <p id={`${groupId}-kind-error`} className="mt-1.5 text-sm font-medium text-red-700">
            <span aria-hidden="true">⚠ </span>
            {errors.kind}
          </p>
        )}
      </fieldset>

      {kind === 'change-status' && (
        <SelectField
          ref={targetRef}
          label="New status"
          hint={`Now ${JOB_STATUS_LABELS[job.status]}.`}
          placeholder="Choose a status…"
          options={statusTargets(job.status).map((s) => ({ value: s, label: JOB_STATUS_LABELS[s] }))}
          value={target}
          error={errors.target}
          onChange={(e) => {
            setTarget(isJobStatus(e.target.value) ? e.target.value : '');
            setErrors((x) => ({ ...x, target: undefined }));
          }}
          className="sm:max-w-sm"
        />
      )}

      <TextAreaField
        ref={reasonRef}
        label="Reason"
        hint="Required. Say why, for whoever reads the job’s trail later."
        rows={3}
        maxChars={REASON_MAX}
        value={reason}
        error={errors.reason}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors((x) => ({ ...x, reason: undefined }));
        }}
      />

      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit">Review the override</Button>
    </form>
  );
}
