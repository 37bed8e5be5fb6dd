/**
 * A binary STL of an axis-aligned cube: 80-byte header, uint32 triangle
 * count, then per triangle a normal, three vertices (float32 LE) and a
 * uint16 attribute — 50 bytes each, so 12 triangles make 684 bytes.
 */
export function binaryStlCube(sizeMm = 10): Buffer {
  const s = sizeMm;
  const v = {
    a: [0, 0, 0], b: [s, 0, 0], c: [s, s, 0], d: [0, s, 0],
    e: [0, 0, s], f: [s, 0, s], g: [s, s, s], h: [0, s, s],
  } as const;
  type P = readonly [number, number, number];
  // Counter-clockwise seen from outside, so the normals point outwards.
  const faces: Array<[P, P, P, P]> = [
    [[0, 0, -1], v.a, v.c, v.b], [[0, 0, -1], v.a, v.d, v.c],
    [[0, 0, 1], v.e, v.f, v.g], [[0, 0, 1], v.e, v.g, v.h],
    [[0, -1, 0], v.a, v.b, v.f], [[0, -1, 0], v.a, v.f, v.e],
    [[1, 0, 0], v.b, v.c, v.g], [[1, 0, 0], v.b, v.g, v.f],
    [[0, 1, 0], v.c, v.d, v.h], [[0, 1, 0], v.c, v.h, v.g],
    [[-1, 0, 0], v.d, v.a, v.e], [[-1, 0, 0], v.d, v.e, v.h],
  ];

  const buffer = Buffer.alloc(80 + 4 + faces.length * 50);
  buffer.write('PrintDesk e2e cube', 0, 'ascii');
  buffer.writeUInt32LE(faces.length, 80);
  let offset = 84;
  for (const face of faces) {
    for (const point of face) {
      for (const coordinate of point) {
        buffer.writeFloatLE(coordinate, offset);
        offset += 4;
      }
    }
    buffer.writeUInt16LE(0, offset);
    offset += 2;
  }
  return buffer;
}
