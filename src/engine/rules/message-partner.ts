import type { RuleDefinition } from '../rule';
import { compileContactMatcher, type ContactPerson } from '../names/contact-match';

/** "a pupil", "a parent or carer", "a pupil, or a parent or carer": who on the school's lists has the name. */
function whoHasTheName(people: readonly ContactPerson[]): string {
  const kinds = new Set(people.map((person) => person.kind));
  return [kinds.has('pupil') && 'a pupil', kinds.has('parent') && 'a parent or carer']
    .filter(Boolean)
    .join(', or ');
}

/**
 * A private message (Facebook Messages, X Chat) to someone whose shown name is a pupil's or a parent's or carer's
 * on the school's lists. The policy: "Members of staff must not 'friend' or otherwise contact pupils or
 * parents/carers through social media." Only the name the conversation shows is matched, as for friend requests
 * (../names/contact-match.ts: a given name and a surname), and the text of the message plays no part: the finding
 * has no words to point at, so it sits at the start of the message with an empty match. A name in an ordinary post
 * is never this rule's business.
 */
export const messagePartner: RuleDefinition = {
  id: 'message-partner',
  category: 'contact',
  policy: 'no-contact-pupils-parents',
  scope: 'document',
  create(settings) {
    const match = compileContactMatcher(settings.pupils, settings.parents ?? []);
    return (_text, context) => {
      const shown = context.isPrivateMessage ? context.conversationWith : undefined;
      const people = shown ? match(shown) : [];
      if (!shown || people.length === 0) return [];
      return [
        {
          severity: 'warning',
          start: 0,
          end: 0,
          message: `This conversation is with ${shown}, who has the same name as ${whoHasTheName(people)} on your school’s list. If this is them, the policy says you must not contact them through social media. It may be someone else with the same name: only you can tell.`,
        },
      ];
    };
  },
};
