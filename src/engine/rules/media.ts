import type { RuleDefinition, RuleHit } from '../rule';
import { picturesNamed } from '../media-facts';

/**
 * Photos or video attached to a post, and whether people can be seen in them. On a personal account: pupils'
 * pictures may be shared only through the school's own accounts, so a picture with faces is a warning and one with
 * none is left alone. On the school's account: a reminder to check consent and the no-publish list, and to turn off
 * tagging. A picture not yet checked (or whose check failed) is never held against the post: it is a note that says
 * so. Without media facts (nobody looked at the picture) any picture counts as showing people. The finding has no
 * words to point at, so it sits at the start of the post with an empty match.
 */
export const media: RuleDefinition = {
  id: 'media',
  category: 'media',
  policy: 'pupil-images-official-only',
  scope: 'document',
  create() {
    return (_text, context) => {
      const facts = context.media;
      if (!facts) {
        if (!context.hasMedia) return [];
        return [context.account === 'official' ? officialReminder() : personalWarning()];
      }
      if (facts.photos + facts.videos === 0) return [];
      const { subject, plural } = picturesNamed(facts);
      const found = facts.facesFound;
      if (typeof found === 'number') {
        if (found === 0) return [];
        const people = `${found} ${found === 1 ? 'person' : 'people'}`;
        const shows = `${subject} ${plural ? 'show' : 'shows'} ${people}.`;
        return [context.account === 'official' ? officialReminder(shows) : personalWarning(shows)];
      }
      const why =
        found === 'failed'
          ? 'Post Guard could not look for people in it'
          : facts.photos === 0
            ? 'Post Guard could not look at its frames'
            : 'Post Guard had not finished looking for people in it';
      const kind = facts.photos === 0 ? 'Video' : 'Photo';
      const notChecked = `${kind} not checked: ${why}.`;
      return [
        {
          severity: 'info',
          start: 0,
          end: 0,
          ...(context.account === 'official' ? { policy: 'image-permission' as const } : {}),
          message:
            context.account === 'official'
              ? `${notChecked} Check every child shown has photo consent and is not on the no-publish list.`
              : `${notChecked} If a pupil can be seen, remove it: pupil pictures may only be shared through the school's own accounts.`,
        },
      ];
    };
  },
};

function personalWarning(shows?: string): RuleHit {
  return {
    severity: 'warning',
    start: 0,
    end: 0,
    message: shows
      ? `${shows} Pupil pictures may only be shared through the school's own accounts, never a personal one. If a pupil can be seen, remove the picture and ask the school to post it.`
      : "Photos or video of pupils may only be shared through the school's own accounts, never a personal one. If any pupil can be seen, remove the picture and ask the school to post it.",
  };
}

function officialReminder(shows?: string): RuleHit {
  return {
    severity: 'info',
    start: 0,
    end: 0,
    policy: 'image-permission',
    message: `${shows ? `${shows} Before posting` : 'Before posting photos or video'}: check every child shown has photo consent and is not on the no-publish list, and turn off tagging.`,
  };
}
