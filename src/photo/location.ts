/**
 * Whether a photo's file records a GPS position (EXIF, or XMP), read on the device by exifr's lite build
 * (MIT; reads only the first chunks of the file). Loaded with the first photo, never on page load.
 */
export async function hasLocation(file: Blob): Promise<boolean> {
  if (!file.type.startsWith('image/')) return false;
  try {
    const { default: exifr } = await import('exifr/dist/lite.esm.mjs');
    const gps = (await exifr.gps(file)) as { latitude?: number; longitude?: number } | undefined;
    return Number.isFinite(gps?.latitude) && Number.isFinite(gps?.longitude);
  } catch {
    // A file exifr cannot read has no position Post Guard can see.
    return false;
  }
}
