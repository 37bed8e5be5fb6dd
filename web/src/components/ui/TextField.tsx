'use client';

import type { InputHTMLAttributes, Ref } from 'react';
import { controlClass, FieldFrame, useFieldIds } from './Field';

export { FieldError } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ label, hint, error, className = '', ref, ...inputProps }: TextFieldProps) {
  const ids = useFieldIds({ hint, error });
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        ref={ref}
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(error, 'placeholder:text-slate-400')}
        {...inputProps}
      />
    </FieldFrame>
  );
}
