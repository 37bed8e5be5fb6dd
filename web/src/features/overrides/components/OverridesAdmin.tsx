'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { adminActionError } from '@/features/admin/action-error';
import { getJobEvents, JOB_STATUS_LABELS, type JobDetail, type JobEventItem } from '@/features/jobs/api/jobs';
import { isApiError } from '@/lib/api';
import { CHOOSE_ACTING_STAFF_FIRST, useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { findJob } from '../api/overrides';
import { OverrideForm } from './OverrideForm';
import { OverrideTrail } from './OverrideTrail';

/** Admin → Overrides: find a job, then unlock, confirm, fail or move it, with a reason for the trail. */
export function OverridesAdmin() {
  const { staffName, focusPicker } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [term, setTerm] = useState('');
  const [termError, setTermError] = useState<string | undefined>();
  const [searching, setSearching] = useState(false);
  const [findError, setFindError] = useState<string | null>(null);
  const [job, setJob] = useState<JobDetail | null>(null);
  const [events, setEvents] = useState<JobEventItem[] | null>(null);
  const [eventsError, setEventsError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const termRef = useRef<HTMLInputElement>(null);
  const jobRef = useRef<HTMLElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function loadTrail(jobId: string) {
    setEventsError(null);
    try {
      setEvents(await getJobEvents(jobId));
    } catch (error) {
      if (onSessionExpired(error)) return;
      setEvents(null);
      setEventsError(isApiError(error) ? error.message : 'Could not load the trail.');
    }
  }

  async function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (searching) return;
    setFindError(null);
    setDone(null);
    if (!term.trim()) {
      setTermError('Enter a Job ID, like A1B2C3.');
      return termRef.current?.focus();
    }
    setTermError(undefined);
    setSearching(true);
    try {
      const found = await findJob(term);
      setJob(found);
      setEvents(null);
      void loadTrail(found.id);
      requestAnimationFrame(() => jobRef.current?.focus());
    } catch (error) {
      if (onSessionExpired(error)) return;
      setJob(null);
      setFindError(isApiError(error) && error.status === 404 ? error.message : adminActionError(error, 'Could not look the job up.'));
    } finally {
      setSearching(false);
    }
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Overrides</h1>
        <p className="mt-1 text-sm text-slate-600">
          For when the usual steps cannot help: clear a lock, confirm for a student, record a failed print, or put a job in
          another status. Each needs a reason, kept on the job’s trail.
        </p>
      </div>

      {!staffName && (
        <Alert tone="info" title="Who is making changes?">
          Choose your name in “Performing action as” at the top of the page: every override is recorded under it.
        </Alert>
      )}

      <form noValidate onSubmit={find} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end sm:p-5" role="search" aria-label="Find a job">
        <TextField
          ref={termRef}
          label="Job ID"
          hint="The six characters on the ticket and in the student’s e-mails."
          name="job-id"
          autoComplete="off"
          spellCheck={false}
          value={term}
          error={termError}
          onChange={(e) => {
            setTerm(e.target.value);
            setTermError(undefined);
          }}
          className="min-w-0 flex-1 sm:max-w-lg"
        />
        <Button type="submit" variant="secondary" loading={searching} className={termError ? 'sm:mb-8' : undefined}>
          Find job
        </Button>
      </form>

      {findError && <Alert tone="error">{findError}</Alert>}

      {done && (
        <Alert ref={doneRef} tone="success" title="Done.">
          {done}
        </Alert>
      )}

      {job && (
        <section
          ref={jobRef}
          tabIndex={-1}
          aria-labelledby="override-job-heading"
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          data-testid="override-job"
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h2 id="override-job-heading" className="text-lg font-semibold text-slate-900">
              Job <span className="font-mono">{job.short_id.toUpperCase()}</span> · {job.student_name}
            </h2>
            <Link
              href={`/dashboard/jobs/${job.id}/ticket`}
              className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-semibold text-teal-800 underline underline-offset-2 hover:text-teal-950"
            >
              Open the job ticket
            </Link>
          </div>
          <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold text-slate-700">Status</dt>
            <dd data-testid="override-job-status">{JOB_STATUS_LABELS[job.status]}</dd>
            <dt className="font-semibold text-slate-700">File</dt>
            <dd className="[overflow-wrap:anywhere]">{job.original_filename}</dd>
            <dt className="font-semibold text-slate-700">Edit lock</dt>
            <dd>{job.lock ? `Held by ${job.lock.holder}` : 'Not locked'}</dd>
          </dl>

          <OverrideForm
            key={`${job.id}-${job.status}-${job.lock?.holder ?? ''}`}
            job={job}
            staffName={staffName}
            onNeedStaff={() => {
              focusPicker();
              return CHOOSE_ACTING_STAFF_FIRST;
            }}
            onDone={(updated, sentence) => {
              setJob(updated);
              setDone(sentence);
              void loadTrail(updated.id);
            }}
          />

          <OverrideTrail events={events} error={eventsError} />
        </section>
      )}
    </div>
  );
}
