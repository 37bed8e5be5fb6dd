/**
 * Only same-origin paths may be used as a post-login destination:
 * "/dashboard" yes; "//evil.example", "/\evil.example" or "https://…" no.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/dashboard'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
