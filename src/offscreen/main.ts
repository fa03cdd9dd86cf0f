import { extensionUrl, onExtensionMessage, type PhotoCheckReply } from '../platform/browser';
import { FACE_SCORE, loadFaceDetector, type FaceDetector } from './face-detector';

/**
 * The offscreen document: the one place where the face detector runs (wasm, off the page's main thread). It
 * answers the service worker's 'detect-faces' with a count, keeps no image and sends nothing anywhere. The model
 * loads with the first photo.
 */
let detector: Promise<FaceDetector> | undefined;

async function detectFaces(image: string): Promise<PhotoCheckReply> {
  try {
    detector ??= loadFaceDetector(extensionUrl);
    const ready = await detector;
    const bitmap = await createImageBitmap(await (await fetch(image)).blob());
    try {
      const started = performance.now();
      const faces = await ready.detect(bitmap);
      return {
        faces: faces.filter((face) => face.score >= FACE_SCORE).length,
        detectMs: Math.round(performance.now() - started),
        scores: faces.map((face) => Math.round(face.score * 1000) / 1000),
      };
    } finally {
      bitmap.close();
    }
  } catch (error) {
    // A model that failed to load is tried again with the next photo.
    detector = undefined;
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

onExtensionMessage({ 'detect-faces': (message) => detectFaces(message.image) });
