import { Human, type Config } from '@vladmandic/human';
import {
  facesAmong,
  KEEP_SCORE,
  mergeBoxes,
  PASS_SIDE,
  quartersNeeded,
  TILE_SIDE,
  type FoundBox,
} from './face-count';

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
        // Human's own merging of overlapping boxes; face-count.ts merges again across passes.
        iouThreshold: 0.3,
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
  /**
   * Boxes scored KEEP_SCORE or more (face-count.ts decides which are faces). The whole photo first; then four
   * overlapping quarters, each looked at as an image of its own so that faces too small for the model in the whole
   * photo are larger in a quarter, when small faces are plausible (quartersNeeded) or `everyPass` asks for them
   * (the evaluation tries other settings on every box).
   */
  detect(image: ImageBitmap, options: { everyPass: boolean }): Promise<FoundBox[]>;
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
  /** The boxes in one region of the photo, in fractions of the whole photo's longer side. */
  const pass = async (
    image: ImageBitmap,
    region: { left: number; top: number; width: number; height: number },
    kind: FoundBox['pass'],
  ): Promise<FoundBox[]> => {
    const scale = Math.min(1, PASS_SIDE / Math.max(region.width, region.height));
    const input = await createImageBitmap(image, region.left, region.top, region.width, region.height, {
      resizeWidth: Math.max(1, Math.round(region.width * scale)),
      resizeHeight: Math.max(1, Math.round(region.height * scale)),
      resizeQuality: 'medium',
    });
    try {
      const result = await human.detect(input as unknown as HTMLCanvasElement);
      const unit = Math.max(image.width, image.height);
      return result.face.map((face) => {
        const [x, y, width, height] = face.box.map((value) => value / scale) as [
          number,
          number,
          number,
          number,
        ];
        return {
          x: (region.left + x) / unit,
          y: (region.top + y) / unit,
          width: width / unit,
          height: height / unit,
          score: face.boxScore ?? face.score,
          pass: kind,
        };
      });
    } finally {
      input.close();
    }
  };
  // The first inference sets up the backend's kernels: done here, with the model load, not with the first photo.
  const blank = await createImageBitmap(new ImageData(64, 64));
  await pass(blank, { left: 0, top: 0, width: 64, height: 64 }, 'whole');
  blank.close();
  return {
    async detect(image, { everyPass }) {
      const whole = mergeBoxes(
        await pass(image, { left: 0, top: 0, width: image.width, height: image.height }, 'whole'),
      );
      if (!everyPass && !quartersNeeded(facesAmong(whole))) return whole;
      const quarters: FoundBox[] = [];
      const width = Math.round(image.width * TILE_SIDE);
      const height = Math.round(image.height * TILE_SIDE);
      for (const left of [0, image.width - width]) {
        for (const top of [0, image.height - height]) {
          quarters.push(...(await pass(image, { left, top, width, height }, 'tiles')));
        }
      }
      return [...whole, ...mergeBoxes(quarters)];
    },
  };
}
