'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { isApiError } from './api';

/**
 * Returns a handler for errors from staff-only calls: on a 401 it sends the
 * browser to the sign-in page (telling it why and where to come back to) and
 * returns true; for any other error it returns false.
 */
export function useSessionExpiry(): (error: unknown) => boolean {
  const router = useRouter();
  const pathname = usePathname();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error) || error.status !== 401) return false;
      const path = pathname || '/dashboard';
      // Plain paths stay readable in the address bar (?next=/dashboard).
      const next = /^\/[\w\-/]*$/.test(path) ? path : encodeURIComponent(path);
      router.replace(`/login?reason=expired&next=${next}`);
      return true;
    },
    [router, pathname],
  );
}
