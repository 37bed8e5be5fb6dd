/** A tracking page path: "/track/<token>", nothing else (no other site, no other page). */
const TRACKING_PATH = /^\/track\/[A-Za-z0-9._~-]{8,512}$/;

export function isTrackingPath(value: unknown): value is string {
  return typeof value === 'string' && TRACKING_PATH.test(value);
}

/**
 * The path of the tracking link the API returned, for our own /track page:
 * absolute links keep only their path. Anything that is not a tracking path
 * gives null, and the success page then says the link is in the e-mail.
 */
export function trackingPathFrom(trackingUrl: string | null | undefined): string | null {
  if (!trackingUrl) return null;
  try {
    const { pathname } = new URL(trackingUrl, 'http://printdesk.invalid');
    return isTrackingPath(pathname) ? pathname : null;
  } catch {
    return null;
  }
}
