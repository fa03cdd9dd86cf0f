/**
 * How many pixels of the original one step shrinks. Chromium decodes a photo off the main thread, but resizing an
 * ImageBitmap runs in one task on it: a 12-megapixel photo shrunk at once held the page for 600–1,000 ms on this
 * project's loaded machine (7 December 2026), long enough to make the publish guard's 500 ms wait fire late. In
 * bands of half a megapixel, each its own task, the page's own events (and that timer) run between them.
 */
const PIXELS_PER_STEP = 500_000;

/**
 * A picture file decoded (off the main thread) and shrunk to at most maxSide on its longer side, in
 * horizontal bands of about half a megapixel, each its own task: the copy that `downscale` then encodes for the
 * detector where ImageDecoder cannot decode the file small. Nothing of it touches the page: the bitmaps and canvas are the content script's own.
 */
export async function shrinkInSteps(file: Blob, maxSide: number): Promise<ImageBitmap> {
  const full = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(full.width, full.height));
  if (scale === 1) return full;
  try {
    const width = Math.max(1, Math.round(full.width * scale));
    const height = Math.max(1, Math.round(full.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    // Bands whole rows of the small copy tall, so that no seam falls inside a row.
    const rowsPerBand = Math.max(1, Math.floor((PIXELS_PER_STEP / full.width) * scale));
    for (let top = 0; top < height; top += rowsPerBand) {
      const rows = Math.min(rowsPerBand, height - top);
      const sourceTop = Math.round(top / scale);
      const sourceRows = Math.min(full.height - sourceTop, Math.round((top + rows) / scale) - sourceTop);
      if (sourceRows <= 0) break;
      const band = await createImageBitmap(full, 0, sourceTop, full.width, sourceRows, {
        resizeWidth: width,
        resizeHeight: rows,
        resizeQuality: 'medium',
      });
      context.drawImage(band, 0, top);
      band.close();
      // A bitmap's createImageBitmap resolves in the same task: wait for the next one, so the page's events run.
      await nextTask();
    }
    return canvas.transferToImageBitmap();
  } finally {
    full.close();
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
