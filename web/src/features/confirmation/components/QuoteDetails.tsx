import type { ReactNode } from 'react';
import { formatDuration, formatMoney } from '@/lib/format';
import type { ConfirmationView } from '../api/confirmation';
import { formatWeight, pricingNote, type LabInfo } from '../format';

/** A white card with a heading, as on the tracking page. */
export function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-2 text-slate-700">{children}</div>
    </section>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="mt-1 grid grid-cols-[8.5rem_1fr] items-baseline gap-x-4 gap-y-2">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-sm text-slate-600">{term}</dt>
          <dd className="min-w-0 font-medium break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What will be printed, and for how much: the same facts as the approval e-mail. */
export function QuoteDetails({ view, lab }: { view: ConfirmationView; lab: LabInfo }) {
  const job: [string, ReactNode][] = [['File', <span className="break-all">{view.original_filename}</span>]];
  if (view.print_method) job.push(['Print method', view.print_method]);
  if (view.color) job.push(['Colour', view.color]);
  if (view.printer) job.push(['Printer', view.printer]);

  const quote: [string, ReactNode][] = [];
  if (view.weight_g != null) quote.push(['Estimated weight', formatWeight(view.weight_g)]);
  if (view.time_hours != null && Number(view.time_hours) > 0) quote.push(['Printing time', `about ${formatDuration(view.time_hours)}`]);

  return (
    <>
      <Card id="print-heading" title="Your print">
        <Facts rows={job} />
      </Card>
      <Card id="quote-heading" title="Quote">
        {view.cost != null ? (
          <p data-testid="quote-cost">
            <strong className="text-3xl font-semibold tracking-tight text-slate-900">{formatMoney(view.cost, lab.currency)}</strong>
            <span className="ml-2 text-sm text-slate-600">estimated cost</span>
          </p>
        ) : (
          <p>Staff have not set a price for this print.</p>
        )}
        {quote.length > 0 && (
          <div className="mt-3">
            <Facts rows={quote} />
          </div>
        )}
        <p className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-700" data-testid="pricing-note">
          {pricingNote(view.print_method, lab)}
        </p>
      </Card>
    </>
  );
}
