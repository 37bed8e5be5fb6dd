import { useId, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { formatDateTime } from '@/lib/format-date';
import type { StorageAuditReport } from '../api/files-audit';
import { ISSUE_TEXT, deleteOrphan, deleteStale, repairsFor, type PlannedAction } from '../audit';

interface Props {
  report: StorageAuditReport;
  onPlan: (action: PlannedAction) => void;
  busy: boolean;
}

/** The audit's four lists, each with its safe actions (or a plain "nothing here"). */
export function AuditFindings({ report, onPlan, busy }: Props) {
  return (
    <div className="space-y-6">
      <Finding
        title="Broken jobs"
        about="Jobs whose file or metadata on disk disagrees with the records."
        empty="Every job’s file and metadata match its records."
        count={report.broken_links.length}
        testId="audit-broken"
      >
        {report.broken_links.map((link) => {
          const repairs = repairsFor(link);
          return (
            <Item key={link.job_id}>
              <div className="min-w-0">
                <p className="font-mono text-sm [overflow-wrap:anywhere] text-slate-900">{link.relative_path}</p>
                <p className="text-xs text-slate-600">
                  Job <span className="font-mono">{link.job_id}</span> · {link.status}
                </p>
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
                  {link.issues.map((issue) => (
                    <li key={issue}>{ISSUE_TEXT[issue] ?? issue}</li>
                  ))}
                </ul>
                {repairs.length === 0 && (
                  <p className="mt-1 text-sm text-slate-600">No safe repair: look at the job’s folder and its ticket.</p>
                )}
              </div>
              <Actions>
                {repairs.map((repair) => (
                  <Button key={repair.action} variant="secondary" disabled={busy} onClick={() => onPlan(repair)} aria-label={`${repair.button}: job ${link.job_id}`}>
                    {repair.button}
                  </Button>
                ))}
              </Actions>
            </Item>
          );
        })}
      </Finding>

      <Finding
        title="Orphaned files"
        about="Files in the storage folder that no job’s records name."
        empty="No orphaned files."
        count={report.orphaned_files.length}
        testId="audit-orphaned"
      >
        {report.orphaned_files.map((path) => (
          <Item key={path}>
            <p className="min-w-0 font-mono text-sm [overflow-wrap:anywhere] text-slate-900">{path}</p>
            <Actions>
              <Button variant="secondary" disabled={busy} onClick={() => onPlan(deleteOrphan(path))} aria-label={`Delete ${path}`}>
                Delete
              </Button>
            </Actions>
          </Item>
        ))}
      </Finding>

      <Finding
        title="Stale copies"
        about="Leftover copies of a job’s file in another status folder (e.g. after an interrupted move)."
        empty="No stale copies."
        count={report.stale_files.length}
        testId="audit-stale"
      >
        {report.stale_files.map((stale) => (
          <Item key={stale.path}>
            <div className="min-w-0">
              <p className="font-mono text-sm [overflow-wrap:anywhere] text-slate-900">{stale.path}</p>
              <p className="text-xs [overflow-wrap:anywhere] text-slate-600">
                Job <span className="font-mono">{stale.job_id}</span> keeps its file at <span className="font-mono">{stale.job_path}</span>
              </p>
            </div>
            <Actions>
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => onPlan(deleteStale(stale.path, stale.job_path))}
                aria-label={`Delete stale copy ${stale.path}`}
              >
                Delete stale copy
              </Button>
            </Actions>
          </Item>
        ))}
      </Finding>

      <Finding
        title="Moves in progress"
        about="File moves started but not finished; the files service completes them by itself. Listed to explain files seen twice."
        empty="No moves in progress."
        count={report.pending_moves.length}
        testId="audit-moves"
      >
        {report.pending_moves.map((move) => (
          <Item key={move.id}>
            <div className="min-w-0 text-sm">
              <p className="text-slate-900">
                Job <span className="font-mono">{move.job_id}</span>
                {move.target_status && <> → {move.target_status}</>} · {move.phase === 'copying' ? 'copying' : 'cleaning up'}
              </p>
              <p className="text-xs text-slate-600">
                {move.reason}
                {move.created_at && <> · since {formatDateTime(move.created_at)}</>}
              </p>
            </div>
          </Item>
        ))}
      </Finding>
    </div>
  );
}

function Finding({
  title,
  about,
  empty,
  count,
  testId,
  children,
}: {
  title: string;
  about: string;
  empty: string;
  count: number;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid={testId}>
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title} <span className="text-base font-normal text-slate-600">({count})</span>
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">{about}</p>
      {count === 0 ? (
        <p className="mt-3 text-sm text-slate-700">
          <span aria-hidden="true">✓ </span>
          {empty}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">{children}</ul>
      )}
    </section>
  );
}

function Item({ children }: { children: ReactNode }) {
  return <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between">{children}</li>;
}

function Actions({ children }: { children: ReactNode }) {
  return <div className="flex shrink-0 flex-wrap gap-2">{children}</div>;
}
