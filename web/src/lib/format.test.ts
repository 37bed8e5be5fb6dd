import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatMoney } from './format';

describe('formatDuration', () => {
  it('says hours from one hour up, with at most two decimals, as the e-mails do', () => {
    expect(formatDuration('3.50')).toBe('3.5 hours');
    expect(formatDuration(1)).toBe('1 hour');
    expect(formatDuration('1.25')).toBe('1.25 hours');
    expect(formatDuration('12')).toBe('12 hours');
  });

  it('says whole minutes below one hour, never zero minutes for a real time', () => {
    expect(formatDuration('0.75')).toBe('45 minutes');
    expect(formatDuration('0.5')).toBe('30 minutes');
    expect(formatDuration(0.001)).toBe('1 minute');
    expect(formatDuration('0.999')).toBe('1 hour');
  });

  it('says zero minutes for nothing or nonsense', () => {
    expect(formatDuration(0)).toBe('0 minutes');
    expect(formatDuration('abc')).toBe('0 minutes');
  });
});

describe('formatMoney', () => {
  it('shows decimal strings as money with cents', () => {
    expect(formatMoney('4.56')).toBe('$4.56');
    expect(formatMoney('3')).toBe('$3.00');
    expect(formatMoney('1250.5', 'USD')).toBe('$1,250.50');
  });
});

describe('formatBytes', () => {
  it('counts in bytes, then in powers of 1024 up to gigabytes', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(684)).toBe('684 bytes');
    expect(formatBytes(12_595)).toBe('12 KB');
    expect(formatBytes(4.5 * 1024 * 1024)).toBe('4.5 MB');
    expect(formatBytes(2.1 * 1024 ** 3)).toBe('2.1 GB');
    expect(formatBytes(3000 * 1024 ** 3)).toBe('3000 GB');
  });
});
