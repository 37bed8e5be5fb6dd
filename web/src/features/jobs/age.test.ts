import { describe, expect, it } from 'vitest';
import { ageLevel, confirmationDeadline, formatAge } from './age';

const MIN = 60_000;
const H = 60 * MIN;

describe('formatAge', () => {
  it.each([
    [20_000, 'just now'],
    [5 * MIN, '5 min ago'],
    [2 * H + 10 * MIN, '2 h 10 min ago'],
    [3 * H, '3 h ago'],
    [26 * H, '1 d 2 h ago'],
    [72 * H, '3 d ago'],
  ])('%d ms reads %j', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});

describe('ageLevel', () => {
  it('is green under a day, yellow under two, orange under three, red from three days', () => {
    expect(ageLevel(23 * H)).toBe('fresh');
    expect(ageLevel(24 * H)).toBe('aging');
    expect(ageLevel(47 * H)).toBe('aging');
    expect(ageLevel(48 * H)).toBe('late');
    expect(ageLevel(72 * H - 1)).toBe('late');
    expect(ageLevel(72 * H)).toBe('overdue');
  });
});

describe('confirmationDeadline', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  it('says how long the link still works, or since when it has run out', () => {
    expect(confirmationDeadline('2026-11-28T14:30:00Z', now)).toEqual({ expired: false, text: 'expires in 2 d 2 h' });
    expect(confirmationDeadline('2026-11-26T12:20:00Z', now)).toEqual({ expired: false, text: 'expires in 20 min' });
    expect(confirmationDeadline('2026-11-26T12:00:00Z', now)).toEqual({ expired: true, text: 'expired under a minute ago' });
    expect(confirmationDeadline('2026-11-25T09:00:00Z', now)).toEqual({ expired: true, text: 'expired 1 d 3 h ago' });
  });

  it('is nothing for a job that waits for no confirmation, or a date it cannot read', () => {
    expect(confirmationDeadline(null, now)).toBeNull();
    expect(confirmationDeadline(undefined, now)).toBeNull();
    expect(confirmationDeadline('not a date', now)).toBeNull();
  });
});
