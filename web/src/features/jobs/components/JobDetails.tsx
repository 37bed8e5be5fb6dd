'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { formatDuration, formatMoney } from '@/lib/format';
import { formatDateTime, formatDateTimeWithZone } from '@/lib/format-date';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import type { JobDetail, JobEventItem } from '../api/jobs';
import { useJobDetail } from '../hooks/use-job-detail';
import { eventActor, eventLabel } from '../model/event-labels';
import { baseName } from '../model/model-format';
import { OpenFilePanel } from './files/OpenFilePanel';
import { ModelPreview } from './preview/ModelPreview';

interface JobDetailsProps {
  jobId: string;
  /** Changes when the card changes, so the details load again. */
  version: string;
  timeZone?: string;
  id: string;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 gap-2">
      <dt className="shrink-0 text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words text-slate-800">{children}</dd>
    </div>
  );
}

function facts(job: JobDetail, timeZone?: string): [string, ReactNode][] {
  const rows: [string, ReactNode | null | undefined][] = [
    ['Submitted', formatDateTimeWithZone(job.created_at, timeZone)],
    ['Class', job.class_number],
    ['Discipline', job.discipline],
    ['Method', [job.print_method, job.color].filter(Boolean).join(' · ') || null],
    ['Printer', job.printing_printer ? `${job.printing_printer} (printing)` : job.printer],
    ['File', job.display_name ?? job.original_filename],
    ['Path', job.file_path ? <span className="font-mono text-xs">{job.file_path}</span> : null],
    ['Weight', job.weight_g ? `${job.weight_g} g` : null],
    ['Time', job.time_hours ? formatDuration(job.time_hours) : null],
    ['Quote', job.cost ? formatMoney(job.cost) : null],
    [
      'Confirm link',
      job.confirmation
        ? job.confirmation.used_at
          ? `used ${formatDateTime(job.confirmation.used_at, timeZone)}`
          : `expires ${formatDateTime(job.confirmation.expires_at, timeZone)}`
        : null,
    ],
    [
      'Payment',
      job.payment
        ? `${formatMoney(job.payment.price)} for ${job.payment.grams} g · txn ${job.payment.txn_no} · picked up by ${job.payment.picked_up_by} · recorded by ${job.payment.recorded_by}`
        : null,
    ],
    ['vs. quote', job.charge_difference ? formatMoney(job.charge_difference) : null],
    [
      'Rejected for',
      job.rejection_reasons?.length || job.rejection_custom_reason
        ? [...(job.rejection_reasons ?? []), job.rejection_custom_reason].filter(Boolean).join('; ')
        : null,
    ],
    ['Last change by', job.last_updated_by],
  ];
  return rows.filter((row): row is [string, ReactNode] => row[1] !== null && row[1] !== undefined && row[1] !== '');
}

function Trail({ events, timeZone }: { events: JobEventItem[]; timeZone?: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No history yet.</p>;
  return (
    <ol className="space-y-1.5 border-l-2 border-slate-200 pl-4 text-sm">
      {events.map((event) => (
        <li key={event.seq} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-slate-400" />
          <span className="font-medium text-slate-900">{eventLabel(event.event_type, event.details)}</span>
          <span className="text-slate-600">
            {' '}
            · {eventActor(event)} · <time dateTime={event.at}>{formatDateTime(event.at, timeZone)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The job's model: a 3D preview, and the buttons to open it in the slicer or
 * copy its path. Both start again when the file moves (approve, print, pickup
 * move it between folders), so the link and the preview follow it.
 */
function ModelSection({ job }: { job: JobDetail }) {
  const fileKey = job.file_path ?? job.original_filename;
  const fileName = baseName(job.file_path) ?? job.display_name ?? job.original_filename;
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-[minmax(0,1fr)_17rem]">
      <section>
        <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Model</h4>
        <ModelPreview key={fileKey} jobId={job.id} fileName={fileName} />
      </section>
      <OpenFilePanel key={fileKey} jobId={job.id} />
    </div>
  );
}

/** A card's expanded part: the model, everything about the job and its audit trail (event, who, when). */
export function JobDetails({ jobId, version, timeZone, id }: JobDetailsProps) {
  const onSessionExpired = useSessionExpiry();
  const { detail, retry } = useJobDetail(jobId, version, onSessionExpired);

  return (
    <div id={id} className="mt-3 border-t border-slate-200 pt-3" aria-busy={detail.state === 'loading' || undefined}>
      {detail.state === 'loading' && (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner /> Loading details…
        </p>
      )}
      {detail.state === 'error' && (
        <Alert tone="error">
          {detail.message}{' '}
          <Button variant="ghost" className="min-h-8 px-2 py-0.5 underline" onClick={retry}>
            Try again
          </Button>
        </Alert>
      )}
      {detail.state === 'ready' && <ModelSection job={detail.job} />}
      {detail.state === 'ready' && (
        <div className="grid gap-4 lg:grid-cols-2">
          <div>
            <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Details</h4>
            <dl className="space-y-1 text-sm">
              {facts(detail.job, timeZone).map(([term, value]) => (
                <Fact key={term} term={term}>
                  {value}
                </Fact>
              ))}
            </dl>
            {detail.job.notes && (
              <>
                <h4 className="mt-3 mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Notes</h4>
                <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm whitespace-pre-line text-slate-800 ring-1 ring-amber-200">
                  {detail.job.notes}
                </p>
              </>
            )}
          </div>
          <div>
            <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">History</h4>
            {detail.events ? (
              <Trail events={detail.events} timeZone={timeZone} />
            ) : (
              <p className="text-sm text-red-700">{detail.eventsError}</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
