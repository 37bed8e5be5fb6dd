'use client';

import type { Ref, TextareaHTMLAttributes } from 'react';
import { controlClass, FieldFrame, useFieldIds } from './Field';

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
  const ids = useFieldIds({ hint, error, counter: Boolean(maxChars) });
  const length = typeof value === 'string' ? value.length : 0;
  const counter = maxChars ? (
    <p id={ids.counterId} className={`mt-1 text-right text-xs ${length > maxChars ? 'font-semibold text-red-700' : 'text-slate-500'}`}>
      {length} / {maxChars}
    </p>
  ) : null;
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className} below={counter}>
      <textarea
        ref={ref}
        id={ids.id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(error, 'placeholder:text-slate-400')}
        {...props}
      />
    </FieldFrame>
  );
}
