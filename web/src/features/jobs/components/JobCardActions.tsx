'use client';

import { Button } from '@/components/ui/Button';
import type { JobSummary, LockInfo } from '../api/jobs';
import { ACTION_LABELS, PRIMARY_ACTIONS, actionsFor, type ActionKind } from '../model/job-actions';

interface JobCardActionsProps {
  job: JobSummary;
  /** Someone else's lock: the buttons stay focusable but do nothing, and say why. */
  lockedBy: LockInfo | null;
  lockNoteId: string;
  onAction: (kind: ActionKind) => void;
}

const VARIANT = (kind: ActionKind) =>
  PRIMARY_ACTIONS.has(kind) ? 'primary' : kind === 'notes' || kind === 'delete' ? 'ghost' : 'secondary';

/** The steps this job's status allows, as buttons. */
export function JobCardActions({ job, lockedBy, lockNoteId, onAction }: JobCardActionsProps) {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={`Actions for ${job.student_name}`}>
      {actionsFor(job).map((kind) => (
        <Button
          key={kind}
          variant={VARIANT(kind)}
          className={`min-h-10 px-3 py-1.5 ${kind === 'delete' ? 'text-red-800 hover:bg-red-50' : ''}`}
          aria-disabled={lockedBy ? true : undefined}
          aria-describedby={lockedBy ? lockNoteId : undefined}
          data-action={kind}
          onClick={() => {
            if (!lockedBy) onAction(kind);
          }}
        >
          {ACTION_LABELS[kind]}
          {kind === 'notes' && job.has_notes && <span className="sr-only"> (has notes)</span>}
        </Button>
      ))}
    </div>
  );
}
