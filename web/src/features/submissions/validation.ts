/** Client-side checks mirroring the submissions API; the server stays authoritative. */

export const NAME_MIN = 2;
export const NAME_MAX = 100;
export const EMAIL_MAX = 100;
export const CLASS_NUMBER_MAX = 50;
export const MAX_MODEL_BYTES = 50 * 1024 * 1024;
export const MODEL_EXTENSIONS = ['.stl', '.obj', '.3mf'] as const;

const EMAIL_PATTERN = /^\S+@\S+\.\S+$/;

export function validateStudentName(value: string): string | undefined {
  const name = value.trim();
  if (!name) return 'Enter your full name.';
  if (name.length < NAME_MIN) return `Your name must be at least ${NAME_MIN} characters.`;
  if (name.length > NAME_MAX) return `Your name must be at most ${NAME_MAX} characters.`;
  return undefined;
}

/** First or last name: 2–100 characters. `which` is "first" or "last". */
export function validatePersonName(value: string, which: 'first' | 'last'): string | undefined {
  const name = value.trim();
  if (!name) return `Enter your ${which} name.`;
  if (name.length < NAME_MIN) return `Your ${which} name must be at least ${NAME_MIN} characters.`;
  if (name.length > NAME_MAX) return `Your ${which} name must be at most ${NAME_MAX} characters.`;
  return undefined;
}

export function validateClassNumber(value: string): string | undefined {
  const text = value.trim();
  if (!text) return 'Enter your class number, or N/A if this print is not for a class.';
  if (text.length > CLASS_NUMBER_MAX) return `The class number must be at most ${CLASS_NUMBER_MAX} characters.`;
  return undefined;
}

export function validateStudentEmail(value: string): string | undefined {
  const email = value.trim();
  if (!email) return 'Enter your e-mail address.';
  if (email.length > EMAIL_MAX) return `Your e-mail address must be at most ${EMAIL_MAX} characters.`;
  if (!EMAIL_PATTERN.test(email)) return 'Enter an e-mail address like name@university.edu.';
  return undefined;
}

export function validateModelFile(file: { name: string; size: number }): string | undefined {
  const lower = file.name.toLowerCase();
  if (!MODEL_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return 'Choose an .stl, .obj or .3mf file.';
  }
  if (file.size === 0) return 'That file is empty.';
  if (file.size > MAX_MODEL_BYTES) return 'That file is larger than 50 MB.';
  return undefined;
}
