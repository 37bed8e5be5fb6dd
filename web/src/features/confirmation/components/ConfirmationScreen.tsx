'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { formatDateTimeWithZone } from '@/lib/format-date';
import type { LabInfo } from '../format';
import { useConfirmation } from '../hooks/use-confirmation';
import { ConfirmedPanel, ExpiredPanel, InvalidLink, UsedPanel } from './LinkOutcomes';
import { OutcomePanel } from './OutcomePanel';
import { QuoteDetails } from './QuoteDetails';

interface ConfirmationScreenProps {
  token: string;
  lab?: LabInfo;
  /** The catalog is still loading: wait, so times are not shown in one zone and then another. */
  labPending?: boolean;
}

/**
 * The student's confirm page (`/confirm/<token>`): opening it only reads the quote; the quote is accepted
 * by the button alone. Every result is read out by one live region and focus moves to it.
 */
export function ConfirmationScreen({ token, lab = {}, labPending = false }: ConfirmationScreenProps) {
  const { page, announcement, retry, confirm, requestLink } = useConfirmation(token);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (announcement) resultRef.current?.focus();
    // Only a new result moves focus (its id), not a re-render.
  }, [announcement?.id]);

  return (
    <div>
      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
        {announcement && <span key={announcement.id}>{announcement.text}</span>}
      </div>
      {page.phase === 'loading' || labPending ? (
        <p className="flex items-center gap-2 text-slate-600" role="status">
          <Spinner /> Loading your quote…
        </p>
      ) : page.phase === 'load-failed' ? (
        <Alert tone="error" title="Your quote could not be loaded">
          <p>{page.message}</p>
          <Button variant="secondary" className="mt-3" onClick={retry}>
            Try again
          </Button>
        </Alert>
      ) : page.phase === 'invalid' ? (
        <InvalidLink lab={lab} focusRef={announcement ? resultRef : undefined} />
      ) : (
        <Ready {...page} lab={lab} resultRef={resultRef} onConfirm={confirm} onRequestLink={requestLink} />
      )}
    </div>
  );
}

type ReadyPage = Extract<ReturnType<typeof useConfirmation>['page'], { phase: 'ready' }>;

interface ReadyProps extends ReadyPage {
  lab: LabInfo;
  resultRef: RefObject<HTMLDivElement | null>;
  onConfirm: () => void;
  onRequestLink: () => void;
}

function Ready({ view, confirming, confirmError, resend, lab, resultRef, onConfirm, onRequestLink }: ReadyProps) {
  const open = view.state === 'open';
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          Job ID <strong className="font-mono tracking-wider text-slate-900">{view.short_id}</strong>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
          {open ? 'Confirm your print' : 'Your print quote'}
        </h1>
        {open && (
          <p className="mt-2 text-slate-700">
            Staff at {lab.labName ?? 'the lab'} checked your model and priced it. Check the details, then confirm:
            nothing is printed until you do.
          </p>
        )}
      </header>

      {view.state === 'confirmed' && <ConfirmedPanel lab={lab} focusRef={resultRef} />}
      {view.state === 'used' && <UsedPanel view={view} lab={lab} focusRef={resultRef} />}
      {view.state === 'expired' && (
        <ExpiredPanel view={view} lab={lab} resend={resend} onRequestLink={onRequestLink} focusRef={resultRef} />
      )}

      <QuoteDetails view={view} lab={lab} />

      {open && (
        <section aria-labelledby="confirm-heading" className="rounded-xl border-2 border-teal-700 bg-white p-5 shadow-sm">
          <h2 id="confirm-heading" className="text-lg font-semibold text-slate-900">
            Happy with the quote?
          </h2>
          <p className="mt-1 text-slate-700">Confirming accepts this quote and puts your print in the queue straight away.</p>
          {confirmError && (
            <div className="mt-3">
              <OutcomePanel tone="error" title="Not confirmed yet" headingLevel={3} ref={resultRef} testId="confirm-error">
                <p>{confirmError}</p>
                <p>Please try again in a moment.</p>
              </OutcomePanel>
            </div>
          )}
          <Button onClick={onConfirm} loading={confirming} className="mt-4 w-full px-6 text-base sm:w-auto">
            Confirm and add to the print queue
          </Button>
          {view.expires_at && (
            <p className="mt-3 text-sm text-slate-600">
              This link works once, until{' '}
              <time dateTime={view.expires_at} className="font-medium text-slate-800">
                {formatDateTimeWithZone(view.expires_at, lab.timeZone)}
              </time>
              .
            </p>
          )}
          <p className="mt-1 text-sm text-slate-600">
            Didn’t ask for this print? Just close this page: nothing is printed or charged unless someone confirms.
          </p>
        </section>
      )}
    </div>
  );
}
