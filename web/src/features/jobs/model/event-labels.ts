import type { JobEventItem } from '../api/jobs';

/** The audit trail's event types in the lab's words. */
const LABELS: Record<string, string> = {
  JobCreated: 'Submitted',
  JobApproved: 'Approved and quoted',
  JobRejected: 'Rejected',
  JobReviewed: 'Marked reviewed',
  JobReviewCleared: 'Marked new again',
  StudentConfirmed: 'Student confirmed the quote',
  ConfirmationResent: 'Confirm link sent again',
  JobMarkedPrinting: 'Printing started',
  JobMarkedComplete: 'Print complete',
  PaymentRecorded: 'Paid and picked up',
  CompletionReverted: 'Back to printing',
  PickupReverted: 'Pickup undone',
  JobDeleted: 'Deleted',
  JobArchived: 'Archived',
  AdminForceConfirmed: 'Confirmed by an admin',
  AdminStatusChanged: 'Status changed by an admin',
  PrintFailed: 'Print failed',
  ForceUnlocked: 'Unlocked by an admin',
  NotesUpdated: 'Notes changed',
  FileOpenedInSlicer: 'File opened in slicer',
};

/**
 * "PickupReverted" → "Pickup undone"; an unknown type is spaced out ("SomethingNew" → "Something new").
 * A file opened in a slicer names the slicer when the workstation said which.
 */
export function eventLabel(type: string, details?: Record<string, unknown>): string {
  if (type === 'FileOpenedInSlicer' && typeof details?.slicer === 'string' && details.slicer) {
    return `Opened in ${details.slicer}`;
  }
  const known = LABELS[type];
  if (known) return known;
  const spaced = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Who did it: "Grace Hopper at front-desk", the student, or the system. */
export function eventActor(event: Pick<JobEventItem, 'staff_name' | 'workstation' | 'event_type'>): string {
  if (event.staff_name && event.workstation) return `${event.staff_name} at ${event.workstation}`;
  if (event.staff_name) return event.staff_name;
  if (event.workstation) return event.workstation;
  if (event.event_type === 'JobCreated' || event.event_type === 'StudentConfirmed') return 'Student';
  return 'PrintDesk';
}
