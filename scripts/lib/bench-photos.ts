/**
 * The photo check's timings and sizes, for `npm run bench:browser` (step `photos`): in the built extension (dist/),
 * in Chromium, through the same 'check-photo' message a content script sends.
 *   - first photo: opens the offscreen document and loads the model (then detects once);
 *   - later photos at about 1 and 12 megapixels: src/photo/downscale.ts (the part that runs in the page) and the
 *     detector's round trip, and the longest the page's main thread was held up while the page part ran (a
 *     heartbeat through a MessageChannel: the longest gap between two beats);
 *   - the extension's size with and without the detector (offscreen bundle, model, wasm files), unpacked and zipped.
 * The machine's load average is reported with the figures: on a shared machine they are upper bounds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from '@playwright/test';
import { zipSync } from 'fflate';
import { REPO_ROOT } from './config';

const IMAGES = join(REPO_ROOT, 'test', 'fixtures', 'images');
const DIST = join(REPO_ROOT, 'dist');
const RUNS = 5;
/**
 * The photos the timings use: ten small faces (the detector looks at the whole photo and its four quarters) and a
 * portrait (one large face: the whole photo only).
 */
const PHOTOS = { group: 'collage-10-faces.jpg', portrait: 'portrait-007.jpg' } as const;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const round = (value: number) => Math.round(value * 10) / 10;

/** src/photo/downscale.ts as a script for a page: `window.__downscale(blob)`. */
async function downscaleScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { downscale } from './src/photo/downscale'; (window as any).__downscale = downscale;",
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
  });
  return result.outputFiles[0]!.text;
}

function files(folder: string): { path: string; bytes: Buffer }[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [{ path, bytes: readFileSync(path) }];
  });
}

/** The detector's files in dist/: the offscreen page and its bundle (Human with tfjs), the model, the wasm. */
function isDetectorFile(path: string): boolean {
  const name = relative(DIST, path).split(sep).join('/');
  return (
    name.startsWith('vendor/') || name.startsWith('offscreen/') || /^assets\/offscreen-.*\.js$/.test(name)
  );
}

export function extensionSizes(): Record<string, { unpackedKB: number; zippedKB: number }> {
  const all = files(DIST);
  const measure = (chosen: typeof all) => ({
    unpackedKB: round(chosen.reduce((sum, file) => sum + file.bytes.length, 0) / 1024),
    zippedKB: round(
      zipSync(Object.fromEntries(chosen.map((file) => [relative(DIST, file.path), file.bytes])), { level: 9 })
        .length / 1024,
    ),
  });
  return {
    withDetector: measure(all),
    withoutDetector: measure(all.filter((file) => !isDetectorFile(file.path))),
    detectorOnly: measure(all.filter((file) => isDetectorFile(file.path))),
  };
}

export interface PhotoBench {
  firstPhotoMs: number;
  firstPhotoDetectMs: number;
  /** The first photo's time less its detection: opening the offscreen document and loading the model. */
  modelLoadMs: number;
  perPhoto: {
    photo: keyof typeof PHOTOS;
    megapixels: number;
    downscaleMs: number;
    roundTripMs: number;
    detectMs: number;
    totalMs: number;
    mainThreadLongestMs: number;
  }[];
  sizes: ReturnType<typeof extensionSizes>;
}

/** Runs in an extension page of the given browser (the detector is opened by the first photo of this run). */
export async function benchPhotos(context: BrowserContext, extensionId: string): Promise<PhotoBench> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup/index.html`);
    const send = (image: string) =>
      page.evaluate(async (data) => {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'check-photo', image: data })) as {
          detectMs?: number;
          error?: string;
        };
        return { ms: performance.now() - started, detectMs: reply.detectMs ?? NaN, error: reply.error };
      }, image);
    const first = await send(
      `data:image/jpeg;base64,${readFileSync(join(IMAGES, 'skimage-coffee.jpg')).toString('base64')}`,
    );
    if (first.error) throw new Error(`the photo check failed: ${first.error}`);

    // Through evaluate, not a <script>: extension pages' CSP refuses inline scripts.
    await page.evaluate(await downscaleScript());
    const perPhoto: PhotoBench['perPhoto'] = [];
    for (const [megapixels, width, height, photo] of [
      [1, 1224, 816, 'group'],
      [12, 4242, 2828, 'group'],
      [1, 1000, 1000, 'portrait'],
      [12, 3464, 3464, 'portrait'],
    ] as const) {
      const base64 = readFileSync(join(IMAGES, PHOTOS[photo])).toString('base64');
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(
          await page.evaluate(
            async ([bytes, width, height]) => {
              // The labelled photo enlarged to the size measured, as a camera's JPEG (made before the timing starts).
              const photo = await createImageBitmap(
                await (await fetch(`data:image/jpeg;base64,${bytes}`)).blob(),
              );
              const canvas = new OffscreenCanvas(width, height);
              canvas.getContext('2d')!.drawImage(photo, 0, 0, width, height);
              photo.close();
              const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
              let longest = 0;
              let beating = true;
              let last = performance.now();
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                const now = performance.now();
                longest = Math.max(longest, now - last);
                last = now;
                if (beating) channel.port2.postMessage(0);
              };
              channel.port2.postMessage(0);
              const started = performance.now();
              const image = await (
                window as unknown as { __downscale(b: Blob): Promise<string> }
              ).__downscale(blob);
              beating = false;
              const downscaleMs = performance.now() - started;
              const sent = performance.now();
              const reply = (await chrome.runtime.sendMessage({ type: 'check-photo', image })) as {
                detectMs?: number;
              };
              return {
                downscaleMs,
                roundTripMs: performance.now() - sent,
                detectMs: reply.detectMs ?? NaN,
                mainThreadLongestMs: longest,
              };
            },
            [base64, width, height] as const,
          ),
        );
      }
      const downscaleMs = median(runs.map((each) => each.downscaleMs));
      const roundTripMs = median(runs.map((each) => each.roundTripMs));
      perPhoto.push({
        photo,
        megapixels,
        downscaleMs: round(downscaleMs),
        roundTripMs: round(roundTripMs),
        detectMs: round(median(runs.map((each) => each.detectMs))),
        totalMs: round(median(runs.map((each) => each.downscaleMs + each.roundTripMs))),
        mainThreadLongestMs: round(median(runs.map((each) => each.mainThreadLongestMs))),
      });
    }
    return {
      firstPhotoMs: round(first.ms),
      firstPhotoDetectMs: first.detectMs,
      modelLoadMs: round(first.ms - first.detectMs),
      perPhoto,
      sizes: extensionSizes(),
    };
  } finally {
    await page.close();
  }
}
