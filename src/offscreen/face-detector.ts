import { Human, type Config } from '@vladmandic/human';

/**
 * Face detection on the device: @vladmandic/human (MIT) with only its BlazeFace detector, on the tfjs WASM-SIMD
 * backend. No age, no landmarks, no face descriptions: only how many faces there are and where. Runs in the
 * extension's offscreen document (content scripts cannot compile wasm under the sites' CSP). Facts measured in
 * ../shared/research/photo-checks.md: the wasm files and the model ship with the extension (Human's wasmPath
 * defaults to a CDN), and the threaded tfjs build must be turned off (its blob: workers are blocked by the CSP).
 */

/** Where the build (vite.config.ts, photoDetectorFiles) puts the model and the wasm files. */
export const MODEL_FOLDER = 'vendor/human-models/';
export const WASM_FOLDER = 'vendor/tfjs-wasm/';

/** Boxes BlazeFace scores below this are mostly not faces (false boxes were seen at 0.2–0.3). */
const MIN_CONFIDENCE = 0.5;
/** Two boxes overlapping more than this are one face (within one pass and between the whole image and a tile). */
const SAME_FACE_IOU = 0.3;
/** BlazeFace sees the image at 256 × 256: a large image is also looked at in overlapping tiles, for small faces. */
const TILE_FROM_SIDE = 700;
const TILE_FRACTION = 0.6;

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

function config(folderUrl: (path: string) => string): Partial<Config> {
  return {
    backend: 'wasm',
    wasmPath: folderUrl(WASM_FOLDER),
    wasmPlatformFetch: false,
    modelBasePath: folderUrl(MODEL_FOLDER),
    debug: false,
    async: true,
    warmup: 'none',
    // Each photo is a new image: never reuse the last photo's boxes.
    cacheSensitivity: 0,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: {
        enabled: true,
        modelPath: 'blazeface.json',
        rotation: false,
        maxDetected: 100,
        minConfidence: MIN_CONFIDENCE,
        iouThreshold: SAME_FACE_IOU,
        skipFrames: 0,
        skipTime: 0,
        return: false,
      },
      mesh: { enabled: false },
      iris: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
      gear: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  } as Partial<Config>;
}

export interface FaceDetector {
  /** Faces in the image, in its pixel coordinates. */
  detect(image: ImageBitmap): Promise<FaceBox[]>;
}

/** Loads the model and the wasm backend (a few hundred milliseconds): call once, on the first photo. */
export async function loadFaceDetector(folderUrl: (path: string) => string): Promise<FaceDetector> {
  const human = new Human(config(folderUrl));
  // Extension pages expose SharedArrayBuffer, so tfjs would pick its threaded build, whose blob: workers the
  // extension's CSP blocks (measured: ../shared/research/photo-checks.md).
  human.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await human.load();
  await human.tf.ready();
  const pass = async (image: ImageBitmap | OffscreenCanvas, dx = 0, dy = 0): Promise<FaceBox[]> => {
    const result = await human.detect(image as unknown as HTMLCanvasElement);
    return result.face.map((face) => {
      const [x, y, width, height] = face.box;
      return { x: x + dx, y: y + dy, width, height, score: face.boxScore ?? face.score };
    });
  };
  return {
    async detect(image) {
      const boxes = await pass(image);
      const side = Math.max(image.width, image.height);
      if (side >= TILE_FROM_SIDE) {
        for (const tile of tiles(image.width, image.height)) {
          const canvas = new OffscreenCanvas(tile.width, tile.height);
          canvas.getContext('2d')!.drawImage(image, -tile.x, -tile.y);
          boxes.push(...(await pass(canvas, tile.x, tile.y)));
        }
      }
      return mergeBoxes(boxes);
    },
  };
}

/** Four overlapping tiles covering the image. */
export function tiles(
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number }[] {
  const tileWidth = Math.round(width * TILE_FRACTION);
  const tileHeight = Math.round(height * TILE_FRACTION);
  const result = [];
  for (const x of [0, width - tileWidth]) {
    for (const y of [0, height - tileHeight]) result.push({ x, y, width: tileWidth, height: tileHeight });
  }
  return result;
}

function iou(a: FaceBox, b: FaceBox): number {
  const left = Math.max(a.x, b.x);
  const top = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  const overlap = Math.max(0, right - left) * Math.max(0, bottom - top);
  const smaller = Math.min(a.width * a.height, b.width * b.height);
  // Against the smaller box: a face cut at a tile's edge is a part of the same face seen whole.
  return smaller > 0 ? overlap / smaller : 0;
}

/** Keeps the best-scored box of each group of boxes that cover the same face. */
export function mergeBoxes(boxes: FaceBox[]): FaceBox[] {
  const kept: FaceBox[] = [];
  for (const box of [...boxes].sort((a, b) => b.score - a.score)) {
    if (!kept.some((other) => iou(box, other) > SAME_FACE_IOU)) kept.push(box);
  }
  return kept;
}
