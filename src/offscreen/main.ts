import { extensionUrl, onExtensionMessage, type PhotoCheckReply } from '../platform/browser';
import { facesAmong } from './face-count';
import { loadFaceDetector, type FaceDetector } from './face-detector';
import { Brightness, findLogo, parseLogoHash } from '../photo/logo-hash';

/**
 * The offscreen document: the one place where the face detector runs (wasm, off the page's main thread). It
 * answers the service worker's 'detect-faces' with a count, keeps no image and sends nothing anywhere. The model
 * loads with the first photo.
 */
let detector: Promise<FaceDetector> | undefined;

/** The photo is searched for logos at most this large (the search's cost grows with the pixels it sums). */
const LOGO_SEARCH_SIDE = 384;

/** Whether one of the school's logos is in the photo. */
function showsLogo(bitmap: ImageBitmap, fingerprints: readonly string[]): boolean {
  const logos = fingerprints.flatMap((text) => parseLogoHash(text) ?? []);
  if (logos.length === 0) return false;
  const scale = Math.min(1, LOGO_SEARCH_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0, width, height);
  return findLogo(new Brightness(context.getImageData(0, 0, width, height).data, width, height), logos);
}

async function detectFaces(
  image: string,
  allPasses = false,
  logos: readonly string[] = [],
): Promise<PhotoCheckReply> {
  try {
    detector ??= loadFaceDetector(extensionUrl);
    const ready = await detector;
    // Only the photo's own data: URL is read: this fetch never reaches the network.
    if (!image.startsWith('data:image/')) throw new Error('the photo must be a data: URL');
    const bitmap = await createImageBitmap(await (await fetch(image)).blob());
    try {
      const started = performance.now();
      const boxes = await ready.detect(bitmap, { everyPass: allPasses });
      const detectMs = Math.round(performance.now() - started);
      const faces = facesAmong(boxes).length;
      const logoMatch = showsLogo(bitmap, logos);
      return allPasses ? { faces, detectMs, boxes, logoMatch } : { faces, detectMs, logoMatch };
    } finally {
      bitmap.close();
    }
  } catch (error) {
    // A model that failed to load is tried again with the next photo.
    detector = undefined;
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

onExtensionMessage({
  'detect-faces': (message) => detectFaces(message.image, message.allPasses, message.logos),
});
