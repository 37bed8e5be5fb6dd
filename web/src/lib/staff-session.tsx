'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Who is signed in on this browser, as the staff frame learned it from `GET /auth/me`. */
export interface StaffSession {
  workstation: string;
  role: 'admin' | 'staff';
  expires_at: string;
}

interface StaffSessionContextValue {
  session: StaffSession;
  actingStaff: string | null;
  setActingStaff: (name: string | null) => void;
}

const StaffSessionContext = createContext<StaffSessionContextValue | null>(null);

/**
 * The picker's choice is remembered per workstation, because several staff
 * members share one computer's sign-in. Only the staff member's name is
 * stored here: never a token or anything else about the session.
 */
export function actingStaffStorageKey(workstation: string): string {
  return `printdesk.acting-staff.${workstation}`;
}

function readStoredName(workstation: string): string | null {
  try {
    return localStorage.getItem(actingStaffStorageKey(workstation)) || null;
  } catch {
    return null; // storage blocked (private mode, policy): the choice just is not remembered
  }
}

function storeName(workstation: string, name: string | null) {
  try {
    if (name) localStorage.setItem(actingStaffStorageKey(workstation), name);
    else localStorage.removeItem(actingStaffStorageKey(workstation));
  } catch {
    // see readStoredName
  }
}

/** Rendered by the staff frame once the session is known; everything inside can ask who acts. */
export function StaffSessionProvider({ session, children }: { session: StaffSession; children: ReactNode }) {
  const { workstation } = session;
  const [actingStaff, setActing] = useState<string | null>(null);

  // Read after mounting: localStorage does not exist while the server renders.
  useEffect(() => setActing(readStoredName(workstation)), [workstation]);

  const setActingStaff = useCallback(
    (name: string | null) => {
      setActing(name);
      storeName(workstation, name);
    },
    [workstation],
  );

  const value = useMemo(() => ({ session, actingStaff, setActingStaff }), [session, actingStaff, setActingStaff]);
  return <StaffSessionContext.Provider value={value}>{children}</StaffSessionContext.Provider>;
}

function useStaffSessionContext(hook: string): StaffSessionContextValue {
  const value = useContext(StaffSessionContext);
  if (!value) throw new Error(`${hook}() must be used inside the staff frame (StaffSessionProvider)`);
  return value;
}

/** The signed-in workstation and its role. */
export function useStaffSession(): StaffSession {
  return useStaffSessionContext('useStaffSession').session;
}

/** The id of the "Performing action as" select, so a page can send focus to it. */
export const ACTING_STAFF_SELECT_ID = 'acting-staff';

/**
 * The staff member chosen in "Performing action as": every staff mutation
 * sends it as `staff_name`. `staffName` is null until someone is chosen.
 */
export function useActingStaff(): {
  staffName: string | null;
  setStaffName: (name: string | null) => void;
  workstation: string;
  /** Moves focus to the picker, e.g. after a button said someone must be chosen first. */
  focusPicker: () => void;
} {
  const { session, actingStaff, setActingStaff } = useStaffSessionContext('useActingStaff');
  return {
    staffName: actingStaff,
    setStaffName: setActingStaff,
    workstation: session.workstation,
    focusPicker: () => document.getElementById(ACTING_STAFF_SELECT_ID)?.focus(),
  };
}

/** What a mutation button says when nobody has been chosen in the picker yet. */
export const CHOOSE_ACTING_STAFF_FIRST =
  'Choose who is performing this action in “Performing action as” (top of the page) first.';
