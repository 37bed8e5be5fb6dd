'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { ACTING_STAFF_SELECT_ID, useActingStaff, useStaffSession } from '@/lib/staff-session';
import { useRoster } from '../hooks/use-roster';

/**
 * "Performing action as": which staff member at this workstation is acting.
 * Lists active staff only; the choice is remembered for this workstation.
 */
export function ActingStaffPicker() {
  const { role } = useStaffSession();
  const { staffName, setStaffName } = useActingStaff();
  const { roster, reload } = useRoster(false);
  const active = roster.state === 'loaded' ? roster.staff.filter((m) => m.is_active).map((m) => m.name) : [];

  // A remembered name that has since been deactivated must not be sent any more.
  const stale = roster.state === 'loaded' && staffName !== null && !active.includes(staffName);
  useEffect(() => {
    if (stale) setStaffName(null);
  }, [stale, setStaffName]);

  const hintId = `${ACTING_STAFF_SELECT_ID}-hint`;
  const empty = roster.state === 'loaded' && active.length === 0;
  const chosen = !stale && staffName !== null ? staffName : '';

  return (
    <div className="flex min-w-0 flex-col gap-1 sm:flex-row sm:items-start sm:gap-2" data-testid="acting-staff">
      <label htmlFor={ACTING_STAFF_SELECT_ID} className="text-xs font-semibold text-slate-600 sm:pt-2.5 sm:text-right">
        Performing action as
      </label>
      <div className="min-w-0">
        <select
          id={ACTING_STAFF_SELECT_ID}
          value={chosen}
          disabled={roster.state !== 'loaded' || empty}
          aria-describedby={empty || roster.state === 'error' || !chosen ? hintId : undefined}
          onChange={(e) => setStaffName(e.target.value || null)}
          className={`block w-full min-w-48 rounded-lg border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm disabled:bg-slate-100 disabled:text-slate-500 sm:w-56 ${
            chosen ? 'border-slate-300' : 'border-amber-500'
          }`}
        >
          {roster.state === 'loading' && <option value="">Loading staff…</option>}
          {roster.state === 'error' && <option value="">Staff list unavailable</option>}
          {roster.state === 'loaded' && <option value="">{empty ? 'No staff members yet' : 'Choose your name…'}</option>}
          {active.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {empty && (
          <p id={hintId} className="mt-1 text-xs text-slate-600">
            {role === 'admin' ? (
              <>
                Add staff members in{' '}
                <Link href="/admin/staff" className="font-semibold text-teal-800 underline underline-offset-2">
                  Admin → Staff
                </Link>
              </>
            ) : (
              'Add staff members in Admin → Staff (an admin workstation is needed).'
            )}
          </p>
        )}
        {roster.state === 'error' && (
          <p id={hintId} className="mt-1 text-xs text-red-700">
            {roster.message}{' '}
            <button type="button" onClick={reload} className="font-semibold underline underline-offset-2">
              Try again
            </button>
          </p>
        )}
        {roster.state === 'loaded' && !empty && !chosen && (
          <p id={hintId} className="sr-only">
            Choose who you are before changing anything.
          </p>
        )}
      </div>
    </div>
  );
}
