import { describe, expect, it } from 'vitest';
import { checkAmount, checkText } from './validation';

describe('checkAmount', () => {
  it('accepts positive decimals up to the limit', () => {
    expect(checkAmount('42.5', 'weight', 100_000)).toBeUndefined();
    expect(checkAmount('0.1', 'weight', 100_000)).toBeUndefined();
    expect(checkAmount('100000', 'weight', 100_000)).toBeUndefined();
  });

  it('says what to enter instead', () => {
    expect(checkAmount('', 'weight in grams', 10)).toBe('Enter the weight in grams as a number, like 12.5.');
    expect(checkAmount('abc', 'weight', 10)).toMatch(/as a number/);
    expect(checkAmount('-1', 'weight', 10)).toMatch(/as a number/);
    expect(checkAmount('0', 'weight', 10)).toBe('The weight must be more than 0.');
    expect(checkAmount('11', 'weight', 10)).toBe('The weight can be at most 10.');
  });
});

describe('checkText', () => {
  it('needs something, not too long', () => {
    expect(checkText('  ', 'transaction number', 64)).toBe('Enter the transaction number.');
    expect(checkText('x'.repeat(65), 'transaction number', 64)).toMatch(/at most 64/);
    expect(checkText('TX-1', 'transaction number', 64)).toBeUndefined();
  });
});
