import { Spinner } from '@/components/ui/Spinner';
import type { JobEventItem } from '@/features/jobs/api/jobs';
import { eventActor, eventLabel } from '@/features/jobs/model/event-labels';
import { formatDateTime } from '@/lib/format-date';

/** The newest entries of the job's trail, with the reason an override was given. */
export function OverrideTrail({ events, error, limit = 8 }: { events: JobEventItem[] | null; error: string | null; limit?: number }) {
  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <h3 className="text-base font-semibold text-slate-900">Trail (newest first)</h3>
      {error ? (
        <p className="mt-2 text-sm text-red-800" role="alert">
          The trail could not be loaded: {error}
        </p>
      ) : events === null ? (
        <p className="mt-2 flex items-center gap-2 text-sm text-slate-600" role="status">
          <Spinner /> Loading the trail…
        </p>
      ) : events.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Nothing recorded yet.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm" data-testid="override-trail">
          {[...events]
            .reverse()
            .slice(0, limit)
            .map((event) => {
              const reason = typeof event.details?.reason === 'string' ? event.details.reason : null;
              return (
                <li key={event.seq} className="rounded-lg bg-slate-50 px-3 py-2">
                  <span className="font-semibold text-slate-900">{eventLabel(event.event_type, event.details)}</span>
                  <span className="text-slate-600">
                    {' '}
                    · {eventActor(event)} · {formatDateTime(event.at)}
                  </span>
                  {reason && <span className="block text-slate-800">Reason: {reason}</span>}
                </li>
              );
            })}
        </ol>
      )}
    </div>
  );
}
