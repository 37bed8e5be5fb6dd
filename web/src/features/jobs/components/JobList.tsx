import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { JOB_STATUS_LABELS, type JobPage, type JobStatus } from '../api/jobs';
import { JobCard } from './JobCard';

interface JobListProps {
  status: JobStatus;
  page: JobPage | undefined;
  loading: boolean;
  error: string | null;
  now: number;
  onRetry: () => void;
  onPage: (page: number) => void;
}

/** The cards of one status tab, with its loading, empty and error states. */
export function JobList({ status, page, loading, error, now, onRetry, onPage }: JobListProps) {
  const label = JOB_STATUS_LABELS[status];

  if (error) {
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
        <p className="font-medium text-slate-800">No jobs in {label}</p>
        <p className="mt-1 text-sm text-slate-600">New jobs show up here after a refresh.</p>
      </div>
    );
  }

  const first = (page.page - 1) * page.page_size + 1;
  const last = first + page.jobs.length - 1;
  const hasMore = last < page.total;

  return (
    <div aria-busy={loading || undefined} className={loading ? 'opacity-60 transition-opacity' : undefined}>
      <ul className="space-y-3">
        {page.jobs.map((job) => (
          <li key={job.id}>
            <JobCard job={job} now={now} />
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
