'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';

interface ConfirmStepProps {
  /** What will happen, in one or two sentences. */
  consequence: string;
  /** The facts being confirmed (a short list). */
  children?: ReactNode;
  confirmLabel: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  /** Back to the form; absent when there is no form (e.g. mark complete). */
  onBack?: () => void;
  onCancel: () => void;
}

/** The second step of every action: says what will happen, then does it. */
export function ConfirmStep({ consequence, children, confirmLabel, busy, danger, onConfirm, onBack, onCancel }: ConfirmStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers hear the consequence when the step appears.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="space-y-4" data-testid="confirm-step">
      <div className={`rounded-lg border p-4 ${danger ? 'border-red-300 bg-red-50' : 'border-teal-200 bg-teal-50'}`}>
        <h3 ref={heading} tabIndex={-1} data-confirm-heading className="text-sm font-semibold text-slate-900 focus:outline-none">
          Please confirm
        </h3>
        <p className="mt-1 text-sm text-slate-800">{consequence}</p>
        {children && <div className="mt-3 text-sm">{children}</div>}
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        {onBack ? (
          <Button variant="secondary" onClick={onBack} disabled={busy}>
            Back
          </Button>
        ) : (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
        <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} loading={busy}>
          {confirmLabel}
        </Button>
      </div>
    </div>
  );
}

/** A compact term/value list for the confirmation step. */
export function FactList({ facts }: { facts: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="min-w-0 font-medium break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Cancel and continue, under a form. */
export function FormButtons({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap justify-end gap-2 pt-1">
      <Button variant="secondary" onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
    </div>
  );
}
