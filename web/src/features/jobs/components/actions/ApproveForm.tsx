'use client';

import { useState, type FormEvent } from 'react';
import { SelectField } from '@/components/ui/SelectField';
import { TextField } from '@/components/ui/TextField';
import { printersFor } from '@/features/catalog/api/catalog';
import { formatDuration, formatMoney } from '@/lib/format';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import type { ActionRequest } from '../../api/job-actions';
import { useCandidates } from '../../hooks/use-candidates';
import { useFieldErrors, useTwoStep } from '../../hooks/use-two-step';
import { consequence } from '../../model/action-texts';
import { centsToAmount, previewCharge, rateFor } from '../../model/pricing';
import { checkAmount } from '../../model/validation';
import type { ActionFormProps } from './ActionForm';
import { ModelPreview } from '../preview/ModelPreview';
import { CandidateFilePicker } from './CandidateFilePicker';
import { ConfirmStep, FactList, FormButtons } from './ConfirmStep';
import { CostPreview } from './CostPreview';

type ApproveRequest = Extract<ActionRequest, { kind: 'approve' }>;

/**
 * Approve: which file to print, on which printer, the slicer's weight and time,
 * and the live quote; then the confirmation that the student gets an e-mail.
 */
export function ApproveForm({ job, catalog, busy, failure, onSubmit, onCancel }: ActionFormProps) {
  const onSessionExpired = useSessionExpiry();
  const { candidates, rescan } = useCandidates(job.id, onSessionExpired);
  const [picked, setPicked] = useState<string | null>(null);
  const [printer, setPrinter] = useState('');
  const [weight, setWeight] = useState(job.weight_g ?? '');
  const [hours, setHours] = useState(job.time_hours ?? '');
  const step = useTwoStep<ApproveRequest>(failure);
  const { errors, setErrors: setLocal, clear } = useFieldErrors(failure);

  const scan = candidates.state === 'error' ? undefined : candidates.data;
  const names = scan?.candidates.map((c) => c.name) ?? [];
  const currentFile = scan?.candidates.find((c) => c.is_current)?.name ?? job.display_name ?? job.original_filename;
  // Follow the recommendation until someone picks a file that is still there.
  const chosen = picked && names.includes(picked) ? picked : (scan?.recommended ?? (names.length ? currentFile : null));
  const changesFile = chosen !== null && scan?.candidates.find((c) => c.name === chosen)?.is_current === false;

  const rate = catalog ? rateFor(catalog, job.print_method) : null;
  const preview = previewCharge(weight, rate);
  const printers = catalog ? printersFor(catalog, job.print_method ?? '') : [];
  const studentPrinter = job.printer ?? 'none chosen';

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const weightError = checkAmount(weight, 'weight in grams', 100_000);
    const hoursError = checkAmount(hours, 'print time in hours', 1_000);
    if (weightError) found.weight_g = weightError;
    if (hoursError) found.time_hours = hoursError;
    setLocal(found);
    if (Object.keys(found).length) {
      const form = event.currentTarget;
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    step.review({
      kind: 'approve',
      weight_g: weight.trim(),
      time_hours: hours.trim(),
      ...(printer ? { printer } : {}),
      ...(changesFile && chosen ? { authoritative_filename: chosen } : {}),
    });
  }

  if (step.pending) {
    const request = step.pending;
    const cost = preview ? formatMoney(centsToAmount(preview.cents)) : undefined;
    return (
      <ConfirmStep
        consequence={consequence(request, job, { cost })}
        confirmLabel="Approve and e-mail the student"
        busy={busy}
        onConfirm={() => onSubmit(request)}
        onBack={step.back}
        onCancel={onCancel}
      >
        <FactList
          facts={[
            ['File', `${request.authoritative_filename ?? currentFile}${request.authoritative_filename ? ' (replaces the current file)' : ''}`],
            ['Printer', request.printer ? `${request.printer} (instead of ${studentPrinter})` : `${studentPrinter} (student’s choice)`],
            ['Weight', `${request.weight_g} g`],
            ['Time', formatDuration(request.time_hours)],
            ['Quote', cost ?? '—'],
          ]}
        />
      </ConfirmStep>
    );
  }

  return (
    <form noValidate onSubmit={review} className="space-y-4">
      <CandidateFilePicker
        candidates={candidates}
        chosen={chosen}
        currentName={currentFile}
        timeZone={catalog?.time_zone}
        onChoose={(name) => {
          setPicked(name);
          clear('authoritative_filename');
        }}
        onRescan={rescan}
        error={errors.authoritative_filename}
      />
      {/* The file about to be printed, as it is: the wrong save or a model in inches shows here. */}
      {(scan || candidates.state === 'error') && (
        <section aria-label={`Preview of ${chosen ?? currentFile}`}>
          <ModelPreview key={chosen ?? ''} jobId={job.id} name={chosen} fileName={chosen ?? currentFile} compact />
        </section>
      )}
      <SelectField
        label="Printer"
        placeholder={`Keep student’s choice (${studentPrinter})`}
        options={printers.map((p) => p.name).filter((name) => name !== job.printer)}
        value={printer}
        onChange={(e) => {
          setPrinter(e.target.value);
          clear('printer');
        }}
        error={errors.printer}
        hint={job.print_method ? `${job.print_method} printers` : undefined}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Weight (g)"
          hint="From the slicer"
          type="number"
          inputMode="decimal"
          min="0"
          step="0.1"
          value={weight}
          onChange={(e) => {
            setWeight(e.target.value);
            clear('weight_g');
          }}
          error={errors.weight_g}
          data-autofocus
        />
        <TextField
          label="Print time (h)"
          hint="From the slicer, in half hours"
          type="number"
          inputMode="decimal"
          min="0"
          step="0.5"
          value={hours}
          onChange={(e) => {
            setHours(e.target.value);
            clear('time_hours');
          }}
          error={errors.time_hours}
        />
      </div>
      <CostPreview preview={preview} rate={rate} label="Quote" />
      <FormButtons busy={busy} submitLabel="Review approval" onCancel={onCancel} />
    </form>
  );
}
