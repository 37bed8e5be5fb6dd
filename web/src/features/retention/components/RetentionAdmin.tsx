'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { adminActionError } from '@/features/admin/action-error';
import { useCatalog } from '@/features/catalog/hooks/use-catalog';
import { isApiError } from '@/lib/api';
import { formatDate } from '@/lib/format-date';
import { CHOOSE_ACTING_STAFF_FIRST, useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { runRetention, type RetentionKind, type RetentionReportBody } from '../api/retention';
import { filesLine, jobsCount, parseDays, pruneConfirmed } from '../retention';
import { RetentionScheduleNote } from './RetentionScheduleNote';

const COPY = {
  archive: {
    title: 'Archive',
    about:
      'Moves picked-up and rejected jobs that have not changed for a while out of the everyday lists. Archived jobs keep their files and can still be looked up.',
    hint: 'Jobs picked up or rejected, and unchanged since then.',
    confirm: (n: number) => `Archive ${jobsCount(n)}`,
    done: (n: number) => `Archived ${jobsCount(n)}.`,
    nothing: 'Nothing to archive: no picked-up or rejected job is that old.',
  },
  prune: {
    title: 'Prune',
    about:
      'Deletes archived jobs for good: their files and job records are removed. The audit trail of what happened to them stays.',
    hint: 'Jobs archived at least this long ago.',
    confirm: (n: number) => `Delete ${jobsCount(n)} for good`,
    done: (n: number) => `Deleted ${jobsCount(n)} for good.`,
    nothing: 'Nothing to prune: no archived job is that old.',
  },
} as const;

/** Admin → Retention: archive old finished jobs, and prune old archived ones. */
export function RetentionAdmin() {
  const { staffName } = useActingStaff();
  const { catalog } = useCatalog();
  const loaded = catalog.state === 'loaded' ? catalog.catalog : null;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Retention</h1>
        <p className="mt-1 text-sm text-slate-600">
          Preview first: nothing changes until you confirm. Each run is recorded under the staff member performing it.
        </p>
      </div>

      {!staffName && (
        <Alert tone="info" title="Who is making changes?">
          Choose your name in “Performing action as” at the top of the page: every change here is recorded under it.
        </Alert>
      )}
      {catalog.state === 'error' && (
        <Alert tone="info">
          The lab’s default periods could not be loaded ({catalog.message}) Enter a number of days, or leave the field empty
          to use the server’s default.
        </Alert>
      )}

      <RetentionScheduleNote />

      <RetentionPanel kind="archive" defaultDays={loaded?.archive_after_days ?? null} timeZone={loaded?.time_zone} />
      <RetentionPanel kind="prune" defaultDays={loaded?.prune_after_days ?? null} timeZone={loaded?.time_zone} />
    </div>
  );
}

function RetentionPanel({
  kind,
  defaultDays,
  timeZone,
}: {
  kind: RetentionKind;
  defaultDays: number | null;
  timeZone?: string;
}) {
  const copy = COPY[kind];
  const headingId = useId();
  const { staffName, focusPicker } = useActingStaff();
  const onSessionExpired = useSessionExpiry();

  // null until the person types: then the field shows the catalog's default.
  const [typedDays, setTypedDays] = useState<string | null>(null);
  const [daysError, setDaysError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'run' | null>(null);
  const [preview, setPreview] = useState<RetentionReportBody | null>(null);
  const [result, setResult] = useState<RetentionReportBody | null>(null);
  const [typedCount, setTypedCount] = useState('');
  const daysRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const days = typedDays ?? (defaultDays === null ? '' : String(defaultDays));

  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  function fail(err: unknown, fallback: string) {
    if (onSessionExpired(err)) return;
    const fieldProblem = isApiError(err) ? err.fields.older_than_days : undefined;
    if (fieldProblem) {
      setDaysError(fieldProblem);
      daysRef.current?.focus();
    }
    setError(adminActionError(err, fallback, ['older_than_days']));
  }

  async function previewRun(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setPreview(null);
    setResult(null);
    setTypedCount('');
    // An empty field before the catalog has answered leaves the default to the server.
    let olderThanDays: number | null = null;
    if (days.trim() || defaultDays !== null) {
      const parsed = parseDays(days);
      if ('error' in parsed) {
        setDaysError(parsed.error);
        return daysRef.current?.focus();
      }
      olderThanDays = parsed.days;
    }
    setDaysError(undefined);
    if (!staffName) {
      setError(CHOOSE_ACTING_STAFF_FIRST);
      return focusPicker();
    }
    setBusy('preview');
    try {
      setPreview(await runRetention(kind, { staffName, olderThanDays, dryRun: true }));
    } catch (err) {
      fail(err, 'Could not preview. Please try again.');
    } finally {
      setBusy(null);
    }
  }

  async function run() {
    if (busy || !preview) return;
    setError(null);
    if (!staffName) {
      setError(CHOOSE_ACTING_STAFF_FIRST);
      return focusPicker();
    }
    setBusy('run');
    try {
      // The same period as the preview, whatever the field says now.
      const report = await runRetention(kind, { staffName, olderThanDays: preview.older_than_days, dryRun: false });
      setPreview(null);
      setTypedCount('');
      setResult(report);
    } catch (err) {
      fail(err, kind === 'prune' ? 'Could not delete the jobs. Please try again.' : 'Could not archive the jobs. Please try again.');
    } finally {
      setBusy(null);
    }
  }

  const count = preview?.job_ids.length ?? 0;
  const confirmed = kind === 'archive' || pruneConfirmed(typedCount, count);

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      data-testid={`retention-${kind}`}
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {copy.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{copy.about}</p>

      <form noValidate onSubmit={previewRun} className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          ref={daysRef}
          label="Older than (days)"
          hint={
            defaultDays === null
              ? copy.hint
              : `${copy.hint} The lab’s default is ${defaultDays} days.`
          }
          name={`${kind}-older-than-days`}
          inputMode="numeric"
          autoComplete="off"
          value={days}
          error={daysError}
          readOnly={busy !== null}
          onChange={(e) => {
            setTypedDays(e.target.value);
            setDaysError(undefined);
            // A preview is only good for the period it was made with.
            setPreview(null);
            setTypedCount('');
          }}
          className="min-w-0 flex-1 sm:max-w-md"
        />
        <Button type="submit" variant="secondary" loading={busy === 'preview'} disabled={busy === 'run'} className="sm:mt-[4.5rem]">
          Preview
        </Button>
      </form>

      {error && (
        <Alert tone="error" className="mt-4">
          {error}
        </Alert>
      )}

      {preview && (
        <div
          ref={previewRef}
          tabIndex={-1}
          className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-800"
          data-testid={`retention-${kind}-preview`}
        >
          <p className="font-semibold text-slate-900">
            Preview: {jobsCount(preview.matched)} {preview.matched === 1 ? 'is' : 'are'} due
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-slate-600">Cutoff</dt>
            <dd>
              before {formatDate(preview.cutoff, timeZone)} ({preview.older_than_days} days)
            </dd>
            <dt className="text-slate-600">This run takes</dt>
            <dd>
              {jobsCount(count)}
              {count < preview.matched && ` (at most ${count} per run: run again for the other ${preview.matched - count})`}
            </dd>
            {count > 0 && (
              <>
                <dt className="text-slate-600">Files</dt>
                <dd data-testid={`retention-${kind}-files`}>{filesLine(kind, preview.files, preview.bytes)}</dd>
              </>
            )}
          </dl>

          {count === 0 ? (
            <p className="mt-3">{copy.nothing}</p>
          ) : kind === 'archive' ? (
            <Button className="mt-4" onClick={run} loading={busy === 'run'}>
              {copy.confirm(count)}
            </Button>
          ) : (
            <div className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4">
              <p className="font-semibold text-red-900">This cannot be undone.</p>
              <p className="mt-1 text-red-900">
                The files and records of {jobsCount(count)} are deleted for good. To go on, type {count} below.
              </p>
              <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end">
                <TextField
                  label={`Type ${count} to confirm`}
                  name="prune-confirm-count"
                  inputMode="numeric"
                  autoComplete="off"
                  value={typedCount}
                  readOnly={busy !== null}
                  onChange={(e) => setTypedCount(e.target.value)}
                  className="sm:w-48"
                />
                <Button variant="danger" onClick={run} loading={busy === 'run'} disabled={!confirmed}>
                  {copy.confirm(count)}
                </Button>
              </div>
            </div>
          )}
          {count > 0 && staffName && <p className="mt-3 text-xs text-slate-600">Recorded as done by {staffName}.</p>}
        </div>
      )}

      {result && (
        <Alert ref={resultRef} tone="success" className="mt-4" title={copy.done(result.done)}>
          {result.matched > result.done + (result.skipped?.length ?? 0) && (
            <p>
              {jobsCount(result.matched - result.done - (result.skipped?.length ?? 0))} more {result.matched - result.done - (result.skipped?.length ?? 0) === 1 ? 'is' : 'are'} due: preview
              again to take the next batch.
            </p>
          )}
          {result.skipped && result.skipped.length > 0 && (
            <>
              <p className="mt-1">Skipped {jobsCount(result.skipped.length)}:</p>
              <ul className="mt-1 list-disc pl-5" aria-label="Skipped jobs">
                {result.skipped.map((skip) => (
                  <li key={skip.job_id}>
                    <span className="font-mono text-xs">{skip.job_id}</span>: {skip.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </section>
  );
}
