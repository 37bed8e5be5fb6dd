import { describe, expect, it } from 'vitest';
import { baseName, canPreview, describeModel, modelFormatOf, noPreviewReason, plateFootprint, plateGrid } from './model-format';

describe('choosing the loader for a model', () => {
  it('goes by the file name’s extension, in any case', () => {
    expect(modelFormatOf('bracket.stl')).toBe('stl');
    expect(modelFormatOf('Bracket_V2.STL')).toBe('stl');
    expect(modelFormatOf('rotor.obj')).toBe('obj');
    expect(modelFormatOf('Pending/gear.housing.3mf')).toBe('3mf');
  });

  it('falls back to the Content-Type when the name says nothing', () => {
    expect(modelFormatOf(null, 'model/stl')).toBe('stl');
    expect(modelFormatOf('download', 'model/3mf; charset=binary')).toBe('3mf');
    expect(modelFormatOf(undefined, 'application/vnd.ms-package.3dmanufacturing-3dmodel+xml')).toBe('3mf');
    expect(modelFormatOf('part.obj', 'model/stl')).toBe('obj'); // the name wins
  });

  it('has no loader for slicer project files or anything else', () => {
    expect(modelFormatOf('job.form', 'application/octet-stream')).toBeNull();
    expect(modelFormatOf('job.idea')).toBeNull();
    expect(canPreview('job.form')).toBe(false);
    expect(canPreview('job.STL')).toBe(true);
    expect(canPreview('no-extension')).toBe(true); // tried by Content-Type
    expect(noPreviewReason('job.form')).toMatch(/PreForm \(\.form\) files have no preview/);
    expect(noPreviewReason('job.idea')).toMatch(/ideaMaker/);
  });

  it('takes the file name from a storage path', () => {
    expect(baseName('Pending/JaneDoe_Filament_Blue_a1b2c3.stl')).toBe('JaneDoe_Filament_Blue_a1b2c3.stl');
    expect(baseName(null)).toBeNull();
  });
});

describe('framing a model', () => {
  it('draws 10 mm squares a little wider than the model, 2 mm for tiny parts and 50 mm for big ones', () => {
    expect(plateGrid(40)).toEqual({ sizeMm: 60, divisions: 6, cellMm: 10 });
    expect(plateGrid(8)).toEqual({ sizeMm: 12, divisions: 6, cellMm: 2 });
    expect(plateGrid(600)).toMatchObject({ cellMm: 50 });
    expect(plateGrid(0)).toMatchObject({ cellMm: 2 });
  });

  it('measures the footprint on the plate along the file’s up axis', () => {
    const stats = { sizeMm: [10, 30, 50] as [number, number, number], triangles: 12 };
    expect(plateFootprint(stats, true)).toBe(30); // Z up: X and Y lie on the plate
    expect(plateFootprint(stats, false)).toBe(50); // Y up: X and Z do
  });

  it('describes a model for screen readers', () => {
    expect(describeModel({ sizeMm: [40, 40.04, 12.46], triangles: 1204 })).toBe('40 × 40 × 12.5 mm, 1,204 triangles');
    expect(describeModel({ sizeMm: [1, 1, 1], triangles: 1 })).toBe('1 × 1 × 1 mm, 1 triangle');
  });
});
