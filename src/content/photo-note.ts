import type { MediaFacts } from '../engine/types';

/**
 * What the composer says after a post whose pictures were not looked at for people: the detector failed, the check
 * had not finished when the post went out (`stillChecking`), or the picture could not be drawn (a video whose frames
 * the page will not give, a format Chromium cannot decode).
 */
export function notCheckedNote(media: MediaFacts, stillChecking: boolean): string {
  const what = media.photos === 0 ? 'video' : 'photo';
  if (media.facesFound === 'failed')
    return `the photo check failed, so your ${what} went out not checked for people.`;
  if (stillChecking)
    return `the photo check had not finished when you posted, so your ${what} went out not checked for people.`;
  return media.photos === 0
    ? 'Post Guard could not look at the frames of your video, so it went out not checked for people.'
    : 'Post Guard could not open your photo, so it went out not checked for people.';
}
