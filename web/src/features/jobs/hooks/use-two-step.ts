'use client';

import { useCallback, useEffect, useState } from 'react';
import type { ActionFailure } from '../model/action-failure';

/**
 * A form, then "are you sure?". Fields the server refused send the dialog back
 * to the form, where their errors are shown next to them.
 */
export function useTwoStep<T>(failure: ActionFailure | null) {
  const [pending, setPending] = useState<T | null>(null);
  useEffect(() => {
    if (failure?.kind === 'fields') setPending(null);
  }, [failure]);
  return {
    /** The request waiting for confirmation, or null while editing. */
    pending,
    review: (request: T) => setPending(request),
    back: () => setPending(null),
  };
}

type Errors = Record<string, string>;

/**
 * A form's field errors: its own checks plus the server's (422), each one
 * cleared as soon as its field is edited.
 */
export function useFieldErrors(failure: ActionFailure | null) {
  const [local, setLocal] = useState<Errors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setEdited(new Set()), [failure]);

  const server = failure?.kind === 'fields' ? failure.fields : {};
  const errors: Errors = { ...local };
  for (const [name, text] of Object.entries(server)) if (!edited.has(name) && !errors[name]) errors[name] = text;

  const clear = useCallback((name: string) => {
    setLocal((current) => {
      if (!(name in current)) return current;
      const rest = { ...current };
      delete rest[name];
      return rest;
    });
    setEdited((current) => (current.has(name) ? current : new Set(current).add(name)));
  }, []);

  return { errors, setErrors: setLocal, clear };
}
