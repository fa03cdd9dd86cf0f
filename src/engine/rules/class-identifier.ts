import type { RuleDefinition, RuleHit } from '../rule';
import { compileClassMatcher } from '../school/class-matcher';

/**
 * A class named on a personal account: one of the school's class names, a year group ("Year 4", "Y4"), a class
 * code ("4B"), Reception or Nursery as a class, or a named class ("Oak Class", "Class 3"). The policy: "Teachers
 * or members of staff must not post any information which could identify a pupil, class or the school."
 * On the school's own accounts class names are expected, so nothing is said.
 */

/** Nouns after a class name ("Year 4 children"): "my class children" would read badly, so no suggestion then. */
const FOLLOWED_BY_NOUN =
  /^['’]?s?[\s\u00a0]+(?:class|classes|children|pupils|kids|group|team|parents|families|teacher|teachers|leavers)\b/i;

export const classIdentifier: RuleDefinition = {
  id: 'class-identifier',
  category: 'class',
  policy: 'identify-pupil-class-school',
  scope: 'passage',
  create(settings) {
    const findClasses = compileClassMatcher(settings);
    return (text, context): RuleHit[] => {
      // The school's own account may name it; a private message publishes nothing.
      if (context.account === 'official' || context.isPrivateMessage) return [];
      return findClasses(text).map((mention) => {
        const hit: RuleHit = {
          severity: 'warning',
          start: mention.start,
          end: mention.end,
          message:
            'This names a class. On a personal account, staff must not post anything that could identify a class, a pupil or the school.',
        };
        const after = text.slice(mention.end, mention.end + 20);
        // "my Y6s" or "4B's books" would read badly as "my classs" or "my class's books": no suggestion then.
        if (!FOLLOWED_BY_NOUN.test(after) && !/^['’]?s/.test(after)) {
          hit.suggestion = {
            label: 'Say "my class" instead',
            replacement: 'my class',
            start: mention.start,
            end: mention.end,
          };
        }
        return hit;
      });
    };
  },
};
