'use client';

import { useId, type ReactNode } from 'react';

/** The ids that tie a control to its hint, error and counter (aria-describedby lists the ones shown). */
export function useFieldIds({ hint, error, counter = false }: { hint?: ReactNode; error?: string; counter?: boolean }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const counterId = counter ? `${id}-counter` : undefined;
  const describedBy = [hintId, errorId, counterId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, counterId, describedBy };
}

/** The classes of a text-like control, red-bordered when it has an error. */
export function controlClass(error: string | undefined, extra = ''): string {
  return `mt-1.5 block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ${extra} ${
    error ? 'border-red-600' : 'border-slate-300'
  }`;
}

/** Label, hint, the control, anything under it (a counter), then the error: the frame of every field. */
export function FieldFrame({
  ids,
  label,
  hint,
  error,
  className,
  children,
  below,
}: {
  ids: ReturnType<typeof useFieldIds>;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
  below?: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={ids.id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {below}
      {error && <FieldError id={ids.errorId!}>{error}</FieldError>}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠</span>
      <span>{children}</span>
    </p>
  );
}
