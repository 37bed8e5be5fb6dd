import { Mesh, MeshStandardMaterial } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { asciiStl, binaryStl, boxObj, boxThreeMf, boxTriangles } from '@/test/stl';
import { MODEL_COLOR, ModelParseError, disposeObject, parseModel } from './parse-model';

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;


const sizeOf = (bytes: ArrayBuffer, format: Parameters<typeof parseModel>[1]) =>
  parseModel(bytes, format).stats.sizeMm.map((n) => Math.round(n * 100) / 100);

describe('reading a model for the preview', () => {
  it('reads binary and ASCII STL with the STL loader: size in mm along X, Y, Z and its triangles', () => {
    const triangles = boxTriangles([0, 0, 0], [40, 30, 12.5]);
    const binary = parseModel(binaryStl(triangles), 'stl');
    expect(binary.stats).toEqual({ sizeMm: [40, 30, 12.5], triangles: 12 });
    expect(sizeOf(encode(asciiStl(triangles)), 'stl')).toEqual([40, 30, 12.5]);
  });

  it('reads OBJ with the OBJ loader and 3MF with the 3MF loader', () => {
    const obj = parseModel(encode(boxObj([10, 20, 30])), 'obj');
    expect(obj.stats.triangles).toBe(12);
    expect(obj.stats.sizeMm).toEqual([10, 20, 30]);
    const mf = parseModel(boxThreeMf([25, 15, 5]), '3mf');
    expect(mf.stats).toEqual({ sizeMm: [25, 15, 5], triangles: 12 });
  });

  it('draws every mesh in the preview’s own material', () => {
    const { object } = parseModel(boxThreeMf([1, 1, 1]), '3mf');
    const meshes: Mesh[] = [];
    object.traverse((node) => {
      if ((node as Mesh).isMesh) meshes.push(node as Mesh);
    });
    expect(meshes.length).toBeGreaterThan(0);
    for (const mesh of meshes) {
      expect(mesh.material).toBeInstanceOf(MeshStandardMaterial);
      expect((mesh.material as MeshStandardMaterial).color.getHex()).toBe(MODEL_COLOR);
    }
  });

  it('says so when a file is not what its name claims, or holds nothing to draw', () => {
    expect(() => parseModel(encode('PK this is not a zip'), '3mf')).toThrow(ModelParseError);
    expect(() => parseModel(binaryStl([]), 'stl')).toThrow(/no shapes the preview can draw/);
    expect(() => parseModel(encode('solid empty\nendsolid empty\n'), 'stl')).toThrow(ModelParseError);
    expect(() => parseModel(encode('# only a comment\n'), 'obj')).toThrow(ModelParseError);
  });

  it('frees geometry and materials when asked', () => {
    const { object } = parseModel(binaryStl(boxTriangles([0, 0, 0], [1, 1, 1])), 'stl');
    const mesh = object.getObjectByProperty('isMesh', true) as Mesh;
    const geometry = vi.spyOn(mesh.geometry, 'dispose');
    const material = vi.spyOn(mesh.material as MeshStandardMaterial, 'dispose');
    disposeObject(object);
    expect(geometry).toHaveBeenCalled();
    expect(material).toHaveBeenCalled();
  });
});
