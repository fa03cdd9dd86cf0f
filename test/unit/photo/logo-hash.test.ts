import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  Brightness,
  findLogo,
  formatLogoHash,
  hashLogo,
  parseLogoHash,
  type LogoHash,
} from '../../../src/photo/logo-hash';

const LOGOS = join(__dirname, '../../fixtures/logos');
const IMAGES = join(__dirname, '../../fixtures/images');

interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A real image's RGBA pixels, decoded in JavaScript (jpeg-js, pngjs): the tests need no image tool installed. */
function decode(path: string): Pixels {
  const bytes = readFileSync(path);
  if (path.endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    return { data: new Uint8Array(png.data), width: png.width, height: png.height };
  }
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  return { data: image.data, width: image.width, height: image.height };
}

/** Shrinks to at most `maxSide` on the longer side by averaging each target pixel's source box (as a canvas does). */
function shrink(image: Pixels, maxSide: number): Pixels {
  const scale = maxSide / Math.max(image.width, image.height);
  if (scale >= 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const top = Math.floor((y * image.height) / height);
    const bottom = Math.max(top + 1, Math.floor(((y + 1) * image.height) / height));
    for (let x = 0; x < width; x++) {
      const left = Math.floor((x * image.width) / width);
      const right = Math.max(left + 1, Math.floor(((x + 1) * image.width) / width));
      const sum = [0, 0, 0, 0];
      for (let sy = top; sy < bottom; sy++)
        for (let sx = left; sx < right; sx++)
          for (let c = 0; c < 4; c++) sum[c]! += image.data[(sy * image.width + sx) * 4 + c]!;
      const count = (bottom - top) * (right - left);
      for (let c = 0; c < 4; c++) data[(y * width + x) * 4 + c] = Math.round(sum[c]! / count);
    }
  }
  return { data, width, height };
}

function load(path: string, maxSide?: number): Brightness {
  const decoded = decode(path);
  const { data, width, height } = maxSide ? shrink(decoded, maxSide) : decoded;
  return new Brightness(data, width, height);
}

function badge(): LogoHash {
  const hash = hashLogo(load(join(LOGOS, 'welbeck-badge.png')));
  if ('error' in hash) throw new Error(hash.error);
  return hash;
}

describe('findLogo', () => {
  const composites = readdirSync(LOGOS).filter((file) => file.startsWith('badge-'));

  it.each(composites)('finds the school badge in %s', (file) => {
    // The offscreen document searches the photo at most 384 px on its longer side (LOGO_SEARCH_SIDE).
    expect(findLogo(load(join(LOGOS, file), 384), [badge()])).toBe(true);
  });

  // Every tenth labelled photo (a search takes about a second on a busy machine): faces, pets, documents, a logo.
  it('finds nothing in labelled photos that do not show the badge', () => {
    const photos = (JSON.parse(readFileSync(join(IMAGES, 'labels.json'), 'utf8')) as { file: string }[])
      .map(({ file }) => file)
      .filter((_, index) => index % 10 === 0);
    const found = photos.filter((file) => findLogo(load(join(IMAGES, file), 384), [badge()]));
    expect(found).toEqual([]);
  }, 120_000);
});

describe('hashLogo', () => {
  it('refuses a picture with nothing to recognise', () => {
    const white = new Uint8ClampedArray(64 * 64 * 4).fill(255);
    expect(hashLogo(new Brightness(white, 64, 64))).toHaveProperty('error');
  });

  it('keeps a fingerprint the settings can read back', () => {
    expect(parseLogoHash(formatLogoHash(badge()))).toEqual({
      ...badge(),
      aspect: Number(badge().aspect.toFixed(4)),
    });
    expect(parseLogoHash('v1:1:00:00')).toBeUndefined();
  });

  it('takes transparent pixels as white', () => {
    const clear = new Uint8ClampedArray(4 * 4 * 4);
    expect(new Brightness(clear, 4, 4).mean(0, 0, 4, 4)).toBe(255);
  });
});
