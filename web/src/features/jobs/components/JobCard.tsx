import type { JobSummary } from '../api/jobs';
import { AGE_LEVEL_LABELS, ageLevel, formatAge, type AgeLevel } from '../age';

const AGE_STYLES: Record<AgeLevel, { pill: string; dot: string }> = {
  fresh: { pill: 'bg-emerald-50 text-emerald-900 ring-emerald-300', dot: 'bg-emerald-500' },
  aging: { pill: 'bg-yellow-50 text-yellow-900 ring-yellow-300', dot: 'bg-yellow-400' },
  late: { pill: 'bg-orange-50 text-orange-900 ring-orange-300', dot: 'bg-orange-500' },
  overdue: { pill: 'bg-red-50 text-red-900 ring-red-300', dot: 'bg-red-600' },
};

/** One job in the staff list: who sent it, what, and how long it has waited. */
export function JobCard({ job, now }: { job: JobSummary; now: number }) {
  const ageMs = now - new Date(job.created_at).getTime();
  const level = ageLevel(ageMs);
  const style = AGE_STYLES[level];

  return (
    <article
      aria-labelledby={`job-${job.id}-name`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="job-card"
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <div className="min-w-0">
          <h3 id={`job-${job.id}-name`} className="truncate text-base font-semibold text-slate-900">
            {job.student_name}
          </h3>
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
        <div className="flex min-w-0 gap-2">
          <dt className="shrink-0 text-slate-500">File</dt>
          <dd className="min-w-0 truncate font-medium text-slate-800" title={job.original_filename}>
            {job.original_filename}
          </dd>
        </div>
        <div className="flex min-w-0 gap-2">
          <dt className="shrink-0 text-slate-500">E-mail</dt>
          <dd className="min-w-0 truncate">
            <a className="text-teal-800 underline-offset-2 hover:underline" href={`mailto:${job.student_email}`}>
              {job.student_email}
            </a>
          </dd>
        </div>
      </dl>
    </article>
  );
}
