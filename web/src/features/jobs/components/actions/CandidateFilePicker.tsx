'use client';

import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { formatBytes } from '@/lib/format';
import { formatDateTime } from '@/lib/format-date';
import type { CandidateFile } from '../../api/candidates';
import type { CandidatesState } from '../../hooks/use-candidates';

interface CandidateFilePickerProps {
  candidates: CandidatesState;
  chosen: string | null;
  /** The job's current file, kept when the scan fails. */
  currentName: string;
  timeZone?: string;
  onChoose: (name: string) => void;
  onRescan: () => void;
  error?: string;
}

function Tag({ children, tone }: { children: string; tone: 'teal' | 'slate' }) {
  const tones = {
    teal: 'bg-teal-50 text-teal-900 ring-teal-200',
    slate: 'bg-slate-100 text-slate-700 ring-slate-200',
  };
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tones[tone]}`}>{children}</span>;
}

function CandidateRow({ file, recommended, checked, timeZone, onChoose }: {
  file: CandidateFile;
  recommended: boolean;
  checked: boolean;
  timeZone?: string;
  onChoose: () => void;
}) {
  return (
    <li>
      <label
        className={`flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2 text-sm ${
          checked ? 'border-teal-600 bg-teal-50/60 ring-1 ring-teal-600' : 'border-slate-300 bg-white hover:bg-slate-50'
        }`}
      >
        <input type="radio" name="authoritative-file" checked={checked} onChange={onChoose} className="mt-0.5 size-4 accent-teal-700" />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium break-all text-slate-900">{file.name}</span>
            {recommended && <Tag tone="teal">Recommended</Tag>}
            {file.is_current && <Tag tone="slate">Current file</Tag>}
            {file.is_original && <Tag tone="slate">Student’s upload</Tag>}
          </span>
          <span className="mt-0.5 block text-xs text-slate-600">
            {formatBytes(file.size_bytes)} · saved {formatDateTime(file.modified_at, timeZone)}
          </span>
        </span>
      </label>
    </li>
  );
}

/**
 * Which of the job's files to print: the files service's scan, best first,
 * with the recommended one chosen. "Detect newer saves" scans again (e.g.
 * after slicing into a .3mf). When the scan fails, the current file stays.
 */
export function CandidateFilePicker({ candidates, chosen, currentName, timeZone, onChoose, onRescan, error }: CandidateFilePickerProps) {
  const data = candidates.state === 'error' ? undefined : candidates.data;
  const scanning = candidates.state === 'loading';
  return (
    <fieldset className="space-y-2" aria-describedby={error ? 'candidate-error' : undefined}>
      <legend className="text-sm font-semibold text-slate-800">File to print</legend>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-600">Files beside the job’s file, best first. Sliced it just now? Scan again.</p>
        <Button variant="secondary" onClick={onRescan} aria-busy={scanning || undefined} className="min-h-9 px-3 py-1">
          {scanning ? <Spinner /> : <span aria-hidden="true">↻</span>}
          Detect newer saves
        </Button>
      </div>
      <p className="sr-only" role="status">
        {scanning ? 'Looking for the job’s files…' : data ? `${data.candidates.length} files found.` : ''}
      </p>
      {candidates.state === 'error' && (
        <Alert tone="info">
          Could not list the job’s files ({candidates.message}). The current file, <strong>{currentName}</strong>, will be
          printed.
        </Alert>
      )}
      {data && data.candidates.length === 0 && (
        <p className="text-sm text-slate-600">No files found beside the job’s file; the current file will be printed.</p>
      )}
      {data && data.candidates.length > 0 && (
        <ul className={`max-h-52 space-y-1.5 overflow-y-auto pr-1 ${scanning ? 'opacity-60' : ''}`}>
          {data.candidates.map((file) => (
            <CandidateRow
              key={file.name}
              file={file}
              recommended={file.name === data.recommended}
              checked={file.name === chosen}
              timeZone={timeZone}
              onChoose={() => onChoose(file.name)}
            />
          ))}
        </ul>
      )}
      {!data && scanning && (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner /> Looking for the job’s files…
        </p>
      )}
      {error && (
        <p id="candidate-error" className="text-sm font-medium text-red-700">
          ⚠ {error}
        </p>
      )}
    </fieldset>
  );
}
