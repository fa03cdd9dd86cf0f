/**
 * Makes a small JPEG of a picture for the face detector, in the page's content script: decoding and resizing are
 * done by createImageBitmap (off the main thread); the main thread only copies the small bitmap to a canvas.
 * The photo goes to the detector as a data: URL (extension messages are JSON).
 */

/** The longest side of the copy sent to the detector: faces of 20 px in a 4,000 px group photo stay 6 px. */
export const DETECTOR_SIDE = 1280;
const JPEG_QUALITY = 0.9;

export async function downscale(source: ImageBitmapSource, maxSide = DETECTOR_SIDE): Promise<string> {
  const full = await createImageBitmap(source);
  const scale = Math.min(1, maxSide / Math.max(full.width, full.height));
  const width = Math.max(1, Math.round(full.width * scale));
  const height = Math.max(1, Math.round(full.height * scale));
  const small =
    scale < 1
      ? await createImageBitmap(full, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' })
      : full;
  if (small !== full) full.close();
  try {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(small, 0, 0);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    return await dataUrl(jpeg);
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
