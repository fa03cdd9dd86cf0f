/** What the composer says after a post whose photo or video went out not checked for people. */
import { describe, expect, it } from 'vitest';
import { notCheckedNote } from '../../../src/content/photo-note';
import type { MediaFacts } from '../../../src/engine/types';

const photo = (facesFound: MediaFacts['facesFound']): MediaFacts => ({
  photos: 1,
  videos: 0,
  facesFound,
  location: false,
  logoMatch: false,
});
const video = (facesFound: MediaFacts['facesFound']): MediaFacts => ({
  ...photo(facesFound),
  photos: 0,
  videos: 1,
});

describe('notCheckedNote', () => {
  it('a check still running when the post went out', () => {
    expect(notCheckedNote(photo('unchecked'), true)).toBe(
      'the photo check had not finished when you posted, so your photo went out not checked for people.',
    );
    expect(notCheckedNote(video('unchecked'), true)).toContain('so your video went out not checked');
  });

  it('a picture that could not be drawn says so, not that the check was slow', () => {
    expect(notCheckedNote(video('unchecked'), false)).toBe(
      'Post Guard could not look at the frames of your video, so it went out not checked for people.',
    );
    expect(notCheckedNote(photo('unchecked'), false)).toBe(
      'Post Guard could not open your photo, so it went out not checked for people.',
    );
  });

  it('a detector that failed', () => {
    expect(notCheckedNote(photo('failed'), false)).toBe(
      'the photo check failed, so your photo went out not checked for people.',
    );
    expect(notCheckedNote({ ...photo('failed'), videos: 1 }, true)).toContain('your photo went out');
  });
});
