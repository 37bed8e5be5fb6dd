'use client';

import { useCallback, useEffect, useReducer, useRef } from 'react';
import { isAbortError } from '@/lib/api';
import { confirmQuote, getConfirmation, requestNewLink } from '../api/confirmation';
import { confirmationReducer, initialConfirmationState } from '../state';

/**
 * The confirm page's data: the view is only read on load (GET); the quote is accepted only by `confirm`,
 * and a new link only sent by `requestLink`. Each runs once at a time, however often it is clicked.
 */
export function useConfirmation(token: string) {
  const [state, dispatch] = useReducer(confirmationReducer, initialConfirmationState);
  const [attempt, bump] = useReducer((n: number) => n + 1, 0);
  const busy = useRef({ confirm: false, resend: false });

  useEffect(() => {
    const controller = new AbortController();
    getConfirmation(token, controller.signal).then(
      (view) => dispatch({ type: 'loaded', view }),
      (error: unknown) => {
        if (!isAbortError(error)) dispatch({ type: 'load-failed', error });
      },
    );
    return () => controller.abort();
  }, [token, attempt]);

  const retry = useCallback(() => {
    dispatch({ type: 'load' });
    bump();
  }, []);

  const confirm = useCallback(async () => {
    // A ref, not state: a second click can arrive before React has re-rendered the disabled button.
    if (busy.current.confirm) return;
    busy.current.confirm = true;
    dispatch({ type: 'confirm-started' });
    try {
      dispatch({ type: 'confirmed', view: await confirmQuote(token) });
    } catch (error) {
      dispatch({ type: 'confirm-failed', error });
    } finally {
      busy.current.confirm = false;
    }
  }, [token]);

  const requestLink = useCallback(async () => {
    if (busy.current.resend) return;
    busy.current.resend = true;
    dispatch({ type: 'resend-started' });
    try {
      dispatch({ type: 'resent', message: (await requestNewLink(token)).message });
    } catch (error) {
      dispatch({ type: 'resend-failed', error });
    } finally {
      busy.current.resend = false;
    }
  }, [token]);

  return { ...state, retry, confirm, requestLink };
}
