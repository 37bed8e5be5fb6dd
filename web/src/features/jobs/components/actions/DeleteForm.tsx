'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { consequence } from '../../model/action-texts';
import type { ActionFormProps } from './ActionForm';

/**
 * Delete: typing the Job ID again is the confirmation, so the button stays
 * disabled until it matches.
 */
export function DeleteForm({ job, busy, onSubmit, onCancel }: ActionFormProps) {
  const [typed, setTyped] = useState('');
  const matches = typed.trim().toLowerCase() === job.short_id.toLowerCase();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (matches) onSubmit({ kind: 'delete' });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <div className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
        <p className="font-semibold">This cannot be undone.</p>
        <p className="mt-1">{consequence({ kind: 'delete' }, job)}</p>
      </div>
      <TextField
        label={`Type the Job ID ${job.short_id} to confirm`}
        autoComplete="off"
        spellCheck={false}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={!matches} loading={busy}>
          Delete job {job.short_id}
        </Button>
      </div>
    </form>
  );
}
