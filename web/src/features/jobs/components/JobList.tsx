import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { JOB_STATUS_LABELS, type JobPage, type JobStatus, type JobSummary } from '../api/jobs';
import { lockAgainst, type ActionKind, type Viewer } from '../model/job-actions';
import { JobCard } from './JobCard';

interface JobListProps {
  status: JobStatus;
  page: JobPage | undefined;
  loading: boolean;
  error: string | null;
  /** Search or filters are on: the empty state says so. */
  filtered: boolean;
  now: number;
  viewer: Viewer;
  timeZone?: string;
  onRetry: () => void;
  onPage: (page: number) => void;
  onAction: (job: JobSummary, kind: ActionKind) => void;
}

/** The cards of one status tab, with its loading, empty and error states. */
export function JobList({ status, page, loading, error, filtered, now, viewer, timeZone, onRetry, onPage, onAction }: JobListProps) {
  const label = JOB_STATUS_LABELS[status];

  if (error && !page) {
    return (
      <Alert tone="error" title={`Could not load ${label} jobs`}>
        <p>{error}</p>
        <Button variant="secondary" className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      </Alert>
    );
  }

  if (!page) {
    return (
      <div aria-busy="true" className="space-y-3">
        <p className="sr-only">Loading {label} jobs…</p>
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-28 animate-pulse rounded-xl border border-slate-200 bg-white motion-reduce:animate-none">
            <div className="m-4 h-4 w-1/3 rounded bg-slate-200" />
            <div className="mx-4 h-3 w-1/4 rounded bg-slate-100" />
          </div>
        ))}
      </div>
    );
  }

  if (page.jobs.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
        <p className="font-medium text-slate-800">{filtered ? `No ${label} jobs match` : `No jobs in ${label}`}</p>
        <p className="mt-1 text-sm text-slate-600">
          {filtered ? 'Try another search, or clear the filters.' : 'New jobs show up here as soon as they arrive.'}
        </p>
      </div>
    );
  }

  const first = (page.page - 1) * page.page_size + 1;
  const last = first + page.jobs.length - 1;
  const hasMore = last < page.total;

  return (
    <div aria-busy={loading || undefined} className={loading ? 'opacity-60 transition-opacity' : undefined}>
      {error && (
        <Alert tone="error" className="mb-3">
          Could not refresh {label} jobs: {error}{' '}
          <button type="button" onClick={onRetry} className="font-semibold underline underline-offset-2">
            Try again
          </button>
        </Alert>
      )}
      <ul className="space-y-3">
        {page.jobs.map((job) => (
          <li key={job.id}>
            <JobCard job={job} now={now} lockedBy={lockAgainst(job.lock, viewer, now)} timeZone={timeZone} onAction={onAction} />
          </li>
        ))}
      </ul>
      {(page.page > 1 || hasMore) && (
        <nav aria-label={`${label} pages`} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
          <p className="text-slate-600">
            Showing {first}–{last} of {page.total}
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" disabled={page.page <= 1 || loading} onClick={() => onPage(page.page - 1)}>
              Previous
            </Button>
            <Button variant="secondary" disabled={!hasMore || loading} onClick={() => onPage(page.page + 1)}>
              Next
            </Button>
          </div>
        </nav>
      )}
    </div>
  );
}
