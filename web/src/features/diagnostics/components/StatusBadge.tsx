import type { PartStatus } from '../types';
import { STATUS_TEXT } from '../summary';

const STYLE: Record<PartStatus, string> = {
  up: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  degraded: 'border-amber-300 bg-amber-50 text-amber-950',
  down: 'border-red-300 bg-red-50 text-red-900',
};

/** A status as a word and a shape (tick, warning triangle, cross), never by colour alone. */
export function StatusBadge({ status, text }: { status: PartStatus; text?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STYLE[status]}`}
      data-status={status}
    >
      <StatusIcon status={status} />
      {text ?? STATUS_TEXT[status]}
    </span>
  );
}

export function StatusIcon({ status }: { status: PartStatus }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0">
      {status === 'up' && (
        <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
      )}
      {status === 'degraded' && (
        <path fillRule="evenodd" d="M8.3 2.9a2 2 0 0 1 3.4 0l6.1 10.6A2 2 0 0 1 16.1 16.5H3.9a2 2 0 0 1-1.7-3L8.3 2.9ZM10 7a1 1 0 0 0-1 1v3a1 1 0 1 0 2 0V8a1 1 0 0 0-1-1Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
      )}
      {status === 'down' && (
        <path fillRule="evenodd" d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4Z" clipRule="evenodd" />
      )}
    </svg>
  );
}
