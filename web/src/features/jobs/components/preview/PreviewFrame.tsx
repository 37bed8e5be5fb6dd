import type { ReactNode } from 'react';

/** The preview's layout (the view, its facts beside it), shared with the placeholders so nothing jumps. */
export const previewGrid = (compact?: boolean) =>
  `grid gap-3 ${compact ? 'sm:grid-cols-[minmax(0,1fr)_10rem]' : 'sm:grid-cols-[minmax(0,1fr)_12rem]'}`;

/** The box the 3D view draws in (also the placeholder while the viewer's code loads). */
export function PreviewFrame({ compact = false, children }: { compact?: boolean; children: ReactNode }) {
  return (
    <div
      className={`relative overflow-hidden rounded-lg bg-gradient-to-b from-slate-50 to-slate-200 ring-1 ring-slate-200 ${
        compact ? 'h-48' : 'h-60 sm:h-64'
      }`}
    >
      {children}
    </div>
  );
}

/** A line or two centred in the frame: loading, an error, no WebGL. */
export function PreviewMessage({ tone = 'info', children }: { tone?: 'info' | 'error'; children: ReactNode }) {
  return (
    <div
      className={`absolute inset-0 flex flex-col items-center justify-center gap-2 px-6 text-center text-sm ${
        tone === 'error' ? 'text-red-800' : 'text-slate-600'
      }`}
    >
      {children}
    </div>
  );
}
