import type { Ref } from 'react';
import { Button } from '@/components/ui/Button';
import { formatDateTimeWithZone } from '@/lib/format-date';
import type { ConfirmationView } from '../api/confirmation';
import { isPastConfirmation, STUDENT_STATUS_LABELS, type LabInfo } from '../format';
import { usedText, type ResendState } from '../state';
import { OutcomePanel } from './OutcomePanel';

type FocusRef = Ref<HTMLDivElement> | undefined;

/** The quote was accepted just now. */
export function ConfirmedPanel({ lab, focusRef }: { lab: LabInfo; focusRef: FocusRef }) {
  const pickup = lab.pickupLocation ? ` at ${lab.pickupLocation}${lab.pickupHours ? ` (${lab.pickupHours})` : ''}` : '';
  return (
    <OutcomePanel tone="success" title="Confirmed — your print is in the queue" ref={focusRef} testId="confirmed">
      <p>Thank you. There is nothing more to do for now. What happens next:</p>
      <ol className="list-decimal space-y-1 pl-5">
        <li>Staff print your model when a printer is free.</li>
        <li>
          We send you an e-mail when it is <strong>ready for pickup</strong>
          {pickup}.
        </li>
        <li>
          You pay when you pick it up, by the weight of the finished print
          {lab.paymentMethod ? <>, with {lab.paymentMethod}</> : null}.
        </li>
      </ol>
      <p className="text-sm">
        To follow your print meanwhile, use the tracking link in the e-mail we sent when you submitted it.
      </p>
    </OutcomePanel>
  );
}

/** The link was used before, or the job moved on without it. */
export function UsedPanel({ view, lab, focusRef }: { view: ConfirmationView; lab: LabInfo; focusRef: FocusRef }) {
  const past = isPastConfirmation(view.status);
  return (
    <OutcomePanel tone="info" title={usedText(view.status).replace(/\.$/, '')} ref={focusRef} testId="used">
      <p>
        Status now: <strong data-testid="current-status">{STUDENT_STATUS_LABELS[view.status]}</strong>.
      </p>
      {view.status === 'COMPLETED' ? (
        <p>
          It is ready{lab.pickupLocation ? <> — pick it up at {lab.pickupLocation}</> : null}
          {lab.pickupHours ? <>, {lab.pickupHours}</> : null}.
        </p>
      ) : past && view.status !== 'PAIDPICKEDUP' ? (
        <p>There is nothing more to do here: we e-mail you when your print is ready for pickup.</p>
      ) : !past ? (
        <p>
          If that surprises you, contact {lab.labName ?? 'the lab'} and mention Job ID{' '}
          <strong className="font-mono">{view.short_id}</strong>.
        </p>
      ) : null}
    </OutcomePanel>
  );
}

interface ExpiredPanelProps {
  view: ConfirmationView;
  lab: LabInfo;
  resend: ResendState;
  onRequestLink: () => void;
  focusRef: FocusRef;
}

/** The link ran out: explain, and offer to e-mail a fresh one to the address the job was submitted with. */
export function ExpiredPanel({ view, lab, resend, onRequestLink, focusRef }: ExpiredPanelProps) {
  const answered = resend.state === 'sent' || resend.state === 'refused' || resend.state === 'failed';
  return (
    <div className="space-y-4">
      <OutcomePanel tone="warning" title="This link has expired" ref={answered ? undefined : focusRef} testId="expired">
        <p>
          Confirm links only work for a limited time
          {view.expires_at ? (
            <>
              {' '}— this one ran out on{' '}
              <time dateTime={view.expires_at}>{formatDateTimeWithZone(view.expires_at, lab.timeZone)}</time>
            </>
          ) : null}
          . Nothing has been printed, and your quote is still on file.
        </p>
        {resend.state !== 'sent' && (
          <>
            <p>We can e-mail you a new link, to the address you gave when you submitted this print.</p>
            <Button onClick={onRequestLink} loading={resend.state === 'sending'} className="mt-1">
              Send me a new link
            </Button>
          </>
        )}
      </OutcomePanel>
      {resend.state === 'sent' && (
        <OutcomePanel tone="success" title="Check your e-mail" ref={focusRef} testId="resend-result">
          <p>{resend.message}</p>
          <p>
            Check your inbox (and the spam folder) in a few minutes. Use the link in that new e-mail: this one no
            longer works.
          </p>
        </OutcomePanel>
      )}
      {resend.state === 'refused' && (
        <OutcomePanel tone="info" title="No new link was sent just now" ref={focusRef} testId="resend-result">
          <p>{resend.message}</p>
        </OutcomePanel>
      )}
      {resend.state === 'failed' && (
        <OutcomePanel tone="error" title="The new link could not be requested" ref={focusRef} testId="resend-result">
          <p>{resend.message}</p>
        </OutcomePanel>
      )}
    </div>
  );
}

/** 404: not a link we know, or one a newer e-mail replaced. */
export function InvalidLink({ lab, focusRef }: { lab: LabInfo; focusRef?: FocusRef }) {
  return (
    <div
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      aria-labelledby="invalid-heading"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      data-testid="confirm-invalid"
    >
      <h1 id="invalid-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
        This confirmation link doesn’t work
      </h1>
      <p className="mt-3 text-slate-700">
        Please use the link in the <strong>newest</strong> e-mail we sent you about this print. Each time a new link is
        sent — because you asked for one, or staff sent it again — the older links stop working.
      </p>
      <p className="mt-2 text-slate-700">
        Some mail programs also cut long links: open the link straight from the e-mail, or copy all of it into the
        address bar.
      </p>
      <p className="mt-2 text-slate-700">
        Still stuck? Contact {lab.labName ?? 'the lab'} and mention the Job ID from your e-mail.
      </p>
    </div>
  );
}
