import type { RuleDefinition, RuleHit } from '../rule';
import { getRosterMatcher } from '../names/roster-matcher';
import { pupilNameSeverity } from '../names/severity';

/**
 * A pupil on the school's roster, named in any form ("Jack Thompson", "Jack", "Jack T.", "J. Thompson",
 * "#JackThompson", "J4ck"). Pupils on the no-publish list are left to the no-publish-pupil rule. A name that is
 * also a word, where the sentence does not tell which it is, is left alone; a roster name written as the member
 * of staff's own child ("my daughter Grace") is for information only.
 */
export const rosterPupil: RuleDefinition = {
  id: 'roster-pupil',
  category: 'pupil',
  policy: 'identify-pupil-class-school',
  scope: 'passage',
  create(settings) {
    if (settings.pupils.length === 0) return () => [];
    const matcher = getRosterMatcher(settings.pupils);
    return (text, context) => {
      const hits: RuleHit[] = [];
      for (const match of matcher.find(text)) {
        if (match.noPublish || match.reading === 'unsure') continue;
        const written = text.slice(match.start, match.end);
        const replacement = `${match.initial}.`;
        hits.push({
          severity: match.ownChild ? 'info' : pupilNameSeverity(match.level, context),
          start: match.start,
          end: match.end,
          message: match.ownChild
            ? `“${written}” is also the name of a pupil on your school's roster. If this is your own child, this is fine.`
            : match.level === 'full'
              ? `“${written}” looks like a pupil on your school's roster. Posting a pupil's name can identify them.`
              : `“${written}” is the first name of a pupil on your school's roster. With a photo, a class or the school's name it can identify them.`,
          suggestion: {
            label: `Use ${replacement} instead`,
            replacement,
            start: match.start,
            end: match.end,
          },
        });
      }
      return hits;
    };
  },
};
