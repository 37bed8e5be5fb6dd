import type { Catalog } from '@/features/catalog/api/catalog';

/*
 * The quote and the final charge (SPEC.md §6): max(minimum charge, grams × the
 * method's price per gram), rounded half-up to cents. Computed in exact
 * decimal arithmetic (BigInt), because 1.005 × 100 is 100.49999… in floating
 * point and a preview must never disagree with the server by a cent.
 */

const DECIMAL = /^\s*(\d+)(?:\.(\d*))?\s*$|^\s*\.(\d+)\s*$/;

interface Decimal {
  digits: bigint;
  scale: number;
}

/** "12.5" → 125 × 10⁻¹; null for anything that is not a plain non-negative decimal. */
export function parseDecimal(text: string | number): Decimal | null {
  const match = DECIMAL.exec(String(text));
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? match[3] ?? '';
  return { digits: BigInt(whole + fraction || '0'), scale: fraction.length };
}

/** A decimal amount of money as whole cents, rounded half-up. */
function toCents({ digits, scale }: Decimal): bigint {
  if (scale <= 2) return digits * 10n ** BigInt(2 - scale);
  const divisor = 10n ** BigInt(scale - 2);
  return (digits + divisor / 2n) / divisor;
}

/**
 * The charge in cents for `grams` at `pricePerGram`, never below `minimum`.
 * Null while the grams are not a number above zero (or a price is unreadable).
 */
export function chargeCents(grams: string | number, pricePerGram: string | number, minimum: string | number): number | null {
  const weight = parseDecimal(grams);
  const rate = parseDecimal(pricePerGram);
  const floor = parseDecimal(minimum);
  if (!weight || !rate || !floor || weight.digits === 0n) return null;
  const product = toCents({ digits: weight.digits * rate.digits, scale: weight.scale + rate.scale });
  const least = toCents(floor);
  return Number(product > least ? product : least);
}

/** "4.24" from 424 cents; "-0.40" for a negative difference. */
export function centsToAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A decimal amount ("4.20") as cents; null when unreadable. */
export function amountToCents(amount: string | number | null | undefined): number | null {
  if (amount === null || amount === undefined) return null;
  const negative = String(amount).trim().startsWith('-');
  const parsed = parseDecimal(String(amount).trim().replace(/^-/, ''));
  if (!parsed) return null;
  const cents = Number(toCents(parsed));
  return negative ? -cents : cents;
}

export interface MethodRate {
  method: string;
  pricePerGram: string;
  minimum: string;
  /** True when the job's method is not in the catalog and the first (filament) rate stands in. */
  fallback: boolean;
}

/** The catalog's rate for a print method; an unknown method is charged the first method's rate (SPEC.md §6). */
export function rateFor(catalog: Catalog, method: string | null | undefined): MethodRate | null {
  const found = catalog.methods.find((m) => m.name === method);
  const used = found ?? catalog.methods.find((m) => m.name === 'Filament') ?? catalog.methods[0];
  if (!used) return null;
  return { method: used.name, pricePerGram: used.price_per_gram, minimum: catalog.minimum_charge, fallback: !found };
}

export interface ChargePreview {
  cents: number;
  /** The minimum charge decided the price. */
  minimumApplies: boolean;
}

/** The live preview under a weight field: the charge and whether the minimum set it. */
export function previewCharge(grams: string, rate: MethodRate | null): ChargePreview | null {
  if (!rate) return null;
  const cents = chargeCents(grams, rate.pricePerGram, rate.minimum);
  if (cents === null) return null;
  const raw = chargeCents(grams, rate.pricePerGram, '0');
  return { cents, minimumApplies: raw !== null && raw < cents };
}
