import { nextInPhrase, type ReadingCue } from './cue';
import { isFiniteVerb, isStateVerb } from '../../data/name-grammar';
import type { WordClass } from '../../data/name-word-classes';

/**
 * "Daisy scored", "Will made everyone laugh", "Hope won": the word is the subject of the verb after it. A
 * singular count noun, an adjective or a modal cannot be a bare subject, so the word can only be the name
 * (strong); a mass noun, season or idea can, with a verb of state ("Summer is here", "Hope is…"), which leaves
 * the reading unsure (weak), but seldom with a verb of doing ("Hope won"). A present participle after it
 * ("Ruby looking so grown up") is weak evidence, and so is any verb after a name that is also a place, a team or a
 * month ("Chelsea lost"). With tags, a token tagged as a verb counts too ("Ruby sings").
 */
/** Word classes that can stand alone as a subject: a mass noun ("Summer is here"), a time, an idea, a verb. */
const BARE_SUBJECT_CLASSES: ReadonlySet<WordClass> = new Set(['mass', 'time', 'idea', 'verb']);

export const subjectOfVerb: ReadingCue = {
  id: 'subject-of-verb',
  note: 'the word is the subject of the verb right after it',
  weigh(view, index, sense) {
    const next = nextInPhrase(view.tokens, index);
    if (!next || next.upper) return 0;
    const tags = view.tagsAt(index + 1);
    const finite =
      isFiniteVerb(next.key) ||
      (tags !== undefined &&
        tags.includes('Verb') &&
        (tags.includes('PastTense') || tags.includes('PresentTense')) &&
        !tags.includes('Infinitive') &&
        // "Willow weaving workshop": a gerund is no finite verb, whatever else it is tagged
        !tags.includes('Gerund'));
    if (!finite) return /^\p{L}{3,}ing$/u.test(next.key) ? 1 : 0;
    // a place, team or month does things too ("Chelsea lost", "May brings"): weak evidence whatever the verb
    if (sense.ambiguity === 'proper') return 1;
    const canBeBareSubject = sense.classes.every((wordClass) => BARE_SUBJECT_CLASSES.has(wordClass));
    return canBeBareSubject && isStateVerb(next.key) ? 1 : 3;
  },
};
