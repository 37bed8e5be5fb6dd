'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { TextField } from '@/components/ui/TextField';
import { adminActionError } from '@/features/admin/action-error';
import { isAbortError, isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/format-date';
import { CHOOSE_ACTING_STAFF_FIRST, useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import {
  listNotifications,
  resendNotification,
  sendTestNotification,
  type NotificationStatus,
  type NotificationSummary,
} from '../api/notifications';
import { canResend, emailProblem, kindLabel, sendingNote, STATUS_LABELS, withNewMessage } from '../email-log';

export const EMAIL_LOG_LIMIT = 100;

type ListState =
  | { state: 'loading' }
  | { state: 'loaded'; messages: NotificationSummary[] }
  | { state: 'error'; message: string };

const BADGES: Record<NotificationStatus, string> = {
  sent: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  failed: 'border-red-300 bg-red-50 text-red-900',
  pending: 'border-amber-300 bg-amber-50 text-amber-900',
  cancelled: 'border-slate-300 bg-slate-50 text-slate-700',
};
const BADGE_ICONS: Record<NotificationStatus, string> = { sent: '✓', failed: '✕', pending: '…', cancelled: '–' };

/** Admin → E-mail log: what PrintDesk sent (or failed to send), resending, and a test message. */
export function EmailLogAdmin() {
  const { staffName } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [list, setList] = useState<ListState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    listNotifications(EMAIL_LOG_LIMIT, controller.signal).then(
      ({ notifications }) => setList({ state: 'loaded', messages: notifications }),
      (error: unknown) => {
        if (isAbortError(error) || onSessionExpired(error)) return;
        setList({ state: 'error', message: isApiError(error) ? error.message : 'Could not load the e-mail log.' });
      },
    );
    return () => controller.abort();
  }, [attempt, onSessionExpired]);

  const added = (message: NotificationSummary, text: string) => {
    setList((current) => (current.state === 'loaded' ? { state: 'loaded', messages: withNewMessage(current.messages, message) } : current));
    setStatus(text);
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">E-mail log</h1>
          <p className="mt-1 text-sm text-slate-600">
            The latest {EMAIL_LOG_LIMIT} e-mails PrintDesk sent to students and testers, newest first.
          </p>
        </div>
        <Button
          variant="secondary"
          onClick={() => {
            setStatus('');
            setAttempt((n) => n + 1);
          }}
        >
          Refresh
        </Button>
      </div>

      {!staffName && (
        <Alert tone="info" title="Who is making changes?">
          Choose your name in “Performing action as” at the top of the page: every resend and test is recorded under it.
        </Alert>
      )}

      <TestMessageForm onSent={(message) => added(message, `Test message to ${message.to} queued.`)} />

      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {status && (
        <p className="flex items-center gap-2 text-sm font-medium text-emerald-800" aria-hidden="true">
          <span>✓</span>
          {status}
        </p>
      )}

      {list.state === 'loading' && (
        <p className="flex items-center gap-2 text-slate-600" role="status">
          <Spinner /> Loading the e-mail log…
        </p>
      )}
      {list.state === 'error' && (
        <Alert tone="error" title="Could not load the e-mail log">
          <p>{list.message}</p>
          <Button variant="secondary" className="mt-3" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </Button>
        </Alert>
      )}
      {list.state === 'loaded' && list.messages.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          No e-mails yet.
        </p>
      )}
      {list.state === 'loaded' && list.messages.length > 0 && (
        <MessageTable
          messages={list.messages}
          onResent={(message) => added(message, `Resend to ${message.to} queued.`)}
        />
      )}
    </div>
  );
}

function StatusBadge({ status }: { status: NotificationStatus }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${BADGES[status]}`}>
      <span aria-hidden="true">{BADGE_ICONS[status]}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}

function MessageTable({
  messages,
  onResent,
}: {
  messages: NotificationSummary[];
  onResent: (message: NotificationSummary) => void;
}) {
  return (
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
      role="region"
      aria-labelledby="email-log-caption"
      tabIndex={0}
    >
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption id="email-log-caption" className="sr-only">
          E-mails, newest first
        </caption>
        <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Status</th>
            <th scope="col" className="px-3 py-2">E-mail</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">When</th>
            <th scope="col" className="hidden px-3 py-2 text-right sm:table-cell">Attempts</th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {messages.map((message) => (
            <MessageRow key={message.id} message={message} onResent={onResent} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MessageRow({
  message,
  onResent,
}: {
  message: NotificationSummary;
  onResent: (message: NotificationSummary) => void;
}) {
  const { staffName, focusPicker } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function resend() {
    if (busy) return;
    setError(null);
    if (!staffName) {
      setError(CHOOSE_ACTING_STAFF_FIRST);
      return focusPicker();
    }
    setBusy(true);
    try {
      onResent(await resendNotification(message.id, staffName));
    } catch (err) {
      if (onSessionExpired(err)) return;
      setError(adminActionError(err, 'Could not resend. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr data-testid="email-row" className="align-top">
      <td className="hidden px-3 py-3 sm:table-cell">
        <StatusBadge status={message.status} />
      </td>
      <td className="px-3 py-3 sm:min-w-56">
        <p className="mb-1 sm:hidden">
          <StatusBadge status={message.status} />
        </p>
        <p className="font-semibold break-words text-slate-900">{message.subject}</p>
        <p className="break-all text-slate-800">
          <span className="sr-only">To </span>
          {message.to}
        </p>
        <p className="text-xs text-slate-600">
          {kindLabel(message.kind)}
          {message.requested_by && ` · by ${message.requested_by}`}
          {message.resent_from && ' · resend'}
        </p>
        {message.last_error && (
          <p className="mt-1 text-xs break-words text-red-800">
            <span className="font-semibold">Last error:</span> {message.last_error}
          </p>
        )}
        <p className="mt-1 text-xs text-slate-600 sm:hidden">
          {formatDateTime(message.created_at)} · {message.attempts} {message.attempts === 1 ? 'attempt' : 'attempts'}
        </p>
      </td>
      <td className="hidden px-3 py-3 text-slate-700 sm:table-cell">
        <p className="whitespace-nowrap">Created {formatDateTime(message.created_at)}</p>
        <p className="whitespace-nowrap text-xs text-slate-600">
          {sendingNote(message, Date.now(), formatDateTime)}
        </p>
      </td>
      <td className="hidden px-3 py-3 text-right text-slate-700 tabular-nums sm:table-cell">{message.attempts}</td>
      <td className="px-3 py-3 text-right">
        {canResend(message) && (
          <Button
            variant="secondary"
            onClick={resend}
            loading={busy}
            aria-label={`Resend “${message.subject}” to ${message.to}`}
          >
            Resend
          </Button>
        )}
        {error && (
          <p role="alert" className="mt-1 max-w-56 text-left text-xs font-medium text-red-700">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}

function TestMessageForm({ onSent }: { onSent: (message: NotificationSummary) => void }) {
  const { staffName, focusPicker } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [to, setTo] = useState('');
  const [toError, setToError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const toRef = useRef<HTMLInputElement>(null);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setError(null);
    const problem = emailProblem(to);
    setToError(problem);
    if (problem) return toRef.current?.focus();
    if (!staffName) {
      setError(CHOOSE_ACTING_STAFF_FIRST);
      return focusPicker();
    }
    setSending(true);
    try {
      onSent(await sendTestNotification(to.trim(), staffName));
      setTo('');
    } catch (err) {
      if (onSessionExpired(err)) return;
      const fieldProblem = isApiError(err) ? err.fields.to : undefined;
      if (fieldProblem) {
        setToError(fieldProblem);
        toRef.current?.focus();
      }
      setError(adminActionError(err, 'Could not send the test message. Please try again.', ['to']));
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="test-message-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="test-message-heading" className="text-lg font-semibold text-slate-900">
        Send a test message
      </h2>
      <form noValidate onSubmit={send} className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          ref={toRef}
          label="To"
          hint="Any address: checks that PrintDesk can send e-mail."
          name="to"
          type="email"
          autoComplete="email"
          value={to}
          error={toError}
          readOnly={sending}
          onChange={(e) => {
            setTo(e.target.value);
            if (toError) setToError(undefined);
          }}
          className="min-w-0 flex-1"
        />
        <Button type="submit" loading={sending} className="sm:mt-[3.25rem]">
          Send test message
        </Button>
      </form>
      {error && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}
    </section>
  );
}
