'use client';

import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { controlClass, FieldFrame, useFieldIds } from './Field';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string;
  /** The first, empty option ("Choose…"). */
  placeholder: string;
  /** Plain strings, or a value with the text shown for it. */
  options: readonly (string | { value: string; label: string })[];
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled <select> whose hint and error are tied to it with aria-describedby. */
export function SelectField({ label, hint, error, placeholder, options, className = '', ref, ...selectProps }: SelectFieldProps) {
  const ids = useFieldIds({ hint, error });
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <select
        ref={ref}
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(error, 'disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500')}
        {...selectProps}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => {
          const { value, label: text } = typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </select>
    </FieldFrame>
  );
}
