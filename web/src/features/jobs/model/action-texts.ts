import { formatMoney } from '@/lib/format';
import type { ActionRequest } from '../api/job-actions';
import type { JobSummary } from '../api/jobs';
import type { ActionKind } from './job-actions';

type Job = Pick<JobSummary, 'short_id' | 'student_name' | 'student_email'>;

/** The dialog's title for a step on a job. */
export function actionTitle(kind: ActionKind, job: Job): string {
  const titles: Record<ActionKind, string> = {
    approve: 'Approve and quote',
    reject: 'Reject',
    review: 'Mark as reviewed',
    unreview: 'Mark as not reviewed',
    'resend-confirmation': 'Resend the confirm link',
    'mark-printing': 'Start printing',
    'mark-complete': 'Mark the print complete',
    payment: 'Record payment and pickup',
    'revert-completion': 'Back to printing',
    'revert-pickup': 'Undo the pickup',
    delete: 'Delete this job',
    notes: 'Staff notes',
  };
  return `${titles[kind]} · ${job.student_name}`;
}

/**
 * The confirmation step's promise: what happens when the button is pressed,
 * in the lab's words (who gets an e-mail, where the job goes).
 */
export function consequence(request: ActionRequest, job: Job, extra: { printer?: string; cost?: string } = {}): string {
  const to = job.student_email;
  switch (request.kind) {
    case 'approve':
      return `An approval e-mail with the quote${extra.cost ? ` (${extra.cost})` : ''} and a confirm link goes to ${to}, and the job moves to Pending.`;
    case 'reject':
      return `A rejection e-mail with the reasons below goes to ${to}, and the job moves to Rejected.`;
    case 'review':
      return request.reviewed
        ? 'The NEW badge goes away. The job stays in Uploaded and nobody is e-mailed.'
        : 'The job shows as NEW again. It stays in Uploaded and nobody is e-mailed.';
    case 'resend-confirmation':
      return `A new confirm link goes to ${to}; the links sent before stop working. The job stays in Pending.`;
    case 'mark-printing':
      return `The job moves to Printing on ${request.printer}. The student is not e-mailed.`;
    case 'mark-complete':
      return `A “ready for pickup” e-mail goes to ${to}, and the job moves to Completed.`;
    case 'payment':
      return `The payment is recorded and the job moves to Picked Up.`;
    case 'revert-completion':
      return 'The job goes back to Printing. Nobody is e-mailed.';
    case 'revert-pickup':
      return 'The job goes back to Completed. The recorded payment stays in the history. Nobody is e-mailed.';
    case 'delete':
      return `Job ${job.short_id} and its files are removed for good. The student is not e-mailed.`;
    case 'notes':
      return 'The notes are saved for all staff.';
  }
}

/** The line announced on the board once the server accepted the step. */
export function successMessage(request: ActionRequest, job: Job, cost?: string | null): string {
  const who = `${job.student_name} (${job.short_id})`;
  switch (request.kind) {
    case 'approve':
      return `Approved ${who}${cost ? ` at ${formatMoney(cost)}` : ''}; the confirm link is on its way. Now in Pending.`;
    case 'reject':
      return `Rejected ${who}; the student is being told why.`;
    case 'review':
      return request.reviewed ? `Marked ${who} as reviewed.` : `Marked ${who} as new again.`;
    case 'resend-confirmation':
      return `Sent ${who} a new confirm link.`;
    case 'mark-printing':
      return `${who} is printing on ${request.printer}.`;
    case 'mark-complete':
      return `${who} is complete; the pickup e-mail is on its way.`;
    case 'payment':
      return `Recorded the payment for ${who}. Now in Picked Up.`;
    case 'revert-completion':
      return `${who} is back in Printing.`;
    case 'revert-pickup':
      return `${who} is back in Completed.`;
    case 'delete':
      return `Deleted ${who}.`;
    case 'notes':
      return `Saved the notes for ${who}.`;
  }
}
