import { Human, type Config } from '@vladmandic/human';

/**
 * Face detection on the device: @vladmandic/human (MIT) with only its BlazeFace detector, on the tfjs WASM-SIMD
 * backend. No age, no landmarks, no face descriptions: only how many faces there are and where. Runs in the
 * extension's offscreen document (content scripts cannot compile wasm under the sites' CSP). Facts measured in
 * docs/research/photo-checks.md: the wasm files and the model ship with the extension (Human's wasmPath
 * defaults to a CDN), and the threaded tfjs build must be turned off (its blob: workers are blocked by the CSP).
 */

/** Where the build (vite.config.ts, photoDetectorFiles) puts the model and the wasm files. */
export const MODEL_FOLDER = 'vendor/human-models/';
export const WASM_FOLDER = 'vendor/tfjs-wasm/';

/**
 * A box scored at least this counts as a face. Chosen on the labelled photos (npm run eval prints the trade-off
 * per threshold): 0.6 finds a person in 96% of the photos with faces and wrongly flags 8% of the photos without;
 * 0.7 flags 5% but finds 91%. Missing a pupil's photo costs more than a dialog that was not needed.
 */
export const FACE_SCORE = 0.6;
/** Boxes are kept from this score, for the evaluation's threshold table; below it they are noise. */
const KEEP_SCORE = 0.3;
/** Two boxes overlapping more than this are one face. */
const SAME_FACE_IOU = 0.3;
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
        minConfidence: KEEP_SCORE,
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
  /** Boxes scored KEEP_SCORE or more, best first, in the image's pixel coordinates (faces: score ≥ FACE_SCORE). */
  detect(image: ImageBitmap): Promise<FaceBox[]>;
}

/** Loads the model and the wasm backend (a few hundred milliseconds): call once, on the first photo. */
export async function loadFaceDetector(folderUrl: (path: string) => string): Promise<FaceDetector> {
  const human = new Human(config(folderUrl));
  // Extension pages expose SharedArrayBuffer, so tfjs would pick its threaded build, whose blob: workers the
  // extension's CSP blocks (measured: docs/research/photo-checks.md).
  human.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await human.load();
  await human.tf.ready();
  // Human logs a model it could not load and then finds no faces at all: that must fail, not pass as "no face".
  if (!human.models.loaded().some((name) => name.toLowerCase().includes('blazeface'))) {
    throw new Error(`the face model did not load (loaded: ${human.models.loaded().join(', ') || 'none'})`);
  }
  const pass = async (image: ImageBitmap): Promise<FaceBox[]> => {
    const result = await human.detect(image as unknown as HTMLCanvasElement);
    return result.face.map((face) => {
      const [x, y, width, height] = face.box;
      return { x, y, width, height, score: face.boxScore ?? face.score };
    });
  };
  return {
    async detect(image) {
      return mergeBoxes(await pass(image));
    },
  };
}

function iou(a: FaceBox, b: FaceBox): number {
  const left = Math.max(a.x, b.x);
  const top = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  const overlap = Math.max(0, right - left) * Math.max(0, bottom - top);
  const smaller = Math.min(a.width * a.height, b.width * b.height);
  // Against the smaller box: a box inside another is the same face.
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
