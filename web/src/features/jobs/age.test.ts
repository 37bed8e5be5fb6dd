import { describe, expect, it } from 'vitest';
import { ageLevel, formatAge } from './age';

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
