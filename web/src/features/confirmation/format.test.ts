import { describe, expect, it } from 'vitest';
import type { JobStatus } from '@/lib/schemas';
import { formatWeight, isPastConfirmation, pricingNote } from './format';

describe('formatWeight', () => {
  it('shows what staff entered, at most two decimals, without trailing zeros', () => {
    expect(formatWeight('42.50')).toBe('42.5 g');
    expect(formatWeight('42.00')).toBe('42 g');
    expect(formatWeight('1250.125')).toBe('1,250.13 g');
    expect(formatWeight(7)).toBe('7 g');
  });
});

describe('pricingNote', () => {
  const lab = {
    currency: 'USD',
    minimumCharge: '3.00',
    paymentMethod: 'TigerCASH',
    pricePerGram: { Filament: '0.10', Resin: '0.20' },
  };

  it('names the rate of the method, the minimum charge, the scale at pickup and how to pay', () => {
    expect(pricingNote('Resin', lab)).toBe(
      'Prints are charged by weight: $0.20 per gram for Resin, with a minimum charge of $3.00. ' +
        'This quote uses the weight staff estimated from your model; the final charge is worked out from the weight ' +
        'of your finished print on the scale when you pick it up, and you pay with TigerCASH.',
    );
  });

  it('leaves out what the catalog does not say', () => {
    expect(pricingNote('Sintered', lab)).toMatch(/^Prints are charged by weight, with a minimum charge of \$3\.00\. /);
    expect(pricingNote(null, {})).toBe(
      'Prints are charged by weight. This quote uses the weight staff estimated from your model; the final charge is ' +
        'worked out from the weight of your finished print on the scale when you pick it up.',
    );
  });
});

describe('isPastConfirmation', () => {
  it('is true only for statuses a confirmed job reaches', () => {
    const confirmed: JobStatus[] = ['READYTOPRINT', 'PRINTING', 'COMPLETED', 'PAIDPICKEDUP'];
    const notConfirmed: JobStatus[] = ['UPLOADED', 'PENDING', 'REJECTED', 'ARCHIVED'];
    expect(confirmed.every(isPastConfirmation)).toBe(true);
    expect(notConfirmed.some(isPastConfirmation)).toBe(false);
  });
});
