import { parseDecimal } from './pricing';

/**
 * A positive decimal no larger than `max` (weights, hours, grams), or the
 * sentence that says what to enter instead.
 */
export function checkAmount(value: string, what: string, max: number): string | undefined {
  if (!value.trim() || !parseDecimal(value)) return `Enter the ${what} as a number, like 12.5.`;
  const number = Number(value);
  if (!(number > 0)) return `The ${what} must be more than 0.`;
  if (number > max) return `The ${what} can be at most ${max.toLocaleString('en-US')}.`;
  return undefined;
}

/** A required line of text up to `max` characters, or what is wrong with it. */
export function checkText(value: string, what: string, max: number): string | undefined {
  const text = value.trim();
  if (!text) return `Enter the ${what}.`;
  if (text.length > max) return `The ${what} can be at most ${max} characters.`;
  return undefined;
}
