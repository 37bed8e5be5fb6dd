import { strToU8, zipSync } from 'three/examples/jsm/libs/fflate.module.js';

/** Small models built in memory for the preview's tests. */

export type Point = readonly [number, number, number];
export type Triangle = readonly [Point, Point, Point];

/** The 12 triangles of an axis-aligned box from `min` to `max`. */
export function boxTriangles(min: Point, max: Point): Triangle[] {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  const p = (x: number, y: number, z: number): Point => [x, y, z];
  const quad = (a: Point, b: Point, c: Point, d: Point): Triangle[] => [
    [a, b, c],
    [a, c, d],
  ];
  return [
    ...quad(p(x0, y0, z0), p(x0, y1, z0), p(x1, y1, z0), p(x1, y0, z0)), // bottom
    ...quad(p(x0, y0, z1), p(x1, y0, z1), p(x1, y1, z1), p(x0, y1, z1)), // top
    ...quad(p(x0, y0, z0), p(x1, y0, z0), p(x1, y0, z1), p(x0, y0, z1)), // front
    ...quad(p(x0, y1, z0), p(x0, y1, z1), p(x1, y1, z1), p(x1, y1, z0)), // back
    ...quad(p(x0, y0, z0), p(x0, y0, z1), p(x0, y1, z1), p(x0, y1, z0)), // left
    ...quad(p(x1, y0, z0), p(x1, y1, z0), p(x1, y1, z1), p(x1, y0, z1)), // right
  ];
}

/** A binary STL: 80-byte header, count, then normal + 3 vertices + attribute per triangle. */
export function binaryStl(triangles: readonly Triangle[]): ArrayBuffer {
  const buffer = new ArrayBuffer(84 + triangles.length * 50);
  const view = new DataView(buffer);
  view.setUint32(80, triangles.length, true);
  triangles.forEach((triangle, i) => {
    const at = 84 + i * 50;
    triangle.forEach((vertex, v) => vertex.forEach((n, axis) => view.setFloat32(at + 12 + v * 12 + axis * 4, n, true)));
  });
  return buffer;
}

/** An ASCII STL of the same triangles. */
export function asciiStl(triangles: readonly Triangle[]): string {
  const facets = triangles.map(
    (t) => `facet normal 0 0 0\n outer loop\n${t.map((v) => `  vertex ${v.join(' ')}`).join('\n')}\n endloop\nendfacet`,
  );
  return `solid test\n${facets.join('\n')}\nendsolid test\n`;
}

/** A box as OBJ text (8 vertices, 12 faces). */
export function boxObj([x, y, z]: Point): string {
  const v = [
    [0, 0, 0], [x, 0, 0], [x, y, 0], [0, y, 0],
    [0, 0, z], [x, 0, z], [x, y, z], [0, y, z],
  ];
  const f = [
    [1, 3, 2], [1, 4, 3], [5, 6, 7], [5, 7, 8], [1, 2, 6], [1, 6, 5],
    [2, 3, 7], [2, 7, 6], [3, 4, 8], [3, 8, 7], [4, 1, 5], [4, 5, 8],
  ];
  return `${v.map((p) => `v ${p.join(' ')}`).join('\n')}\n${f.map((t) => `f ${t.join(' ')}`).join('\n')}\n`;
}

/** The 3D/3dmodel.model XML of a box, for a 3MF package. */
export function boxModelXml([x, y, z]: Point): string {
  const v = [
    [0, 0, 0], [x, 0, 0], [x, y, 0], [0, y, 0],
    [0, 0, z], [x, 0, z], [x, y, z], [0, y, z],
  ];
  const t = [
    [0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7], [0, 1, 5], [0, 5, 4],
    [1, 2, 6], [1, 6, 5], [2, 3, 7], [2, 7, 6], [3, 0, 4], [3, 4, 7],
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">
 <resources>
  <object id="1" type="model">
   <mesh>
    <vertices>${v.map(([a, b, c]) => `<vertex x="${a}" y="${b}" z="${c}"/>`).join('')}</vertices>
    <triangles>${t.map(([a, b, c]) => `<triangle v1="${a}" v2="${b}" v3="${c}"/>`).join('')}</triangles>
   </mesh>
  </object>
 </resources>
 <build><item objectid="1"/></build>
</model>`;
}

export const RELS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
 <Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>
</Relationships>`;

/** A 3MF package (a zip) holding one box. */
export function boxThreeMf(size: Point): ArrayBuffer {
  const zipped = zipSync({ '_rels/.rels': strToU8(RELS_XML), '3D/3dmodel.model': strToU8(boxModelXml(size)) });
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
}
