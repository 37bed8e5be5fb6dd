'use client';

import { useEffect, useState } from 'react';

/**
 * Ask for focus to move to a field once React has rendered the current
 * update, e.g. after re-enabling a form or revealing a field.
 */
export function useFocusAfterRender<T extends string>(focus: (target: T) => void): (target: T) => void {
  const [request, setRequest] = useState<{ target: T } | null>(null);
  useEffect(() => {
    // Only a new request moves focus, not a new `focus` function.
    if (request) focus(request.target);
  }, [request]);
  return (target: T) => setRequest({ target });
}
