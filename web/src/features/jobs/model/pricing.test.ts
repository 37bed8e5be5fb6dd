import { describe, expect, it } from 'vitest';
import { testCatalog } from '@/test/catalog';
import { amountToCents, centsToAmount, chargeCents, parseDecimal, previewCharge, rateFor } from './pricing';

describe('chargeCents', () => {
  it('charges grams × rate, rounded half-up to the cent', () => {
    expect(chargeCents('42', '0.10', '3.00')).toBe(420);
    expect(chargeCents('42.35', '0.10', '3.00')).toBe(424); // 4.235 → 4.24
    expect(chargeCents('42.34', '0.10', '3.00')).toBe(423); // 4.234 → 4.23
  });

  it('rounds where floating point would not: 1.005 is 1.01', () => {
    expect(Math.round(1.005 * 100)).toBe(100); // the trap
    expect(chargeCents('1.005', '1', '0')).toBe(101);
    expect(chargeCents('10.05', '0.10', '0')).toBe(101);
  });

  it('never goes below the minimum charge', () => {
    expect(chargeCents('5', '0.10', '3.00')).toBe(300);
    expect(chargeCents('30', '0.10', '3.00')).toBe(300);
    expect(chargeCents('30.1', '0.10', '3.00')).toBe(301);
  });

  it('uses the resin rate for resin', () => {
    expect(chargeCents('70.4', '0.20', '3.00')).toBe(1408);
  });

  it('has no price for zero, empty, negative or non-numeric grams', () => {
    for (const grams of ['', '0', '0.0', '-3', 'abc', '1e3', '1.2.3']) {
      expect(chargeCents(grams, '0.10', '3.00')).toBeNull();
    }
  });

  it('accepts numbers and leading dots', () => {
    expect(chargeCents(42, 0.1, 3)).toBe(420);
    expect(chargeCents('.5', '10', '0')).toBe(500);
  });
});

describe('decimal helpers', () => {
  it('parses plain decimals only', () => {
    expect(parseDecimal('12.50')).toEqual({ digits: 1250n, scale: 2 });
    expect(parseDecimal('7')).toEqual({ digits: 7n, scale: 0 });
    expect(parseDecimal('1,5')).toBeNull();
  });

  it('writes and reads amounts', () => {
    expect(centsToAmount(424)).toBe('4.24');
    expect(centsToAmount(5)).toBe('0.05');
    expect(centsToAmount(-40)).toBe('-0.40');
    expect(amountToCents('4.20')).toBe(420);
    expect(amountToCents('-0.4')).toBe(-40);
    expect(amountToCents(null)).toBeNull();
  });
});

describe('rates from the catalog', () => {
  it('takes the job method’s price and the lab minimum', () => {
    expect(rateFor(testCatalog, 'Resin')).toEqual({ method: 'Resin', pricePerGram: '0.20', minimum: '3.00', fallback: false });
  });

  it('charges an unknown method at the filament rate and says so', () => {
    expect(rateFor(testCatalog, 'Laser')).toMatchObject({ method: 'Filament', pricePerGram: '0.10', fallback: true });
  });

  it('previews the charge and whether the minimum decided it', () => {
    const rate = rateFor(testCatalog, 'Filament');
    expect(previewCharge('12', rate)).toEqual({ cents: 300, minimumApplies: true });
    expect(previewCharge('42.35', rate)).toEqual({ cents: 424, minimumApplies: false });
    expect(previewCharge('', rate)).toBeNull();
  });
});
