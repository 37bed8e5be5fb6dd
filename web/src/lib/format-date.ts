/** "Nov 25, 2026" in the given IANA time zone (the browser's when omitted or unknown). */
export function formatDate(iso: string, timeZone?: string): string {
  return format(iso, { dateStyle: 'medium' }, timeZone);
}

/** "Wed, Nov 25, 2:30 PM" in the given IANA time zone (the browser's when omitted or unknown). */
export function formatDateTime(iso: string, timeZone?: string): string {
  return format(iso, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, timeZone);
}

function format(iso: string, options: Intl.DateTimeFormatOptions, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-US', options).format(date); // unknown time zone name
  }
}

/** "Wed, Nov 25, 2:30 PM CST": a moment a student plans around, with its zone spelled out. */
export function formatDateTimeWithZone(iso: string, timeZone?: string): string {
  return format(
    iso,
    { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
    timeZone,
  );
}
