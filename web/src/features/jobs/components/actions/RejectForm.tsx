'use client';

import { useState, type FormEvent } from 'react';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { FieldError } from '@/components/ui/TextField';
import { TextAreaField } from '@/components/ui/TextAreaField';
import type { ActionRequest } from '../../api/job-actions';
import { useFieldErrors, useTwoStep } from '../../hooks/use-two-step';
import { consequence } from '../../model/action-texts';
import type { ActionFormProps } from './ActionForm';
import { ConfirmStep, FormButtons } from './ConfirmStep';

type RejectRequest = Extract<ActionRequest, { kind: 'reject' }>;

export const CUSTOM_REASON_MAX = 1000;

/** Reject: the catalog's reasons to tick and a message of one's own; at least one of them. */
export function RejectForm({ job, catalog, busy, failure, onSubmit, onCancel }: ActionFormProps) {
  const [reasons, setReasons] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const step = useTwoStep<RejectRequest>(failure);
  const { errors, setErrors: setLocal, clear } = useFieldErrors(failure);
  const catalogReasons = catalog?.rejection_reasons ?? [];

  function toggle(reason: string, on: boolean) {
    setReasons((current) => (on ? [...current, reason] : current.filter((r) => r !== reason)));
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (reasons.length === 0 && !message.trim()) found.reasons = 'Tick at least one reason, or write a message.';
    if (message.length > CUSTOM_REASON_MAX) found.custom_reason = `Keep the message to ${CUSTOM_REASON_MAX} characters.`;
    setLocal(found);
    if (Object.keys(found).length) {
      const form = event.currentTarget;
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"], input[type="checkbox"]')?.focus(), 0);
      return;
    }
    // Catalog order, whatever order they were ticked in.
    const ordered = catalogReasons.filter((r) => reasons.includes(r));
    step.review({ kind: 'reject', reasons: ordered, ...(message.trim() ? { custom_reason: message.trim() } : {}) });
  }

  if (step.pending) {
    const request = step.pending;
    return (
      <ConfirmStep
        consequence={consequence(request, job)}
        confirmLabel="Reject and e-mail the student"
        danger
        busy={busy}
        onConfirm={() => onSubmit(request)}
        onBack={step.back}
        onCancel={onCancel}
      >
        <ul className="list-disc space-y-1 pl-5 text-slate-900">
          {(request.reasons ?? []).map((r) => (
            <li key={r}>{r}</li>
          ))}
          {request.custom_reason && <li className="whitespace-pre-line">“{request.custom_reason}”</li>}
        </ul>
      </ConfirmStep>
    );
  }

  return (
    <form noValidate onSubmit={review} className="space-y-4">
      <fieldset aria-describedby={errors.reasons ? 'reject-reasons-error' : undefined} aria-invalid={errors.reasons ? true : undefined}>
        <legend className="text-sm font-semibold text-slate-800">Reasons</legend>
        <p className="mt-0.5 text-sm text-slate-600">The student sees these in the e-mail.</p>
        {catalogReasons.length === 0 && (
          <p className="mt-2 text-sm text-slate-600">The catalog lists no reasons; write a message below.</p>
        )}
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {catalogReasons.map((reason) => (
            <CheckboxField
              key={reason}
              label={reason}
              checked={reasons.includes(reason)}
              onChange={(e) => {
                toggle(reason, e.target.checked);
                clear('reasons');
              }}
            />
          ))}
        </div>
        {errors.reasons && <FieldError id="reject-reasons-error">{errors.reasons}</FieldError>}
      </fieldset>
      <TextAreaField
        label="Message to the student (optional)"
        hint="Anything the reasons do not say: what to change before sending it again."
        rows={3}
        maxChars={CUSTOM_REASON_MAX}
        value={message}
        onChange={(e) => {
          setMessage(e.target.value);
          clear('custom_reason');
          clear('reasons');
        }}
        error={errors.custom_reason}
      />
      <FormButtons busy={busy} submitLabel="Review rejection" onCancel={onCancel} />
    </form>
  );
}
