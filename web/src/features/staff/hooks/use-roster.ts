'use client';

import { useCallback, useEffect, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { listStaff, type StaffMember } from '../api/staff';

/**
 * The picker and the admin roster page load the roster separately; after a
 * change on one, the other must load it again. One browser-wide signal does it.
 */
const rosterChanged = typeof window === 'undefined' ? null : new EventTarget();

export function announceRosterChanged() {
  rosterChanged?.dispatchEvent(new Event('changed'));
}

export type RosterState =
  | { state: 'loading' }
  | { state: 'loaded'; staff: StaffMember[] }
  | { state: 'error'; message: string };

/** The roster, loaded now and again whenever it changes; 401 sends the browser to sign in. */
export function useRoster(includeInactive: boolean) {
  const onSessionExpired = useSessionExpiry();
  const [roster, setRoster] = useState<RosterState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!rosterChanged) return;
    rosterChanged.addEventListener('changed', reload);
    return () => rosterChanged.removeEventListener('changed', reload);
  }, [reload]);

  useEffect(() => {
    const controller = new AbortController();
    listStaff(includeInactive, controller.signal).then(
      ({ staff }) => setRoster({ state: 'loaded', staff }),
      (error: unknown) => {
        if (isAbortError(error) || onSessionExpired(error)) return;
        setRoster({ state: 'error', message: isApiError(error) ? error.message : 'Could not load the staff list.' });
      },
    );
    return () => controller.abort();
  }, [includeInactive, attempt, onSessionExpired]);

  return { roster, reload };
}
