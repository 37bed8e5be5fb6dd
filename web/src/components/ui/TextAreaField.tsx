'use client';

import { useId, type Ref, type TextareaHTMLAttributes } from 'react';
import { FieldError } from './TextField';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  /** Shows "120 / 5000" under the field when set. */
  maxChars?: number;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled <textarea> whose hint, counter and error are tied to it with aria-describedby. */
export function TextAreaField({ label, hint, error, maxChars, className = '', ref, value, ...props }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const counterId = maxChars ? `${id}-counter` : undefined;
  const describedBy = [hintId, errorId, counterId].filter(Boolean).join(' ') || undefined;
  const length = typeof value === 'string' ? value.length : 0;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        ref={ref}
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1.5 block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 ${
          error ? 'border-red-600' : 'border-slate-300'
        }`}
        {...props}
      />
      {maxChars && (
        <p id={counterId} className={`mt-1 text-right text-xs ${length > maxChars ? 'font-semibold text-red-700' : 'text-slate-500'}`}>
          {length} / {maxChars}
        </p>
      )}
      {error && <FieldError id={errorId!}>{error}</FieldError>}
    </div>
  );
}
