import type { RuleDefinition } from '../rule';
import { picturesNamed } from '../media-facts';

/**
 * A photo whose file records where it was taken (GPS in its EXIF or XMP data). The sites strip the position from
 * the copy they show, but they receive the original file; a home, or a trip with pupils, can be found from it.
 * A quiet tip on every account: it never holds a post back.
 */
export const photoLocation: RuleDefinition = {
  id: 'photo-location',
  category: 'media',
  policy: 'keep-personal-info-private',
  scope: 'document',
  create() {
    return (_text, context) => {
      if (!context.media?.location) return [];
      const { subject, plural } = picturesNamed(context.media);
      const photo = plural ? 'A photo here' : subject;
      return [
        {
          severity: 'info',
          start: 0,
          end: 0,
          message: `${photo} records the place it was taken (GPS position in the file). The site receives the original file: share a copy without the location, or turn off location in the camera.`,
        },
      ];
    };
  },
};
