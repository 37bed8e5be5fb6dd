'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { Dialog } from '@/components/ui/Dialog';
import { TextField } from '@/components/ui/TextField';
import { isApiError, type FieldErrors } from '@/lib/api';
import { CHOOSE_ACTING_STAFF_FIRST } from '@/lib/staff-session';
import {
  changeWorkstation,
  createWorkstation,
  type WorkstationAccount,
  type WorkstationChange,
} from '../api/workstations';

export const PASSWORD_MIN = 10;
const NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const NAME_RULE = 'Use 1 to 64 lowercase letters, digits and dashes, starting with a letter or digit (like front-desk).';

export type WorkstationDialogKind = 'create' | 'rename' | 'password' | 'admin' | 'active';

interface DialogProps {
  kind: WorkstationDialogKind;
  /** The account to change; absent for "create". */
  workstation?: WorkstationAccount;
  staffName: string | null;
  onClose: () => void;
  onDone: (message: string) => void;
  onSessionExpired: (error: unknown) => boolean;
}

function checkName(name: string): string | undefined {
  if (!name) return 'Enter a name for the workstation.';
  return NAME_PATTERN.test(name) ? undefined : NAME_RULE;
}

function checkPasswords(password: string, again: string): FieldErrors {
  const errors: FieldErrors = {};
  if (password.length < PASSWORD_MIN) errors.password = `Use at least ${PASSWORD_MIN} characters.`;
  if (!errors.password && password !== again) errors.password_again = 'The two passwords are not the same.';
  return errors;
}

/** Every change to a workstation account is one small dialog; this picks and runs it. */
export function WorkstationDialog({ kind, workstation, staffName, onClose, onDone, onSessionExpired }: DialogProps) {
  const [name, setName] = useState(kind === 'rename' ? (workstation?.name ?? '') : '');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = workstation?.name ?? '';

  function localErrors(): FieldErrors {
    if (kind === 'create') {
      const nameError = checkName(name.trim());
      return { ...(nameError ? { name: nameError } : {}), ...checkPasswords(password, again) };
    }
    if (kind === 'rename') {
      const nameError = checkName(name.trim());
      if (nameError) return { new_name: nameError };
      return name.trim() === target ? { new_name: 'Enter a different name.' } : {};
    }
    if (kind === 'password') return checkPasswords(password, again);
    return {};
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const found = localErrors();
    setFields(found);
    if (Object.keys(found).length > 0) {
      const form = event.currentTarget;
      // The fields get aria-invalid when React has rendered the errors.
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    if (!staffName) return setError(CHOOSE_ACTING_STAFF_FIRST);

    setBusy(true);
    try {
      if (kind === 'create') {
        await createWorkstation({ name: name.trim(), password, is_admin: isAdmin }, staffName);
        return onDone(`Workstation ${name.trim()} was created${isAdmin ? ' as an admin workstation' : ''}.`);
      }
      const change: WorkstationChange =
        kind === 'rename'
          ? { new_name: name.trim() }
          : kind === 'password'
            ? { password }
            : kind === 'admin'
              ? { is_admin: !workstation!.is_admin }
              : { is_active: !workstation!.is_active };
      await changeWorkstation(target, change, staffName);
      onDone(doneMessage(kind, workstation!, name.trim()));
    } catch (err) {
      if (onSessionExpired(err)) return;
      setBusy(false);
      if (!isApiError(err)) return setError('Could not save the change. Please try again.');
      const serverFields = { ...err.fields };
      // The create form calls the name "name"; the rename form "new_name".
      if (kind === 'rename' && serverFields.name && !serverFields.new_name) serverFields.new_name = serverFields.name;
      setFields(serverFields);
      setError(err.code === 'unknown_staff' ? `${err.message} Choose an active staff member in “Performing action as”.` : err.message);
    }
  }

  const { title, description, confirm } = texts(kind, workstation);
  const passwordFields = (
    <>
      <TextField
        label={kind === 'create' ? 'Password' : 'New password'}
        hint={`At least ${PASSWORD_MIN} characters. Staff at this desk will share it.`}
        type="password"
        autoComplete="new-password"
        value={password}
        error={fields.password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <TextField
        label={kind === 'create' ? 'Password again' : 'New password again'}
        type="password"
        autoComplete="new-password"
        value={again}
        error={fields.password_again}
        onChange={(e) => setAgain(e.target.value)}
      />
    </>
  );

  let body: ReactNode = null;
  if (kind === 'create') {
    body = (
      <>
        <TextField
          label="Workstation name"
          hint="Lowercase letters, digits and dashes, like front-desk."
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          value={name}
          error={fields.name}
          onChange={(e) => setName(e.target.value)}
        />
        {passwordFields}
        <CheckboxField
          label={
            <>
              <strong className="font-semibold">Admin workstation</strong>
              <span className="block text-slate-600">Can manage staff, workstations and the catalog.</span>
            </>
          }
          checked={isAdmin}
          onChange={(e) => setIsAdmin(e.target.checked)}
        />
      </>
    );
  } else if (kind === 'rename') {
    body = (
      <TextField
        label="New name"
        hint="Lowercase letters, digits and dashes. Staff sign in with the new name from now on."
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        value={name}
        error={fields.new_name}
        onChange={(e) => setName(e.target.value)}
      />
    );
  } else if (kind === 'password') {
    body = passwordFields;
  }

  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form noValidate onSubmit={submit} className="space-y-4">
        {body}
        {error && <Alert tone="error">{error}</Alert>}
        {fields.staff_name && !error && <Alert tone="error">{fields.staff_name}</Alert>}
        <div className="flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose} {...(body ? {} : { 'data-autofocus': true })}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {confirm}
          </Button>
        </div>
        {staffName && <p className="text-xs text-slate-600">Recorded as done by {staffName}.</p>}
      </form>
    </Dialog>
  );
}

function texts(kind: WorkstationDialogKind, ws?: WorkstationAccount): { title: string; description?: string; confirm: string } {
  const name = ws?.name ?? '';
  switch (kind) {
    case 'create':
      return { title: 'New workstation', description: 'A sign-in for one shared computer.', confirm: 'Create workstation' };
    case 'rename':
      return { title: `Rename ${name}`, confirm: 'Rename' };
    case 'password':
      return {
        title: `New password for ${name}`,
        description: 'Whoever is signed in there is signed out and must sign in with the new password.',
        confirm: 'Set new password',
      };
    case 'admin':
      return ws?.is_admin
        ? { title: `Remove admin from ${name}?`, description: 'It keeps working as a staff workstation, without the admin pages.', confirm: 'Remove admin' }
        : { title: `Make ${name} an admin workstation?`, description: 'It can then manage staff, workstations and the catalog.', confirm: 'Make admin' };
    case 'active':
      return ws?.is_active
        ? { title: `Disable ${name}?`, description: 'It is signed out at once, and nobody can sign in there until it is enabled again.', confirm: 'Disable' }
        : { title: `Enable ${name}?`, description: 'Staff can sign in there again with its password.', confirm: 'Enable' };
  }
}

function doneMessage(kind: WorkstationDialogKind, ws: WorkstationAccount, newName: string): string {
  switch (kind) {
    case 'rename':
      return `${ws.name} is now called ${newName}.`;
    case 'password':
      return `${ws.name} has a new password.`;
    case 'admin':
      return ws.is_admin ? `${ws.name} is no longer an admin workstation.` : `${ws.name} is now an admin workstation.`;
    case 'active':
      return ws.is_active ? `${ws.name} was disabled.` : `${ws.name} was enabled.`;
    default:
      return 'Saved.';
  }
}
