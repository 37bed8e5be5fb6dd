import { API_BASE, ApiError, fetchJson, toApiError } from '@/lib/api';
import type { ServiceDiag, ServiceHealth } from '../types';

export const SERVICES = ['jobs', 'files', 'notify', 'auth'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** One service's diagnostics (admin). */
export function getDiag(service: ServiceName, signal?: AbortSignal): Promise<ServiceDiag> {
  return fetchJson<ServiceDiag>(`/${service}/diag`, { signal });
}

/**
 * One service's health check. A 503 still carries the parts and which are down, so it is read
 * as an answer, not an error; anything else that is not JSON health is thrown as an ApiError.
 */
export async function getHealth(service: ServiceName, signal?: AbortSignal): Promise<ServiceHealth> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/${service}/health`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'Could not reach PrintDesk. Check your connection and try again.');
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  if ((response.ok || response.status === 503) && isHealth(body)) return body;
  throw toApiError(response.status, body, response.headers.get('Retry-After'));
}

function isHealth(body: unknown): body is ServiceHealth {
  return (
    typeof body === 'object' &&
    body !== null &&
    'status' in body &&
    'components' in body &&
    typeof (body as { components: unknown }).components === 'object'
  );
}
