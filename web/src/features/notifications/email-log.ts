import type { NotificationStatus, NotificationSummary } from './api/notifications';

/** Only a message that has finished (sent, failed or cancelled) can be sent again; a pending one is still on its way. */
export function canResend(message: Pick<NotificationSummary, 'status'>): boolean {
  return message.status !== 'pending';
}

export const STATUS_LABELS: Record<NotificationStatus, string> = {
  pending: 'Pending',
  sent: 'Sent',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * Under "Created": when it left, or why not — a reminder waits for its day ("Scheduled for …"), a cancelled
 * one was no longer needed (the print was collected first).
 */
export function sendingNote(
  message: Pick<NotificationSummary, 'status' | 'sent_at' | 'next_attempt_at'>,
  now: number,
  format: (iso: string) => string,
): string {
  if (message.sent_at) return `Sent ${format(message.sent_at)}`;
  if (message.status === 'failed') return 'Not sent';
  if (message.status === 'cancelled') return 'Not sent: no longer needed';
  if (message.next_attempt_at && new Date(message.next_attempt_at).getTime() > now + 60_000) {
    return `Scheduled for ${format(message.next_attempt_at)}`;
  }
  return 'Not sent yet';
}

/** A new row goes on top; a row the list already has (same id) is replaced, not repeated. */
export function withNewMessage(list: NotificationSummary[], message: NotificationSummary): NotificationSummary[] {
  return [message, ...list.filter((m) => m.id !== message.id)];
}

/** "order.approved" -> "Order approved": the kind as a person reads it. */
export function kindLabel(kind: string): string {
  const words = kind.replace(/[._-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : kind;
}

/** A rough check before sending; the server has the last word. */
export function emailProblem(to: string): string | undefined {
  const text = to.trim();
  if (!text) return 'Enter the address to send the test to.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return 'Enter an e-mail address like name@example.edu.';
  return undefined;
}
