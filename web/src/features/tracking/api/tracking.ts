import { fetchJson } from '@/lib/api';
import type { Tracking, TrackingJob, TrackingQueue, TrackingQuote, TrackingRejection, TrackingStep } from '@/lib/schemas';

export type { Tracking, TrackingJob, TrackingQueue, TrackingQuote, TrackingRejection, TrackingStep };

/** A student's request by the token from their e-mail (public); 404 when there is none. */
export function getTracking(token: string, signal?: AbortSignal): Promise<Tracking> {
  return fetchJson<Tracking>(`/track/${encodeURIComponent(token)}`, { signal });
}
