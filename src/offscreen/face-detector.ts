import { Human, type Config } from '@vladmandic/human';
import { KEEP_SCORE, mergeBoxes, type FoundBox } from './face-count';

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
   * Boxes scored KEEP_SCORE or more, best first (face-count.ts decides which are faces). The whole photo always;
   * with `tiles`, also four overlapping quarters, each looked at as an image of its own, so that faces too small
   * for the model in the whole photo are larger in a quarter.
   */
  detect(image: ImageBitmap, options: { tiles: boolean }): Promise<FoundBox[]>;
}

/** A quarter is this fraction of each side; quarters overlap so that a face on a seam is whole in one of them. */
const TILE_SIDE = 0.6;

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
    const whole = region.width === image.width && region.height === image.height;
    const input = whole
      ? image
      : await createImageBitmap(image, region.left, region.top, region.width, region.height);
    try {
      const result = await human.detect(input as unknown as HTMLCanvasElement);
      const unit = Math.max(image.width, image.height);
      return result.face.map((face) => {
        const [x, y, width, height] = face.box;
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
      if (!whole) input.close();
    }
  };
  return {
    async detect(image, { tiles }) {
      const found = await pass(image, { left: 0, top: 0, width: image.width, height: image.height }, 'whole');
      if (tiles) {
        const width = Math.round(image.width * TILE_SIDE);
        const height = Math.round(image.height * TILE_SIDE);
        for (const left of [0, image.width - width]) {
          for (const top of [0, image.height - height]) {
            found.push(...(await pass(image, { left, top, width, height }, 'tiles')));
          }
        }
      }
      return [
        ...mergeBoxes(found.filter((box) => box.pass === 'whole')),
        ...mergeBoxes(found.filter((box) => box.pass === 'tiles')),
      ];
    },
  };
}
