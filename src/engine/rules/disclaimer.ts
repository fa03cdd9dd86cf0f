import type { RuleDefinition } from '../rule';
import { compileDisclaimerMatcher, disclaimerSentence } from '../school/disclaimer';
import { compileSchoolMatcher, type SchoolMention } from '../school/school-matcher';
import { searchWindows } from '../passages';

/**
 * A personal post that names the school needs a disclaimer. The policy: "Where a personal account is used which
 * associates itself with the school ... it must be made clear that the member of staff is not communicating on
 * behalf of Welbeck Primary School with an appropriate disclaimer." The finding points at the first mention of
 * the school; its suggestion appends the school's disclaimer at the end of the post.
 *
 * Both searches run over the whole post a window at a time (src/engine/passages.ts searchWindows), so that a very
 * long paste is searched over several slices; a post of up to 4,000 characters is one window.
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
    return function* (text, context) {
      // The school's own account speaks for the school; a private message is not public.
      if (context.account === 'official' || context.isPrivateMessage) return [];
      const windows = searchWindows(text);
      let first: SchoolMention | undefined;
      for (const window of windows) {
        const mention = findSchool(window.text).find(
          (each) => each.start + window.offset >= window.from && each.start + window.offset < window.to,
        );
        if (mention) {
          first = { ...mention, start: mention.start + window.offset, end: mention.end + window.offset };
          break;
        }
        yield;
      }
      if (!first) return [];
      for (const window of windows) {
        if (hasDisclaimer(window.text)) return [];
        yield;
      }
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
