'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { formatDuration, formatGrams, formatMoney } from '@/lib/format';
import { formatDate, formatDateTimeWithZone } from '@/lib/format-date';
import type { TrackingQueue, TrackingQuote, TrackingRejection, TrackingStep } from '../api/tracking';
import { useTracking } from '../hooks/use-tracking';

/** What the page knows about the lab (from the catalog); all optional, the page works without it. */
export interface LabInfo {
  timeZone?: string;
  pickupLocation?: string;
  pickupHours?: string;
  paymentMethod?: string;
}

/** The student's own status page for one request: where it is, the price, the queue. */
export function TrackingView({ token, lab = {} }: { token: string; lab?: LabInfo }) {
  const { tracking, retry } = useTracking(token);

  if (tracking.state === 'loading') {
    return (
      <p className="flex items-center gap-2 text-slate-600" role="status">
        <Spinner /> Loading your request…
      </p>
    );
  }
  if (tracking.state === 'not-found') {
    return (
      <section aria-labelledby="not-found-heading" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm" data-testid="track-not-found">
        <h1 id="not-found-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
          We can’t find this request — check the link in your e-mail
        </h1>
        <p className="mt-2 text-slate-700">
          The address may be incomplete: some mail programs cut long links. Open the link straight from the e-mail we
          sent when you submitted, or copy all of it into the address bar.
        </p>
        <Link href="/submit" className="mt-4 inline-block font-semibold text-teal-800 underline underline-offset-2">
          Submit a new print
        </Link>
      </section>
    );
  }
  if (tracking.state === 'error') {
    return (
      <Alert tone="error" title="Your request could not be loaded">
        <p>{tracking.message}</p>
        <Button variant="secondary" className="mt-3" onClick={retry}>
          Try again
        </Button>
      </Alert>
    );
  }

  const { job, timeline, quote, queue, rejection } = tracking.tracking;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          Job ID <strong className="font-mono tracking-wider text-slate-900">{job.short_id}</strong>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{job.status_label}</h1>
        <p className="mt-2 text-slate-700">
          <span className="break-all">{job.original_filename}</span>
          {[job.print_method && job.color ? `${job.print_method}, ${job.color}` : job.print_method, job.printer]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join('')}
        </p>
        <p className="mt-0.5 text-sm text-slate-600">Submitted {formatDate(job.created_at, lab.timeZone)}</p>
      </header>

      {rejection && <RejectionCard rejection={rejection} />}
      {quote && <QuoteCard quote={quote} />}
      <QueueCard queue={queue} timeZone={lab.timeZone} />
      {job.status === 'COMPLETED' && lab.pickupLocation && (
        <Card title="Ready for pickup">
          <p>
            Pick it up at <strong>{lab.pickupLocation}</strong>
            {lab.pickupHours && <>, {lab.pickupHours}</>}.{lab.paymentMethod && <> You pay with {lab.paymentMethod}.</>}
          </p>
        </Card>
      )}

      <Card title="Progress">
        <Timeline steps={timeline} timeZone={lab.timeZone} />
      </Card>
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = `card-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-2 text-slate-700">{children}</div>
    </section>
  );
}

const STEP_TEXT: Record<TrackingStep['state'], string> = { done: 'Done', current: 'Current step', upcoming: 'Not yet' };

function Timeline({ steps, timeZone }: { steps: TrackingStep[]; timeZone?: string }) {
  return (
    <ol className="mt-2" data-testid="timeline">
      {steps.map((step, index) => {
        const last = index === steps.length - 1;
        return (
          <li key={`${step.status}-${index}`} aria-current={step.state === 'current' ? 'step' : undefined} className="relative flex gap-3 pb-5 last:pb-0">
            {!last && (
              <span
                aria-hidden="true"
                className={`absolute top-8 bottom-0 left-[0.9375rem] w-0.5 ${step.state === 'done' ? 'bg-teal-700' : 'bg-slate-200'}`}
              />
            )}
            <span
              aria-hidden="true"
              className={`relative grid size-8 shrink-0 place-items-center rounded-full text-sm font-bold ${
                step.state === 'done'
                  ? 'bg-teal-700 text-white'
                  : step.state === 'current'
                    ? 'border-2 border-teal-700 bg-white text-teal-800 ring-4 ring-teal-100'
                    : 'border-2 border-dashed border-slate-300 bg-white text-slate-400'
              }`}
            >
              {step.state === 'done' ? '✓' : step.state === 'current' ? '●' : '○'}
            </span>
            <div className="min-w-0 pt-1">
              <p className={`font-semibold ${step.state === 'upcoming' ? 'text-slate-500' : 'text-slate-900'}`}>
                {step.label}
                {step.state === 'current' && (
                  <span className="ml-2 rounded-full bg-teal-50 px-2 py-0.5 align-middle text-xs font-semibold text-teal-900 ring-1 ring-teal-700">
                    Now
                  </span>
                )}
              </p>
              <p className="text-sm text-slate-600">
                {step.state === 'current' ? <span className="sr-only">{STEP_TEXT.current}. </span> : `${STEP_TEXT[step.state]}`}
                {step.at && (
                  <>
                    {step.state === 'current' ? 'Since ' : ' · '}
                    <time dateTime={step.at}>{formatDateTimeWithZone(step.at, timeZone)}</time>
                  </>
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function RejectionCard({ rejection }: { rejection: TrackingRejection }) {
  return (
    <Card title="Why it was not approved">
      {rejection.reasons.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {rejection.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {rejection.note && (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">A note from staff</h3>
          <p className="mt-1 whitespace-pre-line">{rejection.note}</p>
        </div>
      )}
      <p className="mt-3">
        Fix these points in your model, then{' '}
        <Link href="/submit" className="font-semibold text-teal-800 underline underline-offset-2">
          submit it again as a new request
        </Link>
        .
      </p>
    </Card>
  );
}

function QuoteCard({ quote }: { quote: TrackingQuote }) {
  const details = [
    `about ${formatGrams(quote.weight_g)}`,
    `about ${formatDuration(quote.time_hours)} of printing`,
    quote.printer && `on the ${quote.printer}`,
  ].filter(Boolean);
  return (
    <Card title="Your quote">
      <p>
        <strong className="text-2xl font-semibold text-slate-900">{formatMoney(quote.cost, quote.currency)}</strong>
      </p>
      <p className="mt-1 text-sm text-slate-600">{details.join(' · ')}</p>
      {quote.confirmed ? (
        <p className="mt-2 flex items-center gap-1.5 text-sm font-medium text-emerald-800">
          <span aria-hidden="true">✓</span> You accepted this price.
        </p>
      ) : (
        <p className="mt-2 text-sm">
          Use the confirm link in the e-mail we sent you to accept the price: nothing is printed before you do.
        </p>
      )}
    </Card>
  );
}

function QueueCard({ queue, timeZone }: { queue: TrackingQueue; timeZone?: string }) {
  if (queue.position == null && queue.eta == null) return null;
  const hours = queue.printer_hours_ahead.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return (
    <Card title="Queue">
      {queue.position != null && (
        <p>
          Your print is <strong className="text-slate-900">number {queue.position}</strong> in the queue
          {queue.ahead > 0 ? (
            <>
              : {queue.ahead} {queue.ahead === 1 ? 'print is' : 'prints are'} ahead of it (about {hours} printer-hours).
            </>
          ) : (
            <>: nothing is ahead of it.</>
          )}
        </p>
      )}
      {queue.eta && (
        <p className="mt-1">
          Estimated ready: <strong className="text-slate-900"><time dateTime={queue.eta}>{formatDateTimeWithZone(queue.eta, timeZone)}</time></strong>
          <span className="block text-sm text-slate-600">An estimate from the printing time queued ahead; we e-mail you when it is really ready.</span>
        </p>
      )}
    </Card>
  );
}
