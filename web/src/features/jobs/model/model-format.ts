/*
 * Which three.js loader reads a job's model, and how the preview frames it.
 * Pure: the loaders themselves are only imported by the lazily loaded viewer.
 */

export type ModelFormat = 'stl' | 'obj' | '3mf';

export interface ModelFormatInfo {
  label: string;
  /**
   * Printing formats put "up" on +Z, three.js on +Y. STL and 3MF come from CAD
   * and slicers (Z up); OBJ's own convention is Y up.
   */
  zUp: boolean;
}

export const MODEL_FORMATS: Record<ModelFormat, ModelFormatInfo> = {
  stl: { label: 'STL', zUp: true },
  obj: { label: 'OBJ', zUp: false },
  '3mf': { label: '3MF', zUp: true },
};

const BY_EXTENSION: Record<string, ModelFormat> = { '.stl': 'stl', '.obj': 'obj', '.3mf': '3mf' };

const BY_CONTENT_TYPE: Record<string, ModelFormat> = {
  'model/stl': 'stl',
  'model/x.stl-binary': 'stl',
  'model/x.stl-ascii': 'stl',
  'application/sla': 'stl',
  'application/vnd.ms-pki.stl': 'stl',
  'model/obj': 'obj',
  'model/3mf': '3mf',
  'application/vnd.ms-package.3dmanufacturing-3dmodel+xml': '3mf',
};

/** ".STL" for "Bracket_v2.STL"; "" without an extension. */
export function extensionOf(name: string | null | undefined): string {
  if (!name) return '';
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The loader for a file: by its name's extension, else by the response's Content-Type; null when none reads it. */
export function modelFormatOf(name: string | null | undefined, contentType?: string | null): ModelFormat | null {
  const byName = BY_EXTENSION[extensionOf(name)];
  if (byName) return byName;
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return (type && BY_CONTENT_TYPE[type]) || null;
}

/** Whether the preview can show a file with this name (unknown extensions are tried by Content-Type). */
export function canPreview(name: string | null | undefined): boolean {
  const extension = extensionOf(name);
  return extension === '' || extension in BY_EXTENSION;
}

/** The file name at the end of a storage path ("Pending/Jane_Filament_Blue_a1b2c3.stl" → the last part). */
export function baseName(path: string | null | undefined): string | null {
  if (!path) return null;
  return path.split(/[\\/]/).pop() || null;
}

/** Why a file has no preview, in the words shown to staff. */
export function noPreviewReason(name: string): string {
  const extension = extensionOf(name);
  if (extension === '.form') return 'PreForm (.form) files have no preview here: open them in the slicer.';
  if (extension === '.idea') return 'ideaMaker (.idea) files have no preview here: open them in the slicer.';
  return `${extension || 'These'} files have no preview here: open them in the slicer.`;
}

/** The build-plate grid under a model: 10 mm squares (50 mm for big parts), a little wider than the model. */
export function plateGrid(footprintMm: number): { sizeMm: number; divisions: number; cellMm: number } {
  const span = Number.isFinite(footprintMm) && footprintMm > 0 ? footprintMm : 10;
  const cellMm = span > 400 ? 50 : span < 20 ? 2 : 10;
  const cells = Math.max(4, Math.ceil((span * 1.4) / cellMm));
  const divisions = cells % 2 === 0 ? cells : cells + 1;
  return { sizeMm: divisions * cellMm, divisions, cellMm };
}

export interface ModelStats {
  /** The model's bounding box in millimetres, along the file's own X, Y and Z. */
  sizeMm: [number, number, number];
  triangles: number;
}

/** "40 × 40 × 12.5 mm, 1,204 triangles" for the screen-reader text and the caption. */
export function describeModel(stats: ModelStats): string {
  const mm = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-US');
  const [x, y, z] = stats.sizeMm;
  const triangles = `${stats.triangles.toLocaleString('en-US')} ${stats.triangles === 1 ? 'triangle' : 'triangles'}`;
  return `${mm(x)} × ${mm(y)} × ${mm(z)} mm, ${triangles}`;
}

/** The model's larger side on the plate: X and Y of a Z-up file, X and Z of a Y-up one. */
export function plateFootprint(stats: ModelStats, zUp: boolean): number {
  const [x, y, z] = stats.sizeMm;
  return Math.max(x, zUp ? y : z);
}
