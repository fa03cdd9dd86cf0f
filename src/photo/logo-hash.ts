/**
 * Finds the school's logo or badge in a photo, on the device, by a perceptual hash written for Post Guard: a
 * difference hash (dHash: the picture shrunk to a grid of cells of average brightness, one bit per pair of
 * neighbouring cells, "is the first one darker?", here across and down). Pure (pixels in, answer out), so the options page, the offscreen document and
 * the unit tests share it.
 *
 * Two choices that plain dHash lacks, both because a logo sits somewhere inside a photo, at some size:
 *   - a photo is searched in windows of the logo's shape at several sizes and places, not only as a whole;
 *   - only the logo's strong bits count (neighbouring cells that differ clearly): in a flat part of a logo (white
 *     paper, one colour) the bit is noise, and a patch of sky would match it.
 */

/** The logo and each window are shrunk to GRID x GRID cells of average brightness. */
const GRID = 12;
/** One bit per pair of neighbouring cells, across and down. */
const BITS = 2 * GRID * (GRID - 1);
/** Neighbouring cells closer than this (of 255 grey levels) make a weak bit, not compared. */
const STRONG_DIFFERENCE = 8;
/** A logo with fewer strong bits than this is too plain to find (a blank square, a single colour). */
export const MIN_STRONG_BITS = 24;
/** A window matches when at most this share of the logo's strong bits differ. */
export const MATCH_DISTANCE = 0.15;
/** Window heights tried, as a share of the photo's height (the logo fills the photo … a small badge on a shirt). */
const WINDOW_SIZES = [1, 0.85, 0.72, 0.61, 0.52, 0.44, 0.37, 0.31, 0.26, 0.22, 0.18, 0.15, 0.125];
/** Windows move by this share of their own size (one cell). */
const STEP = 1 / GRID;

/** A logo as stored in the settings: its hash, which bits of it count, and its shape. */
export interface LogoHash {
  /** The bits in hexadecimal: 1 where the first of two neighbouring cells is darker. */
  bits: string;
  /** As many bits in hexadecimal: 1 where the bit is strong (compared). */
  strong: string;
  /** Width divided by height. */
  aspect: number;
}

/** Brightness (0–255) of each pixel, with sums over rectangles in constant time. */
export class Brightness {
  readonly width: number;
  readonly height: number;
  /** Summed-area table, (width + 1) x (height + 1). */
  private readonly sums: Float64Array;

  /** From RGBA pixels (a canvas's ImageData); transparent pixels count as white, as on a page. */
  constructor(rgba: ArrayLike<number>, width: number, height: number) {
    this.width = width;
    this.height = height;
    const stride = width + 1;
    this.sums = new Float64Array(stride * (height + 1));
    for (let y = 0; y < height; y++) {
      let row = 0;
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4;
        const alpha = rgba[at + 3]! / 255;
        const grey = 0.299 * rgba[at]! + 0.587 * rgba[at + 1]! + 0.114 * rgba[at + 2]!;
        row += grey * alpha + 255 * (1 - alpha);
        this.sums[(y + 1) * stride + x + 1] = this.sums[y * stride + x + 1]! + row;
      }
    }
  }

  /** Mean brightness of the rectangle [left, right) x [top, bottom) (fractional edges are rounded). */
  mean(left: number, top: number, right: number, bottom: number): number {
    const x0 = Math.round(left);
    const y0 = Math.round(top);
    const x1 = Math.max(x0 + 1, Math.round(right));
    const y1 = Math.max(y0 + 1, Math.round(bottom));
    const stride = this.width + 1;
    const total =
      this.sums[y1 * stride + x1]! -
      this.sums[y0 * stride + x1]! -
      this.sums[y1 * stride + x0]! +
      this.sums[y0 * stride + x0]!;
    return total / ((x1 - x0) * (y1 - y0));
  }
}

interface RawHash {
  bits: Uint8Array;
  strong: Uint8Array;
}

function hashWindow(image: Brightness, left: number, top: number, width: number, height: number): RawHash {
  const cellWidth = width / GRID;
  const cellHeight = height / GRID;
  const cells = new Float64Array(GRID * GRID);
  for (let row = 0; row < GRID; row++) {
    const y0 = top + row * cellHeight;
    for (let column = 0; column < GRID; column++) {
      const x0 = left + column * cellWidth;
      cells[row * GRID + column] = image.mean(x0, y0, x0 + cellWidth, y0 + cellHeight);
    }
  }
  const bits = new Uint8Array(BITS);
  const strong = new Uint8Array(BITS);
  let bit = 0;
  const compare = (first: number, second: number) => {
    bits[bit] = first < second ? 1 : 0;
    strong[bit] = Math.abs(first - second) >= STRONG_DIFFERENCE ? 1 : 0;
    bit++;
  };
  for (let row = 0; row < GRID; row++) {
    for (let column = 1; column < GRID; column++) {
      compare(cells[row * GRID + column - 1]!, cells[row * GRID + column]!);
      compare(cells[(column - 1) * GRID + row]!, cells[column * GRID + row]!);
    }
  }
  return { bits, strong };
}

const toHex = (bits: Uint8Array): string => {
  let hex = '';
  for (let at = 0; at < BITS; at += 4)
    hex += (bits[at]! * 8 + bits[at + 1]! * 4 + bits[at + 2]! * 2 + bits[at + 3]!).toString(16);
  return hex;
};
const fromHex = (hex: string): Uint8Array => {
  const bits = new Uint8Array(BITS);
  for (let digit = 0; digit < BITS / 4; digit++) {
    const value = parseInt(hex[digit] ?? '0', 16);
    for (let bit = 0; bit < 4; bit++) bits[digit * 4 + bit] = (value >> (3 - bit)) & 1;
  }
  return bits;
};

/** The hash of a logo image (the whole image), or why it cannot be used. */
export function hashLogo(image: Brightness): LogoHash | { error: string } {
  const { bits, strong } = hashWindow(image, 0, 0, image.width, image.height);
  if (strong.reduce((sum, bit) => sum + bit, 0) < MIN_STRONG_BITS) {
    return {
      error: 'This picture is too plain to be recognised in a photo (too little contrast or detail).',
    };
  }
  return { bits: toHex(bits), strong: toHex(strong), aspect: image.width / image.height };
}

/** The share of the logo's strong bits that differ in this window (0: the same, about 0.5: unrelated). */
function distance(logo: RawHash, window: RawHash): number {
  let compared = 0;
  let differ = 0;
  for (let bit = 0; bit < BITS; bit++) {
    if (!logo.strong[bit]) continue;
    compared++;
    if (logo.bits[bit] !== window.bits[bit]) differ++;
  }
  return compared > 0 ? differ / compared : 1;
}

/**
 * The closest any window of the photo comes to the logo (0: the same, about 0.5: unrelated); stops early at
 * `goodEnough`.
 */
export function closestWindow(photo: Brightness, logo: LogoHash, goodEnough = 0): number {
  const wanted = { bits: fromHex(logo.bits), strong: fromHex(logo.strong) };
  let best = 1;
  for (const size of WINDOW_SIZES) {
    let height = photo.height * size;
    let width = height * logo.aspect;
    if (width > photo.width) {
      width = photo.width;
      height = width / logo.aspect;
    }
    // Cells under two pixels say nothing.
    if (height < GRID * 2 || width < GRID * 2) continue;
    const stepX = Math.max(1, width * STEP);
    const stepY = Math.max(1, height * STEP);
    for (let top = 0; top + height <= photo.height + 0.5; top += stepY) {
      for (let left = 0; left + width <= photo.width + 0.5; left += stepX) {
        best = Math.min(best, distance(wanted, hashWindow(photo, left, top, width, height)));
        if (best <= goodEnough) return best;
      }
    }
  }
  return best;
}

/** Whether one of the logos appears in the photo, in a window of the logo's shape at some size and place. */
export function findLogo(photo: Brightness, logos: readonly LogoHash[]): boolean {
  return logos.some((logo) => closestWindow(photo, logo, MATCH_DISTANCE) <= MATCH_DISTANCE);
}

/** A logo's hash as the settings keep it: "v1:<aspect>:<bits>:<strong bits>". */
export function formatLogoHash(hash: LogoHash): string {
  return `v1:${hash.aspect.toFixed(4)}:${hash.bits}:${hash.strong}`;
}

export function parseLogoHash(text: string): LogoHash | undefined {
  const match = /^v1:(\d+(?:\.\d+)?):([0-9a-f]+):([0-9a-f]+)$/.exec(text.trim());
  if (!match || match[2]!.length !== BITS / 4 || match[3]!.length !== BITS / 4) return undefined;
  const aspect = Number(match[1]);
  return aspect > 0 ? { aspect, bits: match[2]!, strong: match[3]! } : undefined;
}
