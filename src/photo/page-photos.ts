import type { MediaFacts } from '../engine/types';
import { sendExtensionMessage, type PhotoCheckReply } from '../platform/browser';
import { installPhotoCapture } from './capture';
import { downscale, videoFrames } from './downscale';
import { hasLocation } from './location';
import { shrinkInSteps } from './shrink-in-steps';
import { setPictureInspector } from '../sites/account';

/** What one picture's check found, once it is done. */
type Outcome = { faces: number; location: boolean; logoMatch: boolean } | 'failed' | 'undrawable';

interface Check {
  outcome?: Outcome;
  done: Promise<void>;
  /** When it was last asked for: checks nobody asked for lately are forgotten. */
  used: number;
}

/** A check nobody has asked about for this long is dropped, with its File reference (the post is long gone). */
const FORGET_AFTER_MS = 60_000;
/** How long the detector may take for one picture before it counts as failed ("photo not checked"). */
const DETECTOR_TIMEOUT_MS = 15_000;

/**
 * The pictures attached on this page and what their checks found, held in the page's memory only (never stored,
 * never sent anywhere but to Post Guard's own offscreen detector). A picture is known by two keys: the attached
 * File (taken by the capture listeners as the person attaches it, so its check starts at once) and the site's
 * preview of it (a blob: URL of the same bytes on X and Facebook): the preview is what tells which composer a
 * picture belongs to, and it is the fallback when the File was not seen (a detached input).
 */
class PagePhotos {
  /** By size and type of the original file: the blob behind the site's preview has the same. */
  private readonly byFile = new Map<string, Check>();
  private readonly byPreview = new Map<string, Check>();

  /** Starts checking files the person just attached. */
  addFiles(files: File[]): void {
    for (const file of files) this.checkFile(file);
  }

  /**
   * What is known of the pictures shown in a composer's attachments (img and video elements): starts the checks
   * not yet started, and never waits.
   */
  factsFor(media: readonly Element[]): MediaFacts {
    let photos = 0;
    let videos = 0;
    let faces = 0;
    let pending = false;
    let failed = false;
    for (const element of media) {
      if (element instanceof HTMLVideoElement) videos++;
      else photos++;
      const outcome = this.previewCheck(element)?.outcome;
      if (outcome === undefined || outcome === 'undrawable') pending = true;
      else if (outcome === 'failed') failed = true;
      else faces += outcome.faces;
    }
    const location = media.some((element) => {
      const outcome = this.previewCheck(element)?.outcome;
      return typeof outcome === 'object' && outcome.location;
    });
    const logoMatch = media.some((element) => {
      const outcome = this.previewCheck(element)?.outcome;
      return typeof outcome === 'object' && outcome.logoMatch;
    });
    return {
      photos,
      videos,
      facesFound: faces > 0 ? faces : failed ? 'failed' : pending ? 'unchecked' : 0,
      location,
      logoMatch,
    };
  }

  /** Whether a picture among these is still being checked (not failed, not undrawable: it may yet answer). */
  pending(media: readonly Element[]): boolean {
    return media.some((element) => {
      const check = this.previewCheck(element);
      return check !== undefined && check.outcome === undefined;
    });
  }

  /** Resolves when the checks of these pictures are done, or after `timeoutMs`, whichever comes first. */
  async settled(media: readonly Element[], timeoutMs: number): Promise<void> {
    const checks = media.flatMap((element) => this.previewCheck(element)?.done ?? []);
    await Promise.race([Promise.all(checks), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  /** Drops what nobody asked about lately: the File references and results of pictures posted or removed. */
  forgetOld(now = Date.now()): void {
    for (const map of [this.byFile, this.byPreview]) {
      for (const [key, check] of map) if (now - check.used > FORGET_AFTER_MS) map.delete(key);
    }
  }

  private checkFile(file: Blob): Check {
    const key = fileKey(file);
    const known = this.byFile.get(key);
    if (known) {
      known.used = Date.now();
      return known;
    }
    const check = startCheck(() => inspect(file, URL.createObjectURL.bind(URL)));
    this.byFile.set(key, check);
    return check;
  }

  private previewCheck(element: Element): Check | undefined {
    const url = previewUrl(element);
    if (!url) return undefined;
    const known = this.byPreview.get(url);
    if (known) {
      known.used = Date.now();
      return known;
    }
    // The preview's bytes (fetched from the page's own blob: URL, which stays on the device) find the check the
    // File started; a picture whose File was not seen is checked from these bytes.
    const check = startCheck(async () => {
      const response = await fetch(url);
      const blob = await response.blob();
      const fromFile = this.checkFile(blob);
      await fromFile.done;
      return fromFile.outcome ?? 'failed';
    });
    this.byPreview.set(url, check);
    return check;
  }
}

function fileKey(file: Blob): string {
  return `${file.size}|${file.type}`;
}

/** The address of a preview's picture: only blob: and data: (the picture is on the device), never the web. */
function previewUrl(element: Element): string | undefined {
  const src =
    element instanceof HTMLImageElement
      ? element.currentSrc || element.src
      : element instanceof HTMLVideoElement
        ? element.currentSrc || element.src
        : '';
  return /^(blob|data):/.test(src) ? src : undefined;
}

function startCheck(run: () => Promise<Outcome>): Check {
  const check: Check = { used: Date.now(), done: Promise.resolve() };
  check.done = run()
    .catch((error: unknown): Outcome => {
      console.warn('Post Guard could not check a photo', error);
      return 'failed';
    })
    .then((outcome) => {
      check.outcome = outcome;
    });
  return check;
}

/** Faces and location of one picture (the frames of a video). */
async function inspect(file: Blob, objectUrl: (blob: Blob) => string): Promise<Outcome> {
  let images: string[];
  if (file.type.startsWith('video/')) {
    const url = objectUrl(file);
    try {
      images = await videoFrames(url);
    } finally {
      URL.revokeObjectURL(url);
    }
    if (images.length === 0) return 'undrawable';
  } else {
    try {
      // Shrunk in steps first: `downscale` alone resizes a 12-megapixel photo in one long task on the page.
      const small = await shrinkInSteps(file);
      try {
        images = [await downscale(small)];
      } finally {
        small.close();
      }
    } catch {
      return 'undrawable';
    }
  }
  const location = hasLocation(file);
  let faces = 0;
  let logoMatch = false;
  for (const image of images) {
    const reply = await withTimeout(
      sendExtensionMessage({ type: 'check-photo', image }),
      DETECTOR_TIMEOUT_MS,
    );
    if ('error' in reply) return 'failed';
    faces = Math.max(faces, reply.faces);
    logoMatch ||= reply.logoMatch === true;
  }
  return { faces, location: await location, logoMatch };
}

function withTimeout(reply: Promise<PhotoCheckReply>, ms: number): Promise<PhotoCheckReply> {
  return Promise.race([
    reply,
    new Promise<PhotoCheckReply>((resolve) => setTimeout(() => resolve({ error: 'timed out' }), ms)),
  ]);
}

let pagePhotos: PagePhotos | undefined;

/**
 * The page's photo checks. The first call (when the first composer appears) installs the capture listeners and
 * lets composerContext (src/sites/account.ts) ask what the attached pictures show. They live as long as the page.
 */
export function getPagePhotos(): PagePhotos {
  if (!pagePhotos) {
    const photos = new PagePhotos();
    pagePhotos = photos;
    installPhotoCapture((files) => photos.addFiles(files), new AbortController().signal);
    setPictureInspector((pictures) => photos.factsFor(pictures));
    setInterval(() => photos.forgetOld(), FORGET_AFTER_MS / 2);
  }
  return pagePhotos;
}

export type { PagePhotos };
