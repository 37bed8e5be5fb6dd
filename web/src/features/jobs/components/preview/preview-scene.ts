import {
  Box3,
  DirectionalLight,
  GridHelper,
  Group,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
  Sphere,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

/** This browser cannot draw WebGL 2 (switched off, no GPU and no software fallback, too many contexts). */
export class WebGLUnavailableError extends Error {
  constructor() {
    super('WebGL is not available in this browser.');
    this.name = 'WebGLUnavailableError';
  }
}

/** Whether a WebGL 2 context can be had (three.js needs WebGL 2); the test context is released at once. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export interface PreviewScene {
  /** Back to the framing the preview opened with. */
  resetView(): void;
  /** Frees the renderer, its GL context, controls and helpers (not the model: its owner frees that). */
  dispose(): void;
}

export interface PreviewSceneOptions {
  /** Turn a Z-up model so its top faces up on screen. */
  zUp: boolean;
  /** The build-plate hint under the model. */
  grid: { sizeMm: number; divisions: number };
  /** The GPU dropped the context (driver reset, too many contexts): the view is gone. */
  onContextLost: () => void;
}

/** Where the camera looks from: front-right and a little above, like a slicer's default view. */
const VIEW_DIRECTION = new Vector3(1, 0.8, 1.3).normalize();
/** Room around the model in the first view. */
const FRAME_MARGIN = 1.15;

/**
 * Draw `model` inside `container`: standing on a grid at y = 0, centred,
 * lit from the camera, turned with the mouse (OrbitControls). It draws only
 * when something changed (a drag, a resize), never in a loop: the dashboard
 * stays open all day. Throws WebGLUnavailableError when no context can be had.
 */
export function createPreviewScene(container: HTMLElement, model: Object3D, options: PreviewSceneOptions): PreviewScene {
  if (!webglAvailable()) throw new WebGLUnavailableError();
  let renderer: WebGLRenderer;
  try {
    renderer = new WebGLRenderer({ antialias: true, alpha: true, powerPreference: 'low-power' });
  } catch {
    throw new WebGLUnavailableError();
  }
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  const canvas = renderer.domElement;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.display = 'block';
  canvas.style.width = '100%';
  canvas.style.height = '100%';
  container.appendChild(canvas);

  const scene = new Scene();
  const oriented = new Group();
  oriented.add(model);
  if (options.zUp) oriented.rotation.x = -Math.PI / 2;
  const placed = new Group();
  placed.add(oriented);
  scene.add(placed);

  // Stand it on the plate, centred over the grid's middle.
  placed.updateMatrixWorld(true);
  const box = new Box3().setFromObject(placed);
  const centre = box.getCenter(new Vector3());
  placed.position.set(-centre.x, -box.min.y, -centre.z);
  placed.updateMatrixWorld(true);
  box.setFromObject(placed);
  const bounds = box.getBoundingSphere(new Sphere());

  const grid = new GridHelper(options.grid.sizeMm, options.grid.divisions, 0x64748b, 0xcbd5e1);
  grid.position.y = -0.01 * bounds.radius; // just under the model, so its bottom face does not flicker
  grid.material.transparent = true; // seen from below, the underside shows through
  grid.material.opacity = 0.6;
  scene.add(grid);

  scene.add(new HemisphereLight(0xffffff, 0x8a97a8, 1.8));
  const camera = new PerspectiveCamera(35, 1, 0.1, 10_000);
  const key = new DirectionalLight(0xffffff, 2.2);
  key.position.set(0.4, 0.8, 1); // follows the camera: the side you look at is lit
  camera.add(key);
  scene.add(camera);

  const controls = new OrbitControls(camera, canvas);
  controls.screenSpacePanning = true;
  controls.minDistance = bounds.radius * 0.3;
  controls.maxDistance = bounds.radius * 20;
  controls.maxPolarAngle = Math.PI * 0.95; // a look at the underside, but no flip over the pole

  let frame = 0;
  const render = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      renderer.render(scene, camera);
    });
  };

  const corners = [box.min.x, box.max.x].flatMap((x) =>
    [box.min.y, box.max.y].flatMap((y) => [box.min.z, box.max.z].map((z) => new Vector3(x, y, z).sub(bounds.center))),
  );
  const right = new Vector3().crossVectors(new Vector3(0, 1, 0), VIEW_DIRECTION).normalize();
  const up = new Vector3().crossVectors(VIEW_DIRECTION, right);

  /** Back off until every corner of the model is inside the view (with a margin), then look at its middle. */
  const frameModel = () => {
    const tanVertical = Math.tan((camera.fov * Math.PI) / 360);
    const tanHorizontal = tanVertical * camera.aspect;
    let distance = bounds.radius;
    for (const corner of corners) {
      const along = corner.dot(VIEW_DIRECTION);
      distance = Math.max(distance, along + Math.abs(corner.dot(right)) / tanHorizontal, along + Math.abs(corner.dot(up)) / tanVertical);
    }
    distance *= FRAME_MARGIN;
    camera.position.copy(bounds.center).addScaledVector(VIEW_DIRECTION, distance);
    camera.near = distance / 100;
    camera.far = distance * 10 + options.grid.sizeMm * 2;
    camera.updateProjectionMatrix();
    controls.target.copy(bounds.center);
    controls.update();
  };

  const resize = () => {
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (!width || !height) return;
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    render();
  };

  const onContextLost = (event: Event) => {
    event.preventDefault();
    options.onContextLost();
  };

  controls.addEventListener('change', render);
  canvas.addEventListener('webglcontextlost', onContextLost);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
  observer?.observe(container);
  resize();
  frameModel();
  render();

  return {
    resetView() {
      frameModel();
      render();
    },
    dispose() {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      controls.removeEventListener('change', render);
      controls.dispose();
      canvas.removeEventListener('webglcontextlost', onContextLost);
      oriented.remove(model);
      grid.dispose();
      renderer.dispose();
      renderer.forceContextLoss();
      canvas.remove();
    },
  };
}
