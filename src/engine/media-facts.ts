import type { AnalysisContext, MediaFacts } from './types';

type MediaContext = Pick<AnalysisContext, 'hasMedia' | 'media'>;

/** Whether the attached pictures may show people: faces were found, or nobody looked (no media facts). */
export function picturesMayShowPeople(context: MediaContext): boolean {
  if (!context.media) return context.hasMedia;
  return typeof context.media.facesFound === 'number' && context.media.facesFound > 0;
}

/** Some attached picture was not looked at for people: still being checked, not drawable, or the detector failed. */
export function picturesUnchecked(context: MediaContext): boolean {
  return context.media?.facesFound === 'unchecked' || context.media?.facesFound === 'failed';
}

/** "This photo", "These 3 photos", "This video", "These photos and video": what the findings talk about. */
export function picturesNamed(media: MediaFacts): { subject: string; plural: boolean } {
  const { photos, videos } = media;
  if (photos + videos <= 1) return { subject: videos === 1 ? 'This video' : 'This photo', plural: false };
  if (videos === 0) return { subject: `These ${photos} photos`, plural: true };
  if (photos === 0) return { subject: `These ${videos} videos`, plural: true };
  return { subject: 'These photos and videos', plural: true };
}

/** One string for all a context says about pictures: part of every cache key that must change when they do. */
export function mediaKey(context: MediaContext): string {
  const media = context.media;
  if (!media) return String(context.hasMedia);
  return `${context.hasMedia}:${media.photos}:${media.videos}:${media.facesFound}:${media.location}:${media.logoMatch}`;
}
