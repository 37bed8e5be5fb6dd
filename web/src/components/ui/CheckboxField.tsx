'use client';

import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldError } from './Field';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label beside it, in a box big enough to tap. */
export function CheckboxField({ label, error, className = '', ref, ...inputProps }: CheckboxFieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <div
        className={`flex items-start gap-3 rounded-lg border bg-white p-3 ${error ? 'border-red-600' : 'border-slate-300'}`}
      >
        <input
          ref={ref}
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          className="mt-0.5 size-5 shrink-0 cursor-pointer accent-teal-700"
          {...inputProps}
        />
        <label htmlFor={id} className="cursor-pointer text-sm text-slate-800">
          {label}
        </label>
      </div>
      {error && <FieldError id={errorId!}>{error}</FieldError>}
    </div>
  );
}
