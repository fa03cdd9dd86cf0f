import { extensionUrl, onExtensionMessage, type PhotoCheckReply } from '../platform/browser';
import { FACE_COUNT, facesAmong } from './face-count';
import { loadFaceDetector, type FaceDetector } from './face-detector';

/**
 * The offscreen document: the one place where the face detector runs (wasm, off the page's main thread). It
 * answers the service worker's 'detect-faces' with a count, keeps no image and sends nothing anywhere. The model
 * loads with the first photo.
 */
let detector: Promise<FaceDetector> | undefined;

async function detectFaces(image: string, allPasses = false): Promise<PhotoCheckReply> {
  try {
    detector ??= loadFaceDetector(extensionUrl);
    const ready = await detector;
    const bitmap = await createImageBitmap(await (await fetch(image)).blob());
    try {
      const started = performance.now();
      const boxes = await ready.detect(bitmap, { tiles: FACE_COUNT.tiles || allPasses });
      const detectMs = Math.round(performance.now() - started);
      const faces = facesAmong(boxes).length;
      return allPasses ? { faces, detectMs, boxes } : { faces, detectMs };
    } finally {
      bitmap.close();
    }
  } catch (error) {
    // A model that failed to load is tried again with the next photo.
    detector = undefined;
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

onExtensionMessage({ 'detect-faces': (message) => detectFaces(message.image, message.allPasses) });
