import { isApiError } from '@/lib/api';

/**
 * What an admin section says, in place, when a change was refused. A problem
 * with the acting staff member points at the picker; a 403 says an admin
 * workstation is needed; field problems the form shows at its own fields are
 * left out (`shownAtFields`) so they are not said twice.
 */
export function adminActionError(error: unknown, fallback: string, shownAtFields: readonly string[] = []): string | null {
  if (!isApiError(error)) return fallback;
  if (error.code === 'unknown_staff' || error.fields.staff_name) {
    return `${error.message} Choose an active staff member in “Performing action as”.`;
  }
  if (error.status === 403) return `${error.message} This needs an admin workstation.`;
  const otherFields = Object.entries(error.fields).filter(([name]) => !shownAtFields.includes(name));
  const fieldsShown = Object.keys(error.fields).length > 0 && otherFields.length === 0;
  if (fieldsShown) return null;
  if (otherFields.length === 0) return error.message;
  return `${error.message} ${otherFields.map(([name, text]) => `${name}: ${text}`).join(' ')}`;
}
