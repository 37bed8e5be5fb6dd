import Link from 'next/link';
import type { ReactNode } from 'react';

/** Frame for the pages students and signed-out staff see. */
export function PublicPage({ children, width = 'narrow' }: { children: ReactNode; width?: 'narrow' | 'wide' }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center px-4 py-3">
          <Link href="/" className="flex items-center gap-2 rounded-md text-lg font-semibold text-slate-900">
            <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-teal-700 text-sm text-white">
              P
            </span>
            PrintDesk
          </Link>
        </div>
      </header>
      <main id="main" className={`mx-auto w-full flex-1 px-4 py-8 sm:py-12 ${width === 'narrow' ? 'max-w-xl' : 'max-w-3xl'}`}>
        {children}
      </main>
      <footer className="border-t border-slate-200 py-4 text-center text-xs text-slate-500">
        University Fab Lab · 3D print requests
      </footer>
    </div>
  );
}
