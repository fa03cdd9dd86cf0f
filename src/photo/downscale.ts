import { PASS_SIDE, TILE_SIDE } from '../offscreen/face-count';
import { shrinkInSteps } from './shrink-in-steps';

/**
 * Makes a small JPEG of a picture for the face detector, in the page's content script: a photo file is decoded
 * small (below) or, where that cannot be, shrunk in bands (shrink-in-steps.ts), so that the main thread only ever
 * does short steps. The photo goes to the detector as a data: URL (extension messages are JSON).
 */

/**
 * The longest side of the copy sent to the detector. The detector looks at the whole photo and at its quarters,
 * each shrunk to at most PASS_SIDE: this is the least that keeps a quarter at that size (854 px), so a larger copy
 * would show the model nothing more.
 */
export const DETECTOR_SIDE = Math.ceil(PASS_SIDE / TILE_SIDE);
const JPEG_QUALITY = 0.9;

export async function downscale(source: ImageBitmapSource, maxSide = DETECTOR_SIDE): Promise<string> {
  const small =
    source instanceof Blob
      ? ((await decodedSmall(source, maxSide)) ?? (await shrinkInSteps(source, maxSide)))
      : await shrunk(source, maxSide);
  try {
    const canvas = new OffscreenCanvas(small.width, small.height);
    canvas.getContext('2d')!.drawImage(small, 0, 0);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    return await dataUrl(jpeg);
  } finally {
    small.close();
  }
}

/**
 * A photo file decoded small: ImageDecoder (WebCodecs) decodes on its own thread and, given a desired size, a JPEG
 * at 1/2, 1/4 or 1/8 of its size, so a 12-megapixel photo is never whole in memory. Measured in one page, on this
 * busy machine (reports/photo-timings.md): the page's longest hold-up at 12 MP 63 ms against 142 ms for
 * createImageBitmap with a resize and 237 ms for a full decode then a resize. Undefined where ImageDecoder is
 * missing (an insecure page) or does not know the type: shrunk in bands then.
 */
async function decodedSmall(file: Blob, maxSide: number): Promise<ImageBitmap | undefined> {
  if (
    typeof ImageDecoder === 'undefined' ||
    !(await ImageDecoder.isTypeSupported(file.type).catch(() => false))
  )
    return undefined;
  const decoder = new ImageDecoder({
    type: file.type,
    data: file.stream(),
    desiredWidth: maxSide,
    desiredHeight: maxSide,
  });
  try {
    const { image } = await decoder.decode();
    try {
      return await shrunk(image, maxSide);
    } finally {
      image.close();
    }
  } catch {
    return undefined;
  } finally {
    decoder.close();
  }
}

/**
 * createImageBitmap's shrink, for what is already small (a decoded frame, a video frame). Only the width is given, so the height keeps the picture's shape; a tall picture is
 * shrunk again, from the small copy (cheap), so that its height is maxSide too.
 */
async function shrunk(source: ImageBitmapSource, maxSide: number): Promise<ImageBitmap> {
  const small = await createImageBitmap(source, { resizeWidth: maxSide, resizeQuality: 'medium' });
  if (small.height <= maxSide) return small;
  try {
    return await createImageBitmap(small, {
      resizeWidth: Math.max(1, Math.round((small.width * maxSide) / small.height)),
      resizeHeight: maxSide,
      resizeQuality: 'medium',
    });
  } finally {
    small.close();
  }
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('could not read the photo'));
    reader.readAsDataURL(blob);
  });
}

/** How long a video may take to give its frames before it counts as "video not checked". */
const VIDEO_FRAME_TIMEOUT_MS = 3000;

/**
 * The first and middle frames of a video, where the page lets them be drawn. The <video> is never put in the
 * page. Resolves to no frames when it cannot (a format Chromium cannot decode, a page that refuses blob: media).
 */
export async function videoFrames(url: string): Promise<string[]> {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  const frames: string[] = [];
  const wait = (event: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('video frame timeout')), VIDEO_FRAME_TIMEOUT_MS);
      video.addEventListener(event, () => (clearTimeout(timer), resolve()), { once: true });
      video.addEventListener('error', () => (clearTimeout(timer), reject(new Error('video error'))), {
        once: true,
      });
    });
  try {
    const loaded = wait('loadeddata');
    video.src = url;
    await loaded;
    frames.push(await downscale(video));
    if (Number.isFinite(video.duration) && video.duration > 0.5) {
      const seeked = wait('seeked');
      video.currentTime = video.duration / 2;
      await seeked;
      frames.push(await downscale(video));
    }
  } catch {
    // Frames that cannot be drawn: the ones drawn so far (maybe none) are what is known.
  } finally {
    video.removeAttribute('src');
    video.load();
  }
  return frames;
}
