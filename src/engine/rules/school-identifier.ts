import type { RuleDefinition, RuleHit } from '../rule';
import { compileSchoolMatcher } from '../school/school-matcher';
import type { SchoolMention } from '../school/school-matcher';

/**
 * The school named on a personal account: its name, a short form ("Welbeck Primary"), an alias, a hashtag or
 * the school's own handle. The policy: "Teachers or members of staff must not post any information which could
 * identify a pupil, class or the school." On the school's own accounts its name is expected, so nothing is said.
 */

function hitFor(text: string, mention: SchoolMention): RuleHit {
  const match = text.slice(mention.start, mention.end);
  if (mention.kind === 'tag' || mention.kind === 'account') {
    const isHandle = match.startsWith('@');
    return {
      severity: 'warning',
      start: mention.start,
      end: mention.end,
      message: isHandle
        ? `Tagging ${match} links this personal post to the school. Staff must not post anything that could identify the school.`
        : `The hashtag ${match} names the school. On a personal account, staff must not post anything that could identify the school.`,
      suggestion: { label: `Remove ${match}`, replacement: '', start: mention.start, end: mention.end },
    };
  }
  return {
    severity: 'warning',
    start: mention.start,
    end: mention.end,
    message: `This names the school. On a personal account, staff must not post anything that could identify the school, a class or a pupil.`,
    suggestion: {
      label: 'Say "my school" instead',
      replacement: 'my school',
      start: mention.start,
      end: mention.end,
    },
  };
}

export const schoolIdentifier: RuleDefinition = {
  id: 'school-identifier',
  category: 'school',
  policy: 'identify-pupil-class-school',
  scope: 'passage',
  create(settings) {
    const findSchool = compileSchoolMatcher(settings);
    return (text, context) => {
      // The school's own account may name it; a private message publishes nothing.
      if (context.account === 'official' || context.isPrivateMessage) return [];
      return findSchool(text).map((mention) => hitFor(text, mention));
    };
  },
};
