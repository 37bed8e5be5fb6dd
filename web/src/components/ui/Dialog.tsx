'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** Called for Esc, the Close button and whatever the content decides. */
  onClose: () => void;
  children: ReactNode;
  /** A sentence under the title, read out when the dialog opens. */
  description?: ReactNode;
  /** `lg` for forms with more to show side by side. */
  size?: 'md' | 'lg';
  /** Where focus goes on close when the element that opened the dialog is gone (e.g. its card left the list). */
  fallbackFocus?: () => HTMLElement | null;
}

const WIDTHS = { md: 'w-[min(30rem,calc(100vw-2rem))]', lg: 'w-[min(44rem,calc(100vw-2rem))]' };

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of
 * the page inert (focus stays inside), Esc closes it, and focus goes back to
 * whatever had it before. Mount it to open it, unmount it to close it.
 */
export function Dialog({ title, onClose, children, description, size = 'md', fallbackFocus }: DialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const fallbackRef = useRef(fallbackFocus);
  fallbackRef.current = fallbackFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // Start where the work is: a marked element, else the first field, else the first button of the content.
    const content = dialog.querySelector('[data-dialog-content]') ?? dialog;
    const first =
      content.querySelector<HTMLElement>('[data-autofocus]') ??
      content.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled])') ??
      content.querySelector<HTMLElement>('button:not([disabled])');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to the button that opened it, if it is still on the page.
      if (opener?.isConnected) opener.focus();
      else fallbackRef.current?.()?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(event) => {
        event.preventDefault(); // React state decides whether it is open
        onCloseRef.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCloseRef.current();
        }
      }}
      className={`m-auto ${WIDTHS[size]} rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      <div className="p-5 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => onCloseRef.current()}
            className="-mt-1 -mr-2 grid size-9 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-slate-100"
          >
            <span aria-hidden="true">✕</span>
            <span className="sr-only">Close</span>
          </button>
        </div>
        {description && (
          <div id={`${id}-description`} className="mt-1 text-sm text-slate-600">
            {description}
          </div>
        )}
        <div className="mt-4" data-dialog-content>
          {children}
        </div>
      </div>
    </dialog>
  );
}
