import type { RuleDefinition, RuleHit } from '../rule';
import { getRosterMatcher } from '../names/roster-matcher';

/**
 * A pupil on the school's list of children whose details and images must never be published, named in any form
 * the roster matcher knows. Critical on every account. Where pupils share a first name and one of them is on the
 * list, the first name alone is reported here too: it may be that child. Never silent where unsure: a name that
 * is also a word, where the sentence does not tell which it is ("Daisy!" opening a post), and a name written as
 * the member of staff's own child ("my son Will") are warnings instead, and so is a short form of a never-publish
 * pupil's given name ("Will" for William, "Maggie" for Margaret).
 */
export const noPublishPupil: RuleDefinition = {
  id: 'no-publish-pupil',
  category: 'no-publish',
  policy: 'no-publish-list',
  scope: 'passage',
  create(settings) {
    if (!settings.pupils.some((pupil) => pupil.noPublish === true)) return () => [];
    const matcher = getRosterMatcher(settings.pupils);
    return (text) => {
      const hits: RuleHit[] = [];
      for (const match of matcher.find(text)) {
        if (!match.noPublish) continue;
        const written = text.slice(match.start, match.end);
        const shared = match.pupils.length > 1 && match.pupils.some((pupil) => pupil.noPublish !== true);
        // remove the name and one space beside it, so that no double space is left
        const end = text[match.end] === ' ' ? match.end + 1 : match.end;
        const start = end === match.end && text[match.start - 1] === ' ' ? match.start - 1 : match.start;
        const list = "the school's list of children whose details and images must never be published";
        hits.push({
          severity: match.reading === 'unsure' || match.ownChild ? 'warning' : 'critical',
          start: match.start,
          end: match.end,
          message: match.ownChild
            ? `“${written}” is also the name of a pupil on ${list}. If this is your own child, this is fine; if it is the pupil, leave the name out.`
            : match.nickname
              ? `“${written}” may be a short form of the name of a pupil on ${list}. If it names the child, leave it out.`
              : match.reading === 'unsure'
                ? `“${written}” may be the name of a pupil on ${list} (it is also an ordinary word). If it names the child, leave it out.`
                : shared
                  ? `“${written}” may be a pupil on ${list}. Leave the name out.`
                  : `“${written}” is a pupil on ${list}. Leave the name out.`,
          suggestion: { label: 'Remove the name', replacement: '', start, end },
        });
      }
      return hits;
    };
  },
};
