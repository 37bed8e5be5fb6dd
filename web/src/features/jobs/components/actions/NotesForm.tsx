'use client';

import { useState, type FormEvent } from 'react';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { useFieldErrors } from '../../hooks/use-two-step';
import type { ActionFormProps } from './ActionForm';
import { FormButtons } from './ConfirmStep';

export const NOTES_MAX = 5000;

/** Staff notes: replaces the text (the history records who changed it). Saving is the confirmation. */
export function NotesForm({ job, busy, failure, onSubmit, onCancel }: ActionFormProps) {
  const [notes, setNotes] = useState(job.notes ?? '');
  const { errors, setErrors: setLocal, clear } = useFieldErrors(failure);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (notes.length > NOTES_MAX) {
      setLocal({ notes: `Notes can be at most ${NOTES_MAX} characters; remove ${notes.length - NOTES_MAX}.` });
      return;
    }
    setLocal({});
    onSubmit({ kind: 'notes', notes });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <TextAreaField
        label="Notes"
        hint="Seen by staff only, never by the student."
        rows={8}
        maxChars={NOTES_MAX}
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value);
          clear('notes');
        }}
        error={errors.notes}
      />
      <FormButtons busy={busy} submitLabel="Save notes" onCancel={onCancel} />
    </form>
  );
}
