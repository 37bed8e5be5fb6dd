'use client';

import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/TextField';
import { formatMoney } from '@/lib/format';
import type { ActionRequest } from '../../api/job-actions';
import { useFieldErrors, useTwoStep } from '../../hooks/use-two-step';
import { consequence } from '../../model/action-texts';
import { centsToAmount, previewCharge, rateFor } from '../../model/pricing';
import { checkAmount, checkText } from '../../model/validation';
import type { ActionFormProps } from './ActionForm';
import { ConfirmStep, FactList, FormButtons } from './ConfirmStep';
import { CostPreview } from './CostPreview';

type PaymentRequest = Extract<ActionRequest, { kind: 'payment' }>;

/**
 * Record payment: the print's weight on the scale decides the final price
 * (shown live, with how far it is from the quote), the payment system's
 * transaction number, and who picked it up.
 */
export function PaymentForm({ job, catalog, busy, failure, onSubmit, onCancel }: ActionFormProps) {
  const [grams, setGrams] = useState('');
  const [txn, setTxn] = useState('');
  const [pickedUpBy, setPickedUpBy] = useState(job.student_name);
  const step = useTwoStep<PaymentRequest>(failure);
  const { errors, setErrors: setLocal, clear } = useFieldErrors(failure);
  const rate = catalog ? rateFor(catalog, job.print_method) : null;
  const preview = previewCharge(grams, rate);
  const paymentMethod = catalog?.payment_method ?? 'payment';

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const gramsError = checkAmount(grams, 'weight on the scale in grams', 100_000);
    const txnError = checkText(txn, `${paymentMethod} transaction number`, 64);
    const pickedError = checkText(pickedUpBy, 'name of who picked it up', 100);
    if (gramsError) found.grams = gramsError;
    if (txnError) found.txn_no = txnError;
    if (pickedError) found.picked_up_by = pickedError;
    setLocal(found);
    if (Object.keys(found).length) {
      const form = event.currentTarget;
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    step.review({ kind: 'payment', grams: grams.trim(), txn_no: txn.trim(), picked_up_by: pickedUpBy.trim() });
  }

  if (step.pending) {
    const request = step.pending;
    const price = preview ? formatMoney(centsToAmount(preview.cents)) : '—';
    return (
      <ConfirmStep
        consequence={consequence(request, job)}
        confirmLabel={`Record ${price} and hand over`}
        busy={busy}
        onConfirm={() => onSubmit(request)}
        onBack={step.back}
        onCancel={onCancel}
      >
        <FactList
          facts={[
            ['Charge', `${price}${job.cost ? ` (quote ${formatMoney(job.cost)})` : ''}`],
            ['Weight', `${request.grams} g`],
            [`${paymentMethod} transaction`, request.txn_no],
            ['Picked up by', request.picked_up_by],
          ]}
        />
      </ConfirmStep>
    );
  }

  return (
    <form noValidate onSubmit={review} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Weight on the scale (g)"
          type="number"
          inputMode="decimal"
          min="0"
          step="0.1"
          value={grams}
          onChange={(e) => {
            setGrams(e.target.value);
            clear('grams');
          }}
          error={errors.grams}
          hint={job.weight_g ? `Quoted for ${job.weight_g} g` : undefined}
        />
        <TextField
          label={`${paymentMethod} transaction number`}
          autoComplete="off"
          maxLength={64}
          value={txn}
          onChange={(e) => {
            setTxn(e.target.value);
            clear('txn_no');
          }}
          error={errors.txn_no}
        />
      </div>
      <TextField
        label="Picked up by"
        hint="The student, or whoever they sent."
        maxLength={100}
        value={pickedUpBy}
        onChange={(e) => {
          setPickedUpBy(e.target.value);
          clear('picked_up_by');
        }}
        error={errors.picked_up_by}
      />
      <CostPreview preview={preview} rate={rate} label="Final price" quote={job.cost} />
      <FormButtons busy={busy} submitLabel="Review payment" onCancel={onCancel} />
    </form>
  );
}
