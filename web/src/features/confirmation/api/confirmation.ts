import { fetchJson } from '@/lib/api';
import type { ConfirmationView, ConfirmResendAccepted, ConfirmResendRequest } from '@/lib/schemas';

export type { ConfirmationView, ConfirmResendAccepted };

const path = (token: string) => `/confirm/${encodeURIComponent(token)}`;

/** The quote behind a confirm link and whether the link can still be used (public, changes nothing). */
export function getConfirmation(token: string, signal?: AbortSignal): Promise<ConfirmationView> {
  return fetchJson<ConfirmationView>(path(token), { signal });
}

/** Accept the quote: the job joins the print queue. 409 used, 410 expired, 404 not a current link. */
export function confirmQuote(token: string): Promise<ConfirmationView> {
  return fetchJson<ConfirmationView>(path(token), { method: 'POST' });
}

/** E-mail a fresh link to the job's address (never to this page); the link in hand stops working. */
export function requestNewLink(token: string): Promise<ConfirmResendAccepted> {
  const body: ConfirmResendRequest = { token };
  return fetchJson<ConfirmResendAccepted>('/confirm/resend', { method: 'POST', json: body });
}
