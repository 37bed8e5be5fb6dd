'use client';

import { useCallback, useEffect, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { getCatalog, type Catalog } from '../api/catalog';

export type CatalogState =
  | { state: 'loading' }
  | { state: 'loaded'; catalog: Catalog }
  | { state: 'error'; message: string };

/** The lab catalog, loaded once per page; `retry` after an error. */
export function useCatalog() {
  const [catalog, setCatalog] = useState<CatalogState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setCatalog({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    getCatalog(controller.signal).then(
      (loaded) => setCatalog({ state: 'loaded', catalog: loaded }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        setCatalog({
          state: 'error',
          message: isApiError(error) ? error.message : 'Could not load the lab’s print options.',
        });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  return { catalog, retry };
}
