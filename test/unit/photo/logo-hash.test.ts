import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** A real image's pixels, decoded by ImageMagick (the project's image tool, also used by eval and the benches). */
function load(path: string, maxSide?: number): Brightness {
  const resize = maxSide ? ['-resize', `${maxSide}x${maxSide}>`] : [];
  const size = execFileSync('convert', [path, ...resize, '-format', '%w %h', 'info:'], { encoding: 'utf8' });
  const [width, height] = size.trim().split(' ').map(Number) as [number, number];
  const rgba = execFileSync('convert', [path, ...resize, '-depth', '8', 'rgba:-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return new Brightness(rgba, width, height);
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
