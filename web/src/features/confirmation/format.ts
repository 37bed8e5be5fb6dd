import { formatMoney } from '@/lib/format';
import type { JobStatus } from '@/lib/schemas';

/** What the page knows about the lab (from the catalog). All optional: the page works without it. */
export interface LabInfo {
  labName?: string;
  timeZone?: string;
  currency?: string;
  minimumCharge?: string;
  paymentMethod?: string;
  pickupLocation?: string;
  pickupHours?: string;
  /** Price per gram (a decimal string) by print method name. */
  pricePerGram?: Record<string, string>;
}

/** The words a student reads for each status (the same as on their tracking page, not the staff tabs). */
export const STUDENT_STATUS_LABELS: Record<JobStatus, string> = {
  UPLOADED: 'Received, waiting for review',
  PENDING: 'Priced, waiting for your confirmation',
  READYTOPRINT: 'In the print queue',
  PRINTING: 'Printing',
  COMPLETED: 'Ready for pickup',
  PAIDPICKEDUP: 'Picked up',
  REJECTED: 'Not approved',
  ARCHIVED: 'Archived',
};

const CONFIRMED_STATUSES: readonly JobStatus[] = ['READYTOPRINT', 'PRINTING', 'COMPLETED', 'PAIDPICKEDUP'];

/** Whether a job in this status got past the student's confirmation (so a used link means "you already did"). */
export function isPastConfirmation(status: JobStatus): boolean {
  return CONFIRMED_STATUSES.includes(status);
}

/** "42.5 g", "1,250 g": what staff entered, at most two decimals, as the e-mail shows it. */
export function formatWeight(grams: string | number): string {
  const value = typeof grams === 'number' ? grams : Number(grams);
  if (!Number.isFinite(value)) return `${grams} g`;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} g`;
}

/**
 * How the price is worked out, in the lab's own terms: the rate for this method and the minimum charge
 * where the catalog has them, and that the final charge comes from the scale at pickup.
 */
export function pricingNote(printMethod: string | null, lab: LabInfo = {}): string {
  const currency = lab.currency ?? 'USD';
  const rate = printMethod ? lab.pricePerGram?.[printMethod] : undefined;
  const minimum = lab.minimumCharge ? `a minimum charge of ${formatMoney(lab.minimumCharge, currency)}` : null;
  let charged = 'Prints are charged by weight';
  if (rate && printMethod) charged += `: ${formatMoney(rate, currency)} per gram for ${printMethod}`;
  if (minimum) charged += `, with ${minimum}`;
  const paid = lab.paymentMethod ? `, and you pay with ${lab.paymentMethod}` : '';
  return (
    `${charged}. This quote uses the weight staff estimated from your model; the final charge is worked out from ` +
    `the weight of your finished print on the scale when you pick it up${paid}.`
  );
}
