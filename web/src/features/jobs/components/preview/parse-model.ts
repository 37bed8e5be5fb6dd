import { Box3, Group, Mesh, MeshStandardMaterial, Vector3, type BufferGeometry, type Material, type Object3D, type Texture } from 'three';
import { ThreeMFLoader } from 'three/examples/jsm/loaders/3MFLoader.js';
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js';
import { STLLoader } from 'three/examples/jsm/loaders/STLLoader.js';
import type { ModelFormat, ModelStats } from '../../model/model-format';

/** The colour every preview is drawn in: the shape matters here, not the file's colours. */
export const MODEL_COLOR = 0x3fa796;

export interface ParsedModel {
  /** The model in the file's own coordinates (millimetres). */
  object: Group;
  stats: ModelStats;
}

export class ModelParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelParseError';
  }
}

function triangleCount(geometry: BufferGeometry): number {
  const count = geometry.index ? geometry.index.count : (geometry.getAttribute('position')?.count ?? 0);
  return Math.floor(count / 3);
}

/** Everything a mesh holds on the GPU side: geometry, materials and their textures. */
export function disposeObject(root: Object3D): void {
  root.traverse((node) => {
    const mesh = node as Partial<Mesh>;
    mesh.geometry?.dispose();
    const materials: Material[] = Array.isArray(mesh.material) ? mesh.material : mesh.material ? [mesh.material] : [];
    for (const material of materials) {
      for (const value of Object.values(material)) {
        if ((value as Partial<Texture> | null)?.isTexture) (value as Texture).dispose();
      }
      material.dispose();
    }
  });
}

function readObject(bytes: ArrayBuffer, format: ModelFormat): Object3D {
  switch (format) {
    case 'stl':
      return new Mesh(new STLLoader().parse(bytes));
    case 'obj':
      return new OBJLoader().parse(new TextDecoder().decode(bytes));
    case '3mf':
      return new ThreeMFLoader().parse(bytes);
  }
}

/**
 * Read a model with three.js's loader for its format, give every mesh the
 * preview's material, and measure it: bounding box (mm, file axes) and
 * triangles. Throws ModelParseError when the file holds no readable triangles.
 */
export function parseModel(bytes: ArrayBuffer, format: ModelFormat): ParsedModel {
  let parsed: Object3D;
  try {
    parsed = readObject(bytes, format);
  } catch {
    throw new ModelParseError(`This file could not be read as ${format.toUpperCase()}.`);
  }
  const object = new Group();
  object.add(parsed);

  const material = new MeshStandardMaterial({ color: MODEL_COLOR, roughness: 0.6, metalness: 0.05, flatShading: true });
  let triangles = 0;
  object.traverse((node) => {
    const mesh = node as Mesh;
    if (!mesh.isMesh) return;
    const own = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
    for (const m of own) m.dispose();
    mesh.material = material;
    triangles += triangleCount(mesh.geometry);
  });

  object.updateMatrixWorld(true);
  const box = new Box3().setFromObject(object);
  const size = box.getSize(new Vector3());
  if (triangles === 0 || box.isEmpty() || ![size.x, size.y, size.z].every(Number.isFinite)) {
    disposeObject(object);
    throw new ModelParseError(`This ${format.toUpperCase()} file has no shapes the preview can draw.`);
  }
  return { object, stats: { sizeMm: [size.x, size.y, size.z], triangles } };
}
