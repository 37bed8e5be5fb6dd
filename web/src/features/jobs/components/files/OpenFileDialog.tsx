'use client';

import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import type { JobSummary } from '../../api/jobs';
import { OpenFilePanel } from './OpenFilePanel';

interface OpenFileDialogProps {
  job: JobSummary;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * A card's "Open file": the slicer link and the file path, without expanding
 * the card. Opening a file changes nothing, so it needs no lock and no staff name.
 */
export function OpenFileDialog({ job, onClose, fallbackFocus }: OpenFileDialogProps) {
  return (
    <Dialog
      title={`Open file · ${job.student_name}`}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
      description={
        <span>
          Job <span className="font-mono font-semibold text-slate-900">{job.short_id}</span> ·{' '}
          <span className="break-all">{job.display_name ?? job.original_filename}</span>
        </span>
      }
    >
      <div className="space-y-4">
        <OpenFilePanel jobId={job.id} headingLevel={3} />
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
