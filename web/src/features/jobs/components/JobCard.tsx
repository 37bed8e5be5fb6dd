'use client';

import { useState, type ReactNode } from 'react';
import { formatMoney } from '@/lib/format';
import type { JobSummary, LockInfo } from '../api/jobs';
import { AGE_LEVEL_LABELS, ageLevel, confirmationDeadline, formatAge, type AgeLevel } from '../age';
import type { ActionKind } from '../model/job-actions';
import { JobCardActions } from './JobCardActions';
import { JobDetails } from './JobDetails';
import { OpenFileDialog } from './files/OpenFileDialog';
import { ChevronIcon, FileIcon, LockIcon, PrinterIcon } from './icons';

const TOOL_CLASS =
  'inline-flex min-h-10 items-center gap-1.5 rounded-lg px-2 text-sm font-semibold text-teal-800 hover:bg-teal-50';

/** Where a job's printable ticket lives (staff only; opens in its own tab). */
export function jobTicketPath(jobId: string): string {
  return `/dashboard/jobs/${encodeURIComponent(jobId)}/ticket`;
}

const AGE_STYLES: Record<AgeLevel, { pill: string; dot: string }> = {
  fresh: { pill: 'bg-emerald-50 text-emerald-900 ring-emerald-300', dot: 'bg-emerald-500' },
  aging: { pill: 'bg-yellow-50 text-yellow-900 ring-yellow-300', dot: 'bg-yellow-400' },
  late: { pill: 'bg-orange-50 text-orange-900 ring-orange-300', dot: 'bg-orange-500' },
  overdue: { pill: 'bg-red-50 text-red-900 ring-red-300', dot: 'bg-red-600' },
};

interface JobCardProps {
  job: JobSummary;
  now: number;
  /** Someone else's unexpired lock on the job, if any. */
  lockedBy: LockInfo | null;
  timeZone?: string;
  onAction: (job: JobSummary, kind: ActionKind) => void;
}

function Fact({ term, children, title }: { term: string; children: ReactNode; title?: string }) {
  return (
    <div className="flex min-w-0 gap-2">
      <dt className="shrink-0 text-slate-500">{term}</dt>
      <dd className="min-w-0 truncate font-medium text-slate-800" title={title}>
        {children}
      </dd>
    </div>
  );
}

/** One job in the staff list: who sent it, what, how long it has waited, and what can be done next. */
export function JobCard({ job, now, lockedBy, timeZone, onAction }: JobCardProps) {
  const [expanded, setExpanded] = useState(false);
  const [openingFile, setOpeningFile] = useState(false);
  const ageMs = now - new Date(job.created_at).getTime();
  const level = ageLevel(ageMs);
  const style = AGE_STYLES[level];
  const isNew = job.status === 'UPLOADED' && !job.staff_viewed_at;
  const confirmation = job.status === 'PENDING' ? confirmationDeadline(job.confirmation_expires_at, now) : null;
  const lockNoteId = `job-${job.id}-lock`;
  const detailsId = `job-${job.id}-details`;
  const printer = job.printing_printer ?? job.printer;

  return (
    <article
      aria-labelledby={`job-${job.id}-name`}
      className={`rounded-xl border bg-white p-4 shadow-sm ${
        lockedBy ? 'border-slate-300 bg-slate-50' : isNew ? 'border-orange-400 ring-1 ring-orange-300' : 'border-slate-200'
      }`}
      data-testid="job-card"
      data-locked={lockedBy ? 'true' : undefined}
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`job-${job.id}-name`} className="truncate text-base font-semibold text-slate-900">
              {job.student_name}
            </h3>
            {isNew && (
              <span className="inline-flex items-center gap-1.5 rounded-full bg-orange-100 px-2 py-0.5 text-xs font-bold tracking-wide text-orange-900 ring-1 ring-orange-300">
                <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-orange-500 motion-reduce:animate-none" />
                NEW<span className="sr-only">: not reviewed yet</span>
              </span>
            )}
            {confirmation?.expired && (
              <span
                className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-bold text-red-900 ring-1 ring-red-300"
                data-testid="link-expired"
              >
                Link expired<span className="sr-only">: the student did not confirm in time; resend the link</span>
              </span>
            )}
            {job.has_notes && (
              <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300">
                <span aria-hidden="true">✎ </span>Has notes
              </span>
            )}
          </div>
          <p className="mt-0.5 text-sm text-slate-600">
            Job ID <span className="font-mono font-semibold tracking-wide text-slate-900">{job.short_id}</span>
          </p>
        </div>
        <p
          className={`inline-flex shrink-0 items-center gap-2 self-start rounded-full px-2.5 py-1 text-xs font-medium whitespace-nowrap ring-1 ${style.pill}`}
          title={`Submitted ${new Date(job.created_at).toLocaleString()}`}
        >
          <span aria-hidden="true" className={`size-2 rounded-full ${style.dot}`} />
          <span>
            <span className="sr-only">Submitted </span>
            {formatAge(ageMs)}
          </span>
          <span aria-hidden="true">·</span>
          <span className="font-semibold">{AGE_LEVEL_LABELS[level]}</span>
        </p>
      </div>

      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <Fact term="File" title={job.original_filename}>
          {job.original_filename}
        </Fact>
        <div className="flex min-w-0 gap-2">
          <dt className="shrink-0 text-slate-500">E-mail</dt>
          <dd className="min-w-0 truncate">
            <a className="text-teal-800 underline-offset-2 hover:underline" href={`mailto:${job.student_email}`}>
              {job.student_email}
            </a>
          </dd>
        </div>
        {(job.print_method || job.color) && (
          <Fact term="Method">{[job.print_method, job.color].filter(Boolean).join(' · ')}</Fact>
        )}
        {printer && <Fact term={job.printing_printer ? 'Printing on' : 'Printer'}>{printer}</Fact>}
        {confirmation && (
          <Fact term="Confirm link" title={new Date(job.confirmation_expires_at!).toLocaleString()}>
            <span className={confirmation.expired ? 'text-red-800' : undefined}>{confirmation.text}</span>
          </Fact>
        )}
        {job.cost && (
          <Fact term="Quote">
            <span className="tabular-nums">{formatMoney(job.cost)}</span>
          </Fact>
        )}
      </dl>

      {lockedBy && (
        <p
          id={lockNoteId}
          className="mt-3 flex items-center gap-2 rounded-lg bg-slate-200/70 px-3 py-1.5 text-sm font-medium text-slate-800"
          data-testid="lock-indicator"
        >
          <LockIcon /> Locked by {lockedBy.holder}
          <span className="sr-only">: its actions are unavailable until they are done.</span>
        </p>
      )}

      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <JobCardActions job={job} lockedBy={lockedBy} lockNoteId={lockNoteId} onAction={(kind) => onAction(job, kind)} />
        {/* Looking at a job changes nothing: these work even while someone else holds it. */}
        <div className="flex flex-wrap items-center gap-1">
          <button type="button" onClick={() => setOpeningFile(true)} className={TOOL_CLASS} data-testid="open-file">
            <FileIcon />
            Open file <span className="sr-only">of {job.student_name}</span>
          </button>
          <a href={jobTicketPath(job.id)} target="_blank" rel="noopener" className={TOOL_CLASS} data-testid="print-ticket">
            <PrinterIcon />
            Print ticket <span className="sr-only">for {job.student_name} (opens in a new tab)</span>
          </a>
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={() => setExpanded((e) => !e)}
            className={TOOL_CLASS}
          >
            {expanded ? 'Hide details' : 'Details and history'}
            <ChevronIcon open={expanded} />
            <span className="sr-only"> for {job.student_name}</span>
          </button>
        </div>
      </div>

      {expanded && <JobDetails id={detailsId} jobId={job.id} version={`${job.updated_at}|${job.status}`} timeZone={timeZone} />}
      {openingFile && <OpenFileDialog job={job} onClose={() => setOpeningFile(false)} />}
    </article>
  );
}
