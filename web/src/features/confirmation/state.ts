import { isApiError } from '@/lib/api';
import type { JobStatus } from '@/lib/schemas';
import type { ConfirmationView } from './api/confirmation';
import { isPastConfirmation, STUDENT_STATUS_LABELS } from './format';

/** The "Send me a new link" request of an expired link. */
export type ResendState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent'; message: string }
  /** 429: a link went out minutes ago; asking again now will not help. */
  | { state: 'refused'; message: string }
  /** A network or server failure: the button stays, to try again. */
  | { state: 'failed'; message: string };

export type ConfirmationPage =
  | { phase: 'loading' }
  | { phase: 'load-failed'; message: string }
  /** 404: an unknown link, or one replaced by a newer e-mail. */
  | { phase: 'invalid' }
  | { phase: 'ready'; view: ConfirmationView; confirming: boolean; confirmError: string | null; resend: ResendState };

/** A result to read out and move focus to; `id` changes with every new result. */
export interface Announcement {
  id: number;
  text: string;
}

export interface ConfirmationState {
  page: ConfirmationPage;
  announcement: Announcement | null;
}

export type ConfirmationAction =
  | { type: 'load' }
  | { type: 'loaded'; view: ConfirmationView }
  | { type: 'load-failed'; error: unknown }
  | { type: 'confirm-started' }
  | { type: 'confirmed'; view: ConfirmationView }
  | { type: 'confirm-failed'; error: unknown }
  | { type: 'resend-started' }
  | { type: 'resent'; message: string }
  | { type: 'resend-failed'; error: unknown };

export const initialConfirmationState: ConfirmationState = { page: { phase: 'loading' }, announcement: null };

export const INVALID_TEXT = 'This confirmation link is not valid.';
export const EXPIRED_TEXT = 'This confirmation link has expired. You can ask for a new one.';
export const CONFIRMED_TEXT = 'Confirmed. Your print is now in the print queue.';

/** What a used link says: "already confirmed" only when the job really got past confirmation. */
export function usedText(status: JobStatus): string {
  return isPastConfirmation(status) ? 'You already confirmed this print.' : 'This confirmation link can no longer be used.';
}

/** The job's status now, from a 409's `current_status` field when the server sent a known one. */
function statusAfterConflict(error: unknown, fallback: JobStatus): JobStatus {
  const reported = isApiError(error) ? error.fields.current_status : undefined;
  return reported && Object.hasOwn(STUDENT_STATUS_LABELS, reported) ? (reported as JobStatus) : fallback;
}

function messageOf(error: unknown, fallback: string): string {
  return isApiError(error) ? error.message : fallback;
}

const statusOf = (error: unknown) => (isApiError(error) ? error.status : 0);

/**
 * The confirm page as a pure function of what happened: loading the view, the confirm POST, and the
 * request for a new link. Results the student must notice come with an announcement.
 */
export function confirmationReducer(state: ConfirmationState, action: ConfirmationAction): ConfirmationState {
  const { page } = state;
  const announce = (next: ConfirmationPage, text: string): ConfirmationState => ({
    page: next,
    announcement: { id: (state.announcement?.id ?? 0) + 1, text },
  });

  switch (action.type) {
    case 'load':
      return { page: { phase: 'loading' }, announcement: state.announcement };
    case 'loaded':
      return { ...state, page: { phase: 'ready', view: action.view, confirming: false, confirmError: null, resend: { state: 'idle' } } };
    case 'load-failed':
      if (statusOf(action.error) === 404) return { ...state, page: { phase: 'invalid' } };
      return { ...state, page: { phase: 'load-failed', message: messageOf(action.error, 'Could not load your quote.') } };
  }

  if (page.phase !== 'ready') return state; // a late answer for a page that moved on
  switch (action.type) {
    case 'confirm-started':
      if (page.confirming || page.view.state !== 'open') return state;
      return { ...state, page: { ...page, confirming: true, confirmError: null } };
    case 'confirmed':
      return announce({ ...page, view: action.view, confirming: false, confirmError: null }, CONFIRMED_TEXT);
    case 'confirm-failed': {
      const status = statusOf(action.error);
      if (status === 404) return announce({ phase: 'invalid' }, INVALID_TEXT);
      if (status === 410) return announce({ ...page, confirming: false, view: { ...page.view, state: 'expired' } }, EXPIRED_TEXT);
      if (status === 409) {
        const current = statusAfterConflict(action.error, page.view.status);
        return announce({ ...page, confirming: false, view: { ...page.view, state: 'used', status: current } }, usedText(current));
      }
      const message = messageOf(action.error, 'Your confirmation did not go through.');
      return announce({ ...page, confirming: false, confirmError: message }, `Not confirmed yet. ${message}`);
    }
    case 'resend-started':
      if (page.resend.state === 'sending' || page.resend.state === 'sent') return state;
      return { ...state, page: { ...page, resend: { state: 'sending' } } };
    case 'resent':
      return announce({ ...page, resend: { state: 'sent', message: action.message } }, action.message);
    case 'resend-failed': {
      const status = statusOf(action.error);
      const message = messageOf(action.error, 'The new link could not be requested.');
      if (status === 404) return announce({ phase: 'invalid' }, INVALID_TEXT);
      if (status === 409) {
        const current = statusAfterConflict(action.error, page.view.status);
        return announce({ ...page, resend: { state: 'idle' }, view: { ...page.view, state: 'used', status: current } }, usedText(current));
      }
      if (status === 429) return announce({ ...page, resend: { state: 'refused', message } }, message);
      return announce({ ...page, resend: { state: 'failed', message } }, message);
    }
    default:
      return state;
  }
}
