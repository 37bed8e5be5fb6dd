import type { Catalog } from '@/features/catalog/api/catalog';
import type { components } from '@/lib/generated/jobs';

/** What `PUT /catalog` takes as the new content. */
export type CatalogContent = components['schemas']['CatalogContent'];

/*
 * The catalog editor's form as text (every field is what the admin typed), the checks the
 * browser can make before sending, and the payload built from it. Field errors are keyed by
 * the same dotted path the API uses ("methods.0.price_per_gram"), so the server's 422 lands
 * next to the same field as the browser's own check.
 */

export interface MethodDraft {
  /** Stable across renames, for React keys and for printers that follow a renamed method. */
  key: string;
  name: string;
  description: string;
  /** One colour per line. */
  colors: string;
  price_per_gram: string;
  density_g_per_cm3: string;
  fill_factor: string;
}

export interface PrinterDraft {
  key: string;
  name: string;
  /** The method's name. */
  method: string;
  x: string;
  y: string;
  z: string;
}

export interface CatalogDraft {
  lab_name: string;
  pickup_location: string;
  pickup_hours: string;
  payment_method: string;
  time_zone: string;
  currency: string;
  minimum_charge: string;
  /** One per line. */
  disciplines: string;
  rejection_reasons: string;
  disclaimer: string;
  archive_after_days: string;
  prune_after_days: string;
  pickup_reminder_days: string;
  methods: MethodDraft[];
  printers: PrinterDraft[];
}

export type FieldErrors = Record<string, string>;

let nextKey = 0;
export function newKey(prefix: string): string {
  nextKey += 1;
  return `${prefix}-${nextKey}`;
}

const lines = (items: readonly string[] | undefined) => (items ?? []).join('\n');

export function draftFrom(catalog: Catalog): CatalogDraft {
  return {
    lab_name: catalog.lab_name,
    pickup_location: catalog.pickup_location,
    pickup_hours: catalog.pickup_hours,
    payment_method: catalog.payment_method,
    time_zone: catalog.time_zone,
    currency: catalog.currency ?? 'USD',
    minimum_charge: String(catalog.minimum_charge),
    disciplines: lines(catalog.disciplines),
    rejection_reasons: lines(catalog.rejection_reasons),
    disclaimer: lines(catalog.disclaimer),
    archive_after_days: String(catalog.archive_after_days ?? 45),
    prune_after_days: String(catalog.prune_after_days ?? 365),
    pickup_reminder_days: String(catalog.pickup_reminder_days ?? 7),
    methods: catalog.methods.map((m) => ({
      key: newKey('method'),
      name: m.name,
      description: m.description,
      colors: lines(m.colors),
      price_per_gram: String(m.price_per_gram),
      density_g_per_cm3: String(m.density_g_per_cm3),
      fill_factor: String(m.fill_factor),
    })),
    printers: catalog.printers.map((p) => ({
      key: newKey('printer'),
      name: p.name,
      method: p.method,
      x: String(p.build_volume_mm[0]),
      y: String(p.build_volume_mm[1]),
      z: String(p.build_volume_mm[2]),
    })),
  };
}

export function emptyMethod(): MethodDraft {
  return { key: newKey('method'), name: '', description: '', colors: '', price_per_gram: '', density_g_per_cm3: '', fill_factor: '' };
}

export function emptyPrinter(method = ''): PrinterDraft {
  return { key: newKey('printer'), name: '', method, x: '', y: '', z: '' };
}

/** Renames a method and the printers that print it, so they do not point at a name that is gone. */
export function renameMethod(draft: CatalogDraft, key: string, name: string): CatalogDraft {
  const old = draft.methods.find((m) => m.key === key)?.name;
  return {
    ...draft,
    methods: draft.methods.map((m) => (m.key === key ? { ...m, name } : m)),
    printers: draft.printers.map((p) => (old !== undefined && old !== '' && p.method === old ? { ...p, method: name } : p)),
  };
}

/** The non-empty lines of a list field, trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function duplicate(values: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    const folded = value.toLocaleLowerCase();
    if (seen.has(folded)) return value;
    seen.add(folded);
  }
  return null;
}

const DECIMAL = /^\d+(\.\d+)?$/;

function decimalError(text: string, { places, positive, what }: { places: number; positive: boolean; what: string }): string | null {
  const value = text.trim();
  if (!value) return `Enter ${what}.`;
  if (!DECIMAL.test(value)) return `Enter a number like ${places === 2 ? '3.00' : '0.10'}.`;
  if ((value.split('.')[1] ?? '').length > places) return `Use at most ${places} decimal places.`;
  if (positive && Number(value) <= 0) return 'Must be more than 0.';
  return null;
}

function numberError(text: string, { min, max, exclusiveMin = false, what }: { min: number; max: number; exclusiveMin?: boolean; what: string }): string | null {
  const value = text.trim();
  if (!value) return `Enter ${what}.`;
  if (!DECIMAL.test(value)) return 'Enter a number.';
  const n = Number(value);
  if (exclusiveMin ? n <= min : n < min) return exclusiveMin ? `Must be more than ${min}.` : `Must be at least ${min}.`;
  if (n > max) return `Must be at most ${max}.`;
  return null;
}

function daysError(text: string, max: number, min = 1): string | null {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return 'Enter a whole number of days.';
  const n = Number(value);
  if (n < min || n > max) return `Enter between ${min} and ${max} days.`;
  return null;
}

function listError(items: string[], { what, maxLength, required }: { what: string; maxLength: number; required: boolean }): string | null {
  if (required && items.length === 0) return `Add at least one ${what}, one per line.`;
  const long = items.find((item) => item.length > maxLength);
  if (long) return `“${long.slice(0, 30)}…” is longer than ${maxLength} characters.`;
  const twice = duplicate(items);
  if (twice) return `“${twice}” is listed twice.`;
  return null;
}

function textError(text: string, { max, required, what }: { max: number; required?: boolean; what: string }): string | null {
  if (required && !text.trim()) return `Enter ${what}.`;
  if (text.trim().length > max) return `Keep it to ${max} characters.`;
  return null;
}

/** Every problem the browser can see before sending, by field path (empty when the draft looks right). */
export function validateDraft(draft: CatalogDraft): FieldErrors {
  const errors: FieldErrors = {};
  const put = (path: string, error: string | null) => {
    if (error) errors[path] = error;
  };
  put('lab_name', textError(draft.lab_name, { max: 120, required: true, what: 'the lab’s name' }));
  put('pickup_location', textError(draft.pickup_location, { max: 200, what: 'the pickup location' }));
  put('pickup_hours', textError(draft.pickup_hours, { max: 200, what: 'the pickup hours' }));
  put('payment_method', textError(draft.payment_method, { max: 80, what: 'the payment method' }));
  put('time_zone', textError(draft.time_zone, { max: 64, required: true, what: 'a time zone like America/Chicago' }));
  if (!/^[A-Za-z]{3}$/.test(draft.currency.trim())) errors.currency = 'Enter a three-letter currency code like USD.';
  const minimum = draft.minimum_charge.trim();
  if (!minimum) errors.minimum_charge = 'Enter the minimum charge (0.00 for none).';
  else put('minimum_charge', decimalError(minimum, { places: 2, positive: false, what: 'the minimum charge' }));
  put('disciplines', listError(splitLines(draft.disciplines), { what: 'discipline', maxLength: 60, required: true }));
  put('rejection_reasons', listError(splitLines(draft.rejection_reasons), { what: 'rejection reason', maxLength: 500, required: true }));
  put('disclaimer', listError(splitLines(draft.disclaimer), { what: 'line', maxLength: 500, required: false }));
  put('archive_after_days', daysError(draft.archive_after_days, 3650));
  put('prune_after_days', daysError(draft.prune_after_days, 36500));
  put('pickup_reminder_days', daysError(draft.pickup_reminder_days, 365, 0));

  if (draft.methods.length === 0) errors.methods = 'Add at least one print method.';
  const methodNames = draft.methods.map((m) => m.name.trim()).filter(Boolean);
  const twiceMethod = duplicate(methodNames);
  if (twiceMethod) errors.methods = `The print method “${twiceMethod}” is listed twice.`;
  draft.methods.forEach((m, i) => {
    const at = `methods.${i}`;
    put(`${at}.name`, textError(m.name, { max: 40, required: true, what: 'the method’s name' }));
    put(`${at}.description`, textError(m.description, { max: 500, what: 'a description' }));
    put(`${at}.colors`, listError(splitLines(m.colors), { what: 'colour', maxLength: 60, required: true }));
    put(`${at}.price_per_gram`, decimalError(m.price_per_gram, { places: 4, positive: true, what: 'the price per gram' }));
    put(`${at}.density_g_per_cm3`, numberError(m.density_g_per_cm3, { min: 0, max: 25, exclusiveMin: true, what: 'the density' }));
    put(`${at}.fill_factor`, numberError(m.fill_factor, { min: 0, max: 1, exclusiveMin: true, what: 'the fill factor' }));
    if (m.name.trim() && !draft.printers.some((p) => p.method === m.name)) {
      errors[`${at}.name`] ??= `No printer prints ${m.name.trim()}: add one below, or remove the method.`;
    }
  });

  if (draft.printers.length === 0) errors.printers = 'Add at least one printer.';
  const twicePrinter = duplicate(draft.printers.map((p) => p.name.trim()).filter(Boolean));
  if (twicePrinter) errors.printers = `The printer “${twicePrinter}” is listed twice.`;
  draft.printers.forEach((p, i) => {
    const at = `printers.${i}`;
    put(`${at}.name`, textError(p.name, { max: 60, required: true, what: 'the printer’s name' }));
    if (!p.method || !methodNames.includes(p.method.trim())) put(`${at}.method`, 'Choose one of the print methods above.');
    (['x', 'y', 'z'] as const).forEach((axis, n) => {
      put(`${at}.build_volume_mm.${n}`, numberError(p[axis], { min: 0, max: 10000, exclusiveMin: true, what: `the ${axis.toUpperCase()} size` }));
    });
  });
  return errors;
}

/** The draft as the API takes it (call after validateDraft found nothing). */
export function buildContent(draft: CatalogDraft): CatalogContent {
  return {
    lab_name: draft.lab_name.trim(),
    pickup_location: draft.pickup_location.trim(),
    pickup_hours: draft.pickup_hours.trim(),
    payment_method: draft.payment_method.trim(),
    time_zone: draft.time_zone.trim(),
    currency: draft.currency.trim().toUpperCase(),
    minimum_charge: draft.minimum_charge.trim(),
    disciplines: splitLines(draft.disciplines),
    rejection_reasons: splitLines(draft.rejection_reasons),
    disclaimer: splitLines(draft.disclaimer),
    archive_after_days: Number(draft.archive_after_days.trim()),
    prune_after_days: Number(draft.prune_after_days.trim()),
    pickup_reminder_days: Number(draft.pickup_reminder_days.trim()),
    methods: draft.methods.map((m) => ({
      name: m.name.trim(),
      description: m.description.trim(),
      colors: splitLines(m.colors),
      // As text: the API keeps prices as exact decimals.
      price_per_gram: m.price_per_gram.trim(),
      density_g_per_cm3: Number(m.density_g_per_cm3.trim()),
      fill_factor: Number(m.fill_factor.trim()),
    })),
    printers: draft.printers.map((p) => ({
      name: p.name.trim(),
      method: p.method.trim(),
      build_volume_mm: [Number(p.x.trim()), Number(p.y.trim()), Number(p.z.trim())],
    })),
  };
}

/** List fields whose API errors name an entry ("disciplines.2"): shown at the whole list's box. */
const LIST_FIELDS = ['disciplines', 'rejection_reasons', 'disclaimer'];

/**
 * The API's 422 fields ("catalog.methods.0.colors.1") as the editor's paths ("methods.0.colors").
 * What names no field of the form ("catalog" — a rule across fields) is returned under `general`.
 */
export function apiFieldErrors(fields: Record<string, string>): { fields: FieldErrors; general: string[] } {
  const mapped: FieldErrors = {};
  const general: string[] = [];
  for (const [raw, message] of Object.entries(fields)) {
    let path = raw.replace(/^catalog\.?/, '');
    if (!path) {
      general.push(message.replace(/^Value error, /, ''));
      continue;
    }
    const parts = path.split('.');
    if (LIST_FIELDS.includes(parts[0]!)) path = parts[0]!;
    else if (parts[0] === 'methods' && parts[2] === 'colors') path = parts.slice(0, 3).join('.');
    mapped[path] ??= message.replace(/^Value error, /, '');
  }
  return { fields: mapped, general };
}

/** Where focus should go for the first error: the order the fields appear in the form. */
export function firstErrorPath(errors: FieldErrors, draft: CatalogDraft): string | null {
  const order = [
    'lab_name', 'pickup_location', 'pickup_hours', 'payment_method', 'pickup_reminder_days', 'time_zone', 'currency',
    'minimum_charge',
    'disciplines', 'rejection_reasons', 'disclaimer', 'methods',
    ...draft.methods.flatMap((_, i) =>
      ['name', 'description', 'colors', 'price_per_gram', 'density_g_per_cm3', 'fill_factor'].map((f) => `methods.${i}.${f}`),
    ),
    'printers',
    ...draft.printers.flatMap((_, i) =>
      ['name', 'method', 'build_volume_mm.0', 'build_volume_mm.1', 'build_volume_mm.2'].map((f) => `printers.${i}.${f}`),
    ),
    'archive_after_days', 'prune_after_days',
  ];
  return order.find((path) => errors[path]) ?? Object.keys(errors)[0] ?? null;
}

/** Rows for a list box: every line shown (the browser grows it further as text wraps). */
export function rowsFor(text: string, min = 3, max = 16): number {
  return Math.min(max, Math.max(min, text.split('\n').length + 1));
}
