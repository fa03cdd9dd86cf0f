import type { RuleDefinition } from '../rule';
import { compileDisclaimerMatcher, disclaimerSentence } from '../school/disclaimer';
import { compileSchoolMatcher } from '../school/school-matcher';

/**
 * A personal post that names the school needs a disclaimer. The policy: "Where a personal account is used which
 * associates itself with the school ... it must be made clear that the member of staff is not communicating on
 * behalf of Welbeck Primary School with an appropriate disclaimer." The finding points at the first mention of
 * the school; its suggestion appends the school's disclaimer at the end of the post.
 */
export const disclaimer: RuleDefinition = {
  id: 'disclaimer',
  category: 'disclaimer',
  policy: 'disclaimer-personal-accounts',
  scope: 'document',
  create(settings) {
    const findSchool = compileSchoolMatcher(settings);
    const hasDisclaimer = compileDisclaimerMatcher(settings.disclaimerPhrases);
    const sentence = disclaimerSentence(settings.disclaimerPhrases);
    return (text, context) => {
      // The school's own account speaks for the school; a private message is not public.
      if (context.account === 'official' || context.isPrivateMessage) return [];
      const first = findSchool(text)[0];
      if (!first || hasDisclaimer(text)) return [];
      const replacement = /\s$/.test(text) || text.length === 0 ? sentence : ` ${sentence}`;
      return [
        {
          severity: 'warning',
          start: first.start,
          end: first.end,
          message: `This personal post mentions the school but does not say the views are your own. Add a disclaimer such as "${sentence.slice(1, -1)}" so it is clear you are not speaking for the school.`,
          suggestion: { label: 'Add a disclaimer', replacement, start: text.length, end: text.length },
        },
      ];
    };
  },
};
