/** "684 bytes", "12.3 KB", "4.5 MB" (1 KB = 1024 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toFixed(kb < 10 ? 1 : 0)} KB`;
  const mb = kb / 1024;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

/** "10 × 10 × 10 mm", with at most one decimal. */
export function formatDimensions([x, y, z]: readonly [number, number, number]): string {
  const mm = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-US');
  return `${mm(x)} × ${mm(y)} × ${mm(z)} mm`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
