import { useId, type ReactNode } from 'react';

/** List boxes grow with their text where the browser can size a field to its content. */
export const GROW = { fieldSizing: 'content', minHeight: '5.5rem' } as const;

/** One titled card of the catalog form. */
export function Section({ title, about, children, actions }: { title: string; about?: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={id} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {about && <p className="mt-0.5 text-sm text-slate-600">{about}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
