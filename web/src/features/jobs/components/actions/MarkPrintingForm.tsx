'use client';

import { useState, type FormEvent } from 'react';
import { SelectField } from '@/components/ui/SelectField';
import { printersFor } from '@/features/catalog/api/catalog';
import type { ActionRequest } from '../../api/job-actions';
import { useFieldErrors, useTwoStep } from '../../hooks/use-two-step';
import { consequence } from '../../model/action-texts';
import type { ActionFormProps } from './ActionForm';
import { ConfirmStep, FormButtons } from './ConfirmStep';

type MarkPrintingRequest = Extract<ActionRequest, { kind: 'mark-printing' }>;

/** Mark printing: on which printer (the job's method's printers; the approved one first). */
export function MarkPrintingForm({ job, catalog, busy, failure, onSubmit, onCancel }: ActionFormProps) {
  const ofMethod = catalog ? printersFor(catalog, job.print_method ?? '') : [];
  const names = (ofMethod.length ? ofMethod : (catalog?.printers ?? [])).map((p) => p.name);
  if (job.printer && !names.includes(job.printer)) names.unshift(job.printer);
  const [printer, setPrinter] = useState(job.printer ?? '');
  const step = useTwoStep<MarkPrintingRequest>(failure);
  const { errors, setErrors: setLocal, clear } = useFieldErrors(failure);

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!printer) {
      setLocal({ printer: 'Choose the printer it is printing on.' });
      const form = event.currentTarget;
      setTimeout(() => form.querySelector<HTMLElement>('select')?.focus(), 0);
      return;
    }
    setLocal({});
    step.review({ kind: 'mark-printing', printer });
  }

  if (step.pending) {
    const request = step.pending;
    return (
      <ConfirmStep
        consequence={consequence(request, job)}
        confirmLabel={`Start printing on ${request.printer}`}
        busy={busy}
        onConfirm={() => onSubmit(request)}
        onBack={step.back}
        onCancel={onCancel}
      />
    );
  }

  return (
    <form noValidate onSubmit={review} className="space-y-4">
      <SelectField
        label="Printer"
        hint={job.printer ? `Approved for ${job.printer}.` : undefined}
        placeholder="Choose a printer…"
        options={names}
        value={printer}
        onChange={(e) => {
          setPrinter(e.target.value);
          clear('printer');
        }}
        error={errors.printer}
      />
      <FormButtons busy={busy} submitLabel="Review" onCancel={onCancel} />
    </form>
  );
}
