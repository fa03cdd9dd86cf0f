import type { RuleDefinition } from '../rule';

/**
 * A picture that looks like one of the school's logos or badges (set by the school on the options page, matched by
 * a perceptual hash on the device), posted from a personal account.
 */
export const photoLogo: RuleDefinition = {
  id: 'photo-logo',
  category: 'media',
  policy: 'no-logo-personal-accounts',
  scope: 'document',
  create() {
    return (_text, context) => {
      if (!context.media?.logoMatch || context.account === 'official') return [];
      return [
        {
          severity: 'warning',
          start: 0,
          end: 0,
          message:
            "A picture here looks like the school's logo or badge. The school's logo and branding are not for personal accounts: remove the picture, or ask the school to post it.",
        },
      ];
    };
  },
};
