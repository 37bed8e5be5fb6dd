import { strToU8, zipSync } from 'three/examples/jsm/libs/fflate.module.js';

/**
 * A small L-shaped bracket (60 × 40 × 45 mm, Z up, 40 triangles) as STL, OBJ
 * and 3MF bytes, for the mocked download route of the 3D preview.
 */

type Point = [number, number, number];
type Triangle = [Point, Point, Point];

function box([x0, y0, z0]: Point, [x1, y1, z1]: Point): Triangle[] {
  const q = (a: Point, b: Point, c: Point, d: Point): Triangle[] => [[a, b, c], [a, c, d]];
  return [
    ...q([x0, y0, z0], [x0, y1, z0], [x1, y1, z0], [x1, y0, z0]),
    ...q([x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]),
    ...q([x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1]),
    ...q([x0, y1, z0], [x0, y1, z1], [x1, y1, z1], [x1, y1, z0]),
    ...q([x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0]),
    ...q([x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1]),
  ];
}

/** A triangular rib between the plate and the upright, `x0`..`x1` thick. */
function gusset(x0: number, x1: number): Triangle[] {
  const a = (x: number): [Point, Point, Point] => [[x, 35, 5], [x, 12, 5], [x, 35, 32]];
  const [l0, l1, l2] = a(x0);
  const [r0, r1, r2] = a(x1);
  return [
    [l0, l2, l1],
    [r0, r1, r2],
    [l0, l1, r1], [l0, r1, r0],
    [l1, l2, r2], [l1, r2, r1],
    [l2, l0, r0], [l2, r0, r2],
  ];
}

export const BRACKET: Triangle[] = [
  ...box([0, 0, 0], [60, 40, 5]), // plate
  ...box([0, 35, 5], [60, 40, 45]), // upright
  ...gusset(6, 10),
  ...gusset(50, 54),
];

export function stlBytes(triangles: Triangle[] = BRACKET): Buffer {
  const buffer = Buffer.alloc(84 + triangles.length * 50);
  buffer.write('PrintDesk mocked bracket', 0, 'ascii');
  buffer.writeUInt32LE(triangles.length, 80);
  triangles.forEach((t, i) => t.forEach((v, j) => v.forEach((n, k) => buffer.writeFloatLE(n, 84 + i * 50 + 12 + j * 12 + k * 4))));
  return buffer;
}

/** OBJ is Y up: the bracket is turned so it still stands on its plate. */
export function objBytes(triangles: Triangle[] = BRACKET): Buffer {
  const lines: string[] = [];
  triangles.forEach((t) => t.forEach(([x, y, z]) => lines.push(`v ${x} ${z} ${-y}`)));
  triangles.forEach((_, i) => lines.push(`f ${i * 3 + 1} ${i * 3 + 2} ${i * 3 + 3}`));
  return Buffer.from(`${lines.join('\n')}\n`);
}

export function threeMfBytes(triangles: Triangle[] = BRACKET): Buffer {
  const vertices = triangles.flat().map(([x, y, z]) => `<vertex x="${x}" y="${y}" z="${z}"/>`).join('');
  const faces = triangles.map((_, i) => `<triangle v1="${i * 3}" v2="${i * 3 + 1}" v3="${i * 3 + 2}"/>`).join('');
  const model = `<?xml version="1.0" encoding="UTF-8"?><model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02"><resources><object id="1" type="model"><mesh><vertices>${vertices}</vertices><triangles>${faces}</triangles></mesh></object></resources><build><item objectid="1"/></build></model>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/></Relationships>`;
  return Buffer.from(zipSync({ '_rels/.rels': strToU8(rels), '3D/3dmodel.model': strToU8(model) }));
}

export function modelBytes(fileName: string): { body: Buffer; contentType: string } | null {
  const extension = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
  if (extension === '.stl') return { body: stlBytes(), contentType: 'model/stl' };
  if (extension === '.obj') return { body: objBytes(), contentType: 'model/obj' };
  if (extension === '.3mf') return { body: threeMfBytes(), contentType: 'model/3mf' };
  return null;
}
