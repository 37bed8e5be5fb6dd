'use client';

import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Spinner } from '@/components/ui/Spinner';
import { TextField } from '@/components/ui/TextField';
import { isApiError } from '@/lib/api';
import { formatDate } from '@/lib/format-date';
import { CHOOSE_ACTING_STAFF_FIRST, useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { addStaffMember, setStaffMemberActive, type StaffMember } from '../api/staff';
import { announceRosterChanged, useRoster } from '../hooks/use-roster';

const NAME_MAX = 100;

function errorMessage(error: unknown, fallback: string): string {
  return isApiError(error) ? error.message : fallback;
}

/** Admin → Staff: the roster, adding members, deactivating and reactivating them. */
export function StaffRosterAdmin() {
  const { staffName, focusPicker } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [showInactive, setShowInactive] = useState(false);
  const { roster, reload } = useRoster(showInactive);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<StaffMember | null>(null);

  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [addError, setAddError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (adding) return;
    setAddError(null);
    setStatus('');
    const trimmed = name.trim().replace(/\s+/g, ' ');
    const problem = !trimmed
      ? 'Enter the staff member’s name.'
      : trimmed.length > NAME_MAX
        ? `A staff name is at most ${NAME_MAX} characters.`
        : undefined;
    setNameError(problem);
    if (problem) return nameRef.current?.focus();
    if (!staffName) {
      setAddError(CHOOSE_ACTING_STAFF_FIRST);
      return focusPicker();
    }
    setAdding(true);
    try {
      await addStaffMember(trimmed, staffName);
      setName('');
      setStatus(`${trimmed} was added to the staff list.`);
      announceRosterChanged();
      nameRef.current?.focus();
    } catch (error) {
      if (onSessionExpired(error)) return;
      // A problem with the name is shown at the name, in the API's full sentence for a duplicate.
      const nameProblem = !isApiError(error)
        ? undefined
        : error.status === 409
          ? error.message
          : error.fields.name;
      setNameError(nameProblem);
      if (nameProblem) nameRef.current?.focus();
      else setAddError(errorMessage(error, 'Could not add the staff member. Please try again.'));
    } finally {
      setAdding(false);
    }
  }

  const members = roster.state === 'loaded' ? roster.staff.filter((m) => showInactive || m.is_active) : [];

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Staff</h1>
        <p className="mt-1 text-sm text-slate-600">
          The people who appear in “Performing action as”. Members are never deleted: a deactivated member leaves the
          picker but keeps their name on everything they did.
        </p>
      </div>

      {!staffName && (
        <Alert tone="info" title="Who is making changes?">
          Choose your name in “Performing action as” at the top of the page: every change here is recorded under it.
        </Alert>
      )}

      <section aria-labelledby="add-staff-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="add-staff-heading" className="text-lg font-semibold text-slate-900">
          Add a staff member
        </h2>
        <form noValidate onSubmit={add} className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start">
          <TextField
            ref={nameRef}
            label="Name"
            hint="As it should appear in “Performing action as”."
            name="name"
            autoComplete="off"
            maxLength={NAME_MAX + 20}
            value={name}
            error={nameError}
            readOnly={adding}
            onChange={(e) => {
              setName(e.target.value);
              if (nameError) setNameError(undefined);
            }}
            className="min-w-0 flex-1"
          />
          <Button type="submit" loading={adding} className="sm:mt-[3.25rem]">
            Add staff member
          </Button>
        </form>
        {addError && (
          <Alert tone="error" className="mt-3">
            {addError}
          </Alert>
        )}
      </section>

      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {status && (
        <p className="-mt-4 flex items-center gap-2 text-sm font-medium text-emerald-800" aria-hidden="true">
          <span>✓</span>
          {status}
        </p>
      )}

      <section aria-labelledby="roster-heading">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="roster-heading" className="text-lg font-semibold text-slate-900">
            Roster
          </h2>
          <label className="flex cursor-pointer items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={showInactive}
              onChange={(e) => setShowInactive(e.target.checked)}
              className="size-4 accent-teal-700"
            />
            Show inactive staff
          </label>
        </div>

        {roster.state === 'loading' && (
          <p className="mt-4 flex items-center gap-2 text-slate-600" role="status">
            <Spinner /> Loading the staff list…
          </p>
        )}
        {roster.state === 'error' && (
          <Alert tone="error" className="mt-4" title="Could not load the staff list">
            <p>{roster.message}</p>
            <Button variant="secondary" className="mt-3" onClick={reload}>
              Try again
            </Button>
          </Alert>
        )}
        {roster.state === 'loaded' && members.length === 0 && (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
            {showInactive ? 'Nobody is on the roster yet.' : 'No active staff members.'} The very first member is added on
            the server with <code className="font-mono text-xs">printdesk-auth add-staff "Name"</code>.
          </p>
        )}
        {members.length > 0 && (
          <ul className="mt-4 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {members.map((member) => (
              <li key={member.name} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="staff-row">
                <div className="min-w-0">
                  <p className={`font-semibold break-words ${member.is_active ? 'text-slate-900' : 'text-slate-500'}`}>
                    {member.name}
                    {!member.is_active && <span className="ml-1 font-normal">(inactive)</span>}
                  </p>
                  <p className="text-xs text-slate-600">
                    Added {formatDate(member.added_at)}
                    {member.deactivated_at && ` · deactivated ${formatDate(member.deactivated_at)}`}
                  </p>
                </div>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setStatus('');
                    setConfirming(member);
                  }}
                  aria-label={`${member.is_active ? 'Deactivate' : 'Reactivate'} ${member.name}`}
                >
                  {member.is_active ? 'Deactivate' : 'Reactivate'}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {confirming && (
        <ConfirmActiveChange
          member={confirming}
          staffName={staffName}
          onClose={() => setConfirming(null)}
          onDone={(message) => {
            setConfirming(null);
            setStatus(message);
            announceRosterChanged();
          }}
          onSessionExpired={onSessionExpired}
          focusPicker={focusPicker}
        />
      )}
    </div>
  );
}

function ConfirmActiveChange({
  member,
  staffName,
  onClose,
  onDone,
  onSessionExpired,
  focusPicker,
}: {
  member: StaffMember;
  staffName: string | null;
  onClose: () => void;
  onDone: (message: string) => void;
  onSessionExpired: (error: unknown) => boolean;
  focusPicker: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const deactivate = member.is_active;

  async function confirm() {
    if (!staffName) {
      setError(CHOOSE_ACTING_STAFF_FIRST);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await setStaffMemberActive(member.name, !deactivate, staffName);
      onDone(deactivate ? `${member.name} was deactivated.` : `${member.name} is active again.`);
    } catch (err) {
      if (onSessionExpired(err)) return;
      setBusy(false);
      setError(errorMessage(err, 'Could not save the change. Please try again.'));
    }
  }

  return (
    <Dialog
      title={deactivate ? `Deactivate ${member.name}?` : `Reactivate ${member.name}?`}
      onClose={onClose}
      description={
        deactivate
          ? 'They leave “Performing action as” on every workstation. Their name stays on everything they already did.'
          : 'They appear in “Performing action as” again.'
      }
    >
      {error && (
        <Alert tone="error" className="mb-4">
          {error}
          {!staffName && (
            <button
              type="button"
              className="mt-1 block font-semibold underline underline-offset-2"
              onClick={() => {
                onClose();
                // After the dialog has handed focus back to its opener.
                setTimeout(focusPicker, 0);
              }}
            >
              Go to “Performing action as”
            </button>
          )}
        </Alert>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button onClick={confirm} loading={busy}>
          {deactivate ? 'Deactivate' : 'Reactivate'}
        </Button>
      </div>
      {staffName && <p className="mt-3 text-xs text-slate-600">Recorded as done by {staffName}.</p>}
    </Dialog>
  );
}
