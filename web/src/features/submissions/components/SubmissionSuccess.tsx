import Link from 'next/link';

const NEXT_STEPS = [
  {
    title: 'Staff review your model',
    text: 'Someone from the fab lab checks that it can be printed, usually within 1–2 business days.',
  },
  {
    title: 'You get an e-mail',
    text: 'It contains the price of the print, or feedback on what to change in your model.',
  },
  {
    title: 'You confirm',
    text: 'Use the link in that e-mail to accept the price. Nothing is printed before you confirm.',
  },
  {
    title: 'We print, you pick up',
    text: 'When the print is finished we send a pickup notice. Pay and collect it at the fab lab desk.',
  },
];

/** What a student sees right after sending a print request. */
export function SubmissionSuccess({ jobId, trackingPath }: { jobId: string | null; trackingPath?: string | null }) {
  return (
    <div className="space-y-8">
      <div className="rounded-xl border border-emerald-300 bg-emerald-50 p-5">
        <h1 className="text-2xl font-semibold tracking-tight text-emerald-950">Thanks — your request is in</h1>
        {jobId ? (
          <p className="mt-3 text-emerald-950">
            Your Job ID is{' '}
            <strong className="rounded-md bg-white px-2 py-0.5 font-mono text-lg tracking-wider ring-1 ring-emerald-300" data-testid="job-id">
              {jobId}
            </strong>
            . Please mention it if you contact the fab lab.
          </p>
        ) : (
          <p className="mt-3 text-emerald-950">We received your request. Your Job ID is in the confirmation e-mail.</p>
        )}
      </div>

      <section aria-labelledby="tracking-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="tracking-heading" className="text-lg font-semibold text-slate-900">
          Follow your print
        </h2>
        {trackingPath ? (
          <>
            <p className="mt-1 text-slate-700">
              Your own status page shows where your print is, the price once staff have checked it, and its place in
              the queue. Bookmark it — the link is in your e-mail too.
            </p>
            <Link
              href={trackingPath}
              className="mt-3 inline-flex min-h-11 items-center gap-2 rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-teal-800"
              data-testid="tracking-link"
            >
              Track your print <span aria-hidden="true">→</span>
            </Link>
          </>
        ) : (
          <p className="mt-1 text-slate-700">
            The link to your own status page is in the confirmation e-mail we just sent: it shows where your print is,
            the price once staff have checked it, and its place in the queue.
          </p>
        )}
      </section>

      <section aria-labelledby="next-steps-heading">
        <h2 id="next-steps-heading" className="text-lg font-semibold text-slate-900">
          What happens next
        </h2>
        <ol className="mt-4 space-y-4">
          {NEXT_STEPS.map((step, index) => (
            <li key={step.title} className="flex gap-4">
              <span
                aria-hidden="true"
                className="grid size-8 shrink-0 place-items-center rounded-full bg-teal-700 text-sm font-semibold text-white"
              >
                {index + 1}
              </span>
              <div>
                <p className="font-semibold text-slate-900">{step.title}</p>
                <p className="text-slate-700">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <p className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950">
        <strong>Tip:</strong> our e-mails sometimes land in the spam or junk folder. If you have not heard from us in two
        business days, look there first.
      </p>

      <Link
        href="/submit"
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50"
      >
        Submit another print
      </Link>
    </div>
  );
}
