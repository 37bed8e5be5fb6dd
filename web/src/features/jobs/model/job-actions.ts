import type { ActionRequest } from '../api/job-actions';
import type { JobStatus, JobSummary, LockInfo } from '../api/jobs';

/** Every step a card offers (SPEC.md §7, plus the reverts, delete, review and notes). */
export type ActionKind =
  | 'approve'
  | 'reject'
  | 'review'
  | 'unreview'
  | 'resend-confirmation'
  | 'mark-printing'
  | 'mark-complete'
  | 'payment'
  | 'revert-completion'
  | 'revert-pickup'
  | 'delete'
  | 'notes';

export const ACTION_LABELS: Record<ActionKind, string> = {
  approve: 'Approve',
  reject: 'Reject',
  review: 'Mark reviewed',
  unreview: 'Mark unreviewed',
  'resend-confirmation': 'Resend confirmation',
  'mark-printing': 'Mark printing',
  'mark-complete': 'Mark complete',
  payment: 'Record payment',
  'revert-completion': 'Back to printing',
  'revert-pickup': 'Undo pickup',
  delete: 'Delete',
  notes: 'Notes',
};

/** The statuses a step starts from; null = any status. */
export const ACTION_FROM: Record<ActionKind, readonly JobStatus[] | null> = {
  approve: ['UPLOADED'],
  reject: ['UPLOADED'],
  review: ['UPLOADED'],
  unreview: ['UPLOADED'],
  'resend-confirmation': ['PENDING'],
  'mark-printing': ['READYTOPRINT'],
  'mark-complete': ['PRINTING'],
  payment: ['COMPLETED'],
  'revert-completion': ['COMPLETED'],
  'revert-pickup': ['PAIDPICKEDUP'],
  delete: ['UPLOADED', 'PENDING'],
  notes: null,
};

/** Where a step sends the job: a status, null (gone) or undefined (it stays where it is). */
const ACTION_TO: Partial<Record<ActionKind, JobStatus | null>> = {
  approve: 'PENDING',
  reject: 'REJECTED',
  'mark-printing': 'PRINTING',
  'mark-complete': 'COMPLETED',
  payment: 'PAIDPICKEDUP',
  'revert-completion': 'PRINTING',
  'revert-pickup': 'COMPLETED',
  delete: null,
};

/** The step the card shows first and strongest, per status. */
export const PRIMARY_ACTIONS: ReadonlySet<ActionKind> = new Set([
  'approve',
  'resend-confirmation',
  'mark-printing',
  'mark-complete',
  'payment',
]);

/** The steps a card offers, in the order its buttons appear. */
export function actionsFor(job: Pick<JobSummary, 'status' | 'staff_viewed_at'>): ActionKind[] {
  const reviewStep: ActionKind = job.staff_viewed_at ? 'unreview' : 'review';
  const order: ActionKind[] = [
    'approve',
    'reject',
    'resend-confirmation',
    'mark-printing',
    'mark-complete',
    'payment',
    'revert-completion',
    'revert-pickup',
    reviewStep,
    'notes',
    'delete',
  ];
  return order.filter((kind) => {
    const from = ACTION_FROM[kind];
    return from === null || from.includes(job.status);
  });
}

/** Whether a step may start from this status. */
export function allowedFrom(kind: ActionKind, status: JobStatus): boolean {
  const from = ACTION_FROM[kind];
  return from === null || from.includes(status);
}

/** What the board shows at once, before the server answers (undone if it refuses). */
export interface OptimisticEffect {
  /** The new status; null when the job is gone; undefined when it stays. */
  to?: JobStatus | null;
  patch?: Partial<JobSummary>;
}

export function optimisticEffect(kind: ActionKind, request: ActionRequest, now: Date = new Date()): OptimisticEffect {
  const to = ACTION_TO[kind];
  if (to !== undefined) {
    // An approval marks the job reviewed too; a printing job knows its printer.
    if (request.kind === 'approve') return { to, patch: { staff_viewed_at: now.toISOString() } };
    if (request.kind === 'mark-printing') return { to, patch: { printing_printer: request.printer } };
    return { to };
  }
  if (request.kind === 'review') return { patch: { staff_viewed_at: request.reviewed ? now.toISOString() : null } };
  if (request.kind === 'notes') return { patch: { has_notes: request.notes.trim().length > 0 } };
  return {};
}

/** Who is looking at the board: the signed-in workstation and the chosen staff member. */
export interface Viewer {
  workstation: string;
  staffName: string | null;
}

/**
 * The lock if it keeps this viewer out: unexpired and held by someone else. The
 * same workstation under another staff name is someone else (the lock is per person).
 */
export function lockAgainst(lock: LockInfo | null | undefined, viewer: Viewer, now: number): LockInfo | null {
  if (!lock) return null;
  const expires = Date.parse(lock.expires_at);
  if (!Number.isNaN(expires) && expires <= now) return null;
  if (lock.workstation === viewer.workstation && lock.staff_name === viewer.staffName) return null;
  return lock;
}

/** "front-desk · Alex", as the API spells a holder. */
export function holderOf(lock: Pick<LockInfo, 'workstation' | 'staff_name'>): string {
  return `${lock.workstation} · ${lock.staff_name}`;
}
