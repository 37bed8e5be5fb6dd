'use client';

import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useCatalog } from '@/features/catalog/hooks/use-catalog';
import { isAbortError, isApiError } from '@/lib/api';
import { formatDuration, formatMoney } from '@/lib/format';
import { formatDateTimeWithZone } from '@/lib/format-date';
import { useStaffSession } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { JOB_STATUS_LABELS, getJob, type JobDetail } from '../../api/jobs';
import { baseName } from '../../model/model-format';
import { PrinterIcon } from '../icons';

type TicketState = { state: 'loading' } | { state: 'ready'; job: JobDetail } | { state: 'error'; message: string; missing: boolean };

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0 border-b border-slate-200 pb-2 print:break-inside-avoid">
      <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{term}</dt>
      <dd className="mt-0.5 text-base break-words text-slate-900">{children}</dd>
    </div>
  );
}

function Figure({ term, value }: { term: string; value: string | null }) {
  return (
    <div className="px-4 py-3">
      <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{term}</dt>
      <dd className="mt-0.5 text-2xl font-semibold text-slate-900 tabular-nums">{value ?? '—'}</dd>
    </div>
  );
}

/**
 * A job's paper ticket, to print and keep with the part: the Job ID large
 * enough to read across the room, who it is for, what and how to print, the
 * quote, and room for handwritten notes. The page's own buttons do not print.
 */
export function JobTicket({ jobId }: { jobId: string }) {
  const onSessionExpired = useSessionExpiry();
  const { catalog: catalogState } = useCatalog();
  const catalog = catalogState.state === 'loaded' ? catalogState.catalog : null;
  const { workstation } = useStaffSession();
  const [ticket, setTicket] = useState<TicketState>({ state: 'loading' });
  const [printedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    const controller = new AbortController();
    getJob(jobId, controller.signal).then(
      (job) => setTicket({ state: 'ready', job }),
      (error: unknown) => {
        if (isAbortError(error) || onSessionExpired(error)) return;
        setTicket({
          state: 'error',
          missing: isApiError(error) && error.status === 404,
          message: isApiError(error) ? error.message : 'Could not load this job.',
        });
      },
    );
    return () => controller.abort();
  }, [jobId, onSessionExpired]);

  // The title names the saved PDF and the browser's print header.
  const job = ticket.state === 'ready' ? ticket.job : null;
  useEffect(() => {
    if (job) document.title = `Ticket ${job.short_id} · ${job.student_name} · PrintDesk`;
  }, [job]);

  const timeZone = catalog?.time_zone;
  const currency = catalog?.currency;

  return (
    <div className="space-y-4 print:space-y-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href="/dashboard" className="rounded-md text-sm font-semibold text-teal-800 underline-offset-2 hover:underline">
          ← Back to the dashboard
        </Link>
        {job && (
          <Button onClick={() => window.print()} data-testid="print-button">
            <PrinterIcon />
            Print ticket
          </Button>
        )}
      </div>

      {ticket.state === 'loading' && (
        <p className="flex items-center gap-2 text-slate-600" role="status">
          <Spinner /> Loading the job…
        </p>
      )}
      {ticket.state === 'error' && (
        <Alert tone="error" title={ticket.missing ? 'No such job' : 'Could not load the job'}>
          {ticket.message}
        </Alert>
      )}

      {job && (
        <article
          aria-labelledby="ticket-title"
          className="mx-auto max-w-3xl rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8 print:max-w-none print:rounded-none print:p-0 print:shadow-none print:ring-0"
          data-testid="job-ticket"
        >
          <header className="flex items-start justify-between gap-4 border-b-2 border-slate-900 pb-3">
            <div>
              <p className="text-sm font-medium text-slate-600">{catalog?.lab_name ?? 'PrintDesk'}</p>
              <h1 id="ticket-title" className="text-xl font-semibold text-slate-900">
                3D print job ticket
              </h1>
            </div>
            <p className="rounded-full border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-800">
              {JOB_STATUS_LABELS[job.status]}
            </p>
          </header>

          <div className="mt-5">
            <p className="text-xs font-semibold tracking-[0.2em] text-slate-500 uppercase">Job ID</p>
            <p className="font-mono text-6xl font-bold tracking-widest text-slate-900 sm:text-7xl" data-testid="ticket-job-id">
              {job.short_id}
            </p>
          </div>

          <dl className="mt-6 grid gap-x-8 gap-y-3 sm:grid-cols-2 print:grid-cols-2">
            <Row term="Student">{job.student_name}</Row>
            <Row term="E-mail">{job.student_email}</Row>
            <Row term="Method · colour">{[job.print_method, job.color].filter(Boolean).join(' · ') || '—'}</Row>
            <Row term="Printer">{job.printing_printer ?? job.printer ?? '—'}</Row>
            <Row term="File">
              <span className="break-all">{baseName(job.file_path) ?? job.display_name ?? job.original_filename}</span>
            </Row>
            <Row term="Submitted">{formatDateTimeWithZone(job.created_at, timeZone)}</Row>
            {(job.class_number || job.discipline) && (
              <Row term="Class">{[job.class_number, job.discipline].filter(Boolean).join(' · ')}</Row>
            )}
          </dl>

          <dl className="mt-6 grid grid-cols-3 divide-x divide-slate-300 rounded-lg border border-slate-300">
            <Figure term="Quote" value={job.cost ? formatMoney(job.cost, currency) : null} />
            <Figure term="Weight" value={job.weight_g ? `${job.weight_g} g` : null} />
            <Figure term="Print time" value={job.time_hours ? formatDuration(job.time_hours) : null} />
          </dl>

          <section className="mt-6 print:break-inside-avoid" aria-labelledby="ticket-notes">
            <h2 id="ticket-notes" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              Notes
            </h2>
            {job.notes && <p className="mt-1 text-base whitespace-pre-line text-slate-900">{job.notes}</p>}
            <div aria-hidden="true" className="mt-1">
              {Array.from({ length: job.notes ? 4 : 6 }, (_, i) => (
                <div key={i} className="h-9 border-b border-slate-300" />
              ))}
            </div>
          </section>

          <footer className="mt-6 flex flex-wrap justify-between gap-2 text-xs text-slate-500">
            <span>
              Printed {formatDateTimeWithZone(printedAt, timeZone)} at {workstation}
            </span>
            <span className="font-mono">{job.id}</span>
          </footer>
        </article>
      )}
    </div>
  );
}
