import type { RuleDefinition } from '../rule';

/**
 * Photos or video attached to a post. On a personal account: pupils' pictures may be shared only through the
 * school's own accounts. On the school's account: a reminder to check consent and the no-publish list, and to
 * turn off tagging. The finding has no words to point at, so it sits at the start of the post with an empty match.
 */
export const media: RuleDefinition = {
  id: 'media',
  category: 'media',
  policy: 'pupil-images-official-only',
  scope: 'document',
  create() {
    return (_text, context) => {
      if (!context.hasMedia) return [];
      if (context.account === 'official') {
        return [
          {
            severity: 'info',
            start: 0,
            end: 0,
            policy: 'image-permission',
            message:
              'Before posting photos or video: check every child shown has photo consent and is not on the no-publish list, and turn off tagging.',
          },
        ];
      }
      return [
        {
          severity: 'warning',
          start: 0,
          end: 0,
          message:
            "Photos or video of pupils may only be shared through the school's own accounts, never a personal one. If any pupil can be seen, remove the picture and ask the school to post it.",
        },
      ];
    };
  },
};
