/** "684 bytes", "12.3 KB", "4.5 MB", "2.1 GB" (1 KB = 1024 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "10 × 10 × 10 mm", with at most one decimal. */
export function formatDimensions([x, y, z]: readonly [number, number, number]): string {
  const mm = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-US');
  return `${mm(x)} × ${mm(y)} × ${mm(z)} mm`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

const MM_PER_INCH = 25.4;

/** "0.39 × 0.39 × 0.39 in", with two decimals below 10 in and one above. */
export function formatDimensionsInches([x, y, z]: readonly [number, number, number]): string {
  const inch = (mm: number) => {
    const value = mm / MM_PER_INCH;
    return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 1 });
  };
  return `${inch(x)} × ${inch(y)} × ${inch(z)} in`;
}

/** "1.2 cm³" from cubic millimetres: three significant digits, no more than two decimals. */
export function formatVolumeCm3(mm3: number): string {
  const cm3 = mm3 / 1000;
  const digits = cm3 < 10 ? 2 : cm3 < 100 ? 1 : 0;
  return `${cm3.toLocaleString('en-US', { maximumFractionDigits: digits })} cm³`;
}

/** "12 g", "0.4 g": one decimal below 10 g. */
export function formatGrams(grams: number): string {
  return `${grams.toLocaleString('en-US', { maximumFractionDigits: grams < 10 ? 1 : 0 })} g`;
}

/** "$3.00" for a decimal string and an ISO currency code. */
export function formatMoney(amount: string | number, currency = 'USD'): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/**
 * A printing time as the lab's e-mails say it: "3.5 hours", "1 hour", or whole minutes below one hour
 * ("45 minutes", never "0 minutes" for a time above zero). Accepts the API's decimal strings.
 */
export function formatDuration(hours: string | number): string {
  const value = typeof hours === 'number' ? hours : Number(hours);
  if (!Number.isFinite(value) || value <= 0) return '0 minutes';
  const minutes = Math.round(value * 60);
  if (minutes < 60) {
    const whole = Math.max(1, minutes);
    return whole === 1 ? '1 minute' : `${whole} minutes`;
  }
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return text === '1' ? '1 hour' : `${text} hours`;
}
