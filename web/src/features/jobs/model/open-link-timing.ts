/*
 * When to ask for a fresh "Open in slicer" link. The files service signs each
 * link for a few minutes (300 s today); the workstation's opener refuses an
 * expired one, so the panel swaps in a new link a little before that, and the
 * link on the page is always one that still works when clicked.
 */

/** Ask this long before the link expires. */
export const OPEN_LINK_REFRESH_LEAD_MS = 30_000;
/**
 * Never ask more often than this: when this computer's clock runs ahead of the
 * server's, every link already looks expired, and asking at once would loop.
 */
export const OPEN_LINK_MIN_DELAY_MS = 15_000;
/** After a failed refresh, try again this much later (while the old link still holds). */
export const OPEN_LINK_RETRY_MS = 15_000;
/** A link this close to its expiry is not offered for clicking. */
const EXPIRY_MARGIN_MS = 5_000;

/** Milliseconds from `now` until the link expiring at `expiresAt` should be replaced. */
export function openLinkRefreshDelay(expiresAt: string, now: number): number {
  const expires = Date.parse(expiresAt);
  if (Number.isNaN(expires)) return OPEN_LINK_MIN_DELAY_MS;
  return Math.max(OPEN_LINK_MIN_DELAY_MS, expires - now - OPEN_LINK_REFRESH_LEAD_MS);
}

/** Whether the link is (about to be) past its expiry at `now`, e.g. after the tab slept. */
export function openLinkExpired(expiresAt: string, now: number): boolean {
  const expires = Date.parse(expiresAt);
  return Number.isNaN(expires) || expires - now <= EXPIRY_MARGIN_MS;
}

/** Whether it is time to replace the link (inside the refresh lead), e.g. when the tab comes back. */
export function openLinkDue(expiresAt: string, now: number): boolean {
  const expires = Date.parse(expiresAt);
  return Number.isNaN(expires) || expires - now <= OPEN_LINK_REFRESH_LEAD_MS;
}
