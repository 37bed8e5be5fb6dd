import type { ReactNode, Ref } from 'react';

export type Tone = 'success' | 'info' | 'warning' | 'error';

const TONES: Record<Tone, string> = {
  success: 'border-emerald-300 bg-emerald-50 text-emerald-950',
  info: 'border-sky-300 bg-sky-50 text-sky-950',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  error: 'border-red-300 bg-red-50 text-red-900',
};

const ICONS: Record<Tone, string> = { success: '✓', info: 'i', warning: '!', error: '!' };

interface OutcomePanelProps {
  tone: Tone;
  title: string;
  children?: ReactNode;
  /** Given to the panel the page moves focus to; it is then focusable by script only (tabIndex -1). */
  ref?: Ref<HTMLDivElement>;
  headingLevel?: 2 | 3;
  testId?: string;
}

/**
 * A result box. It has no live-region role of its own: the page announces results through one
 * live region that is always present, and moves focus here so the student lands on the news.
 */
export function OutcomePanel({ tone, title, children, ref, headingLevel = 2, testId }: OutcomePanelProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div ref={ref} tabIndex={ref ? -1 : undefined} data-testid={testId} className={`flex gap-3 rounded-xl border p-4 sm:p-5 ${TONES[tone]}`}>
      <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full bg-current/10 text-sm font-bold">
        {ICONS[tone]}
      </span>
      <div className="min-w-0 pt-0.5">
        <Heading className={`font-semibold ${headingLevel === 2 ? 'text-lg' : 'text-base'}`}>{title}</Heading>
        {children && <div className="mt-1 space-y-2">{children}</div>}
      </div>
    </div>
  );
}
