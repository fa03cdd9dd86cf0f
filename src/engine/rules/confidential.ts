import type { RuleDefinition, RuleHit } from '../rule';
import {
  CHILD_REFERENCES,
  CONFIDENTIAL,
  CONFIDENTIAL_ALONE,
  CONFIDENTIAL_HINTS,
  SCHOOL_CONTEXT,
  SENSITIVE_SUBJECTS,
  WELFARE_ACTS,
} from '../data/confidential';
import { compileLexicon } from '../tone/lexicon';
import { isQuoted } from '../tone/context';
import { hit, mergeHits, near, plain } from '../tone/conduct';
import { pairSpan, pairTargets } from '../tone/target-act';
import { readSentences } from '../tone/sentence-reading';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';
import { withConductClassifier } from '../tone/conduct-classifier';

/**
 * Confidential material: safeguarding and pupil-welfare details (a disclosure, social services, child
 * protection, exclusions, diagnoses), school business before it is public (an inspection call, a restructure,
 * staff leaving), and anything that says it is confidential ("between us", "keep it quiet"). The policy: "Do not
 * publish confidential or commercially sensitive material". Phrases that name the material count alone or with a
 * school word nearby; the rest is read as a target and an act (src/engine/data/confidential.ts): a child or a
 * family with what is disclosed about them ("Little lad in my class told me what goes on at home"), and a hint of
 * a secret about the school, its staff or a family ("Can't say much but big changes coming at our place").
 * Hints about a play or Sports Day ("Watch this space for photos") are left alone.
 */

const LEXICON = compileLexicon(CONFIDENTIAL);
const SCHOOL = compileLexicon(SCHOOL_CONTEXT);
const ALONE = new Set(CONFIDENTIAL_ALONE);
const CHILDREN = compileLexicon(CHILD_REFERENCES);
const WELFARE = compileLexicon(WELFARE_ACTS);
const HINTS = compileLexicon(CONFIDENTIAL_HINTS);
const SUBJECTS = compileLexicon(SENSITIVE_SUBJECTS);

const MESSAGES: Record<string, string> = {
  safeguarding:
    'This looks like safeguarding or pupil-welfare information. Never post it: share it only with your DSL through the school’s procedures.',
  unannounced:
    'This looks like school business that may not be public yet. Do not publish confidential or commercially sensitive material.',
  secrecy:
    'If it is confidential or "between us", it does not belong on social media, where nothing is truly private.',
};

/** Words after a safeguarding phrase that make it about the subject in general, not about a child. */
const GENERAL_AFTER = new Set([
  'training', 'policy', 'policies', 'procedures', 'procedure', 'course', 'courses', 'lead', 'leads', 'officer',
  'team', 'update', 'updates', 'awareness', 'week', 'certificate', 'helpline',
]); // prettier-ignore

/**
 * Of the given sentences, those that advise the reader rather than tell of a case: an order or a condition ("If a
 * child tells you something, pass it to the DSL", "Contact the safeguarding team about any child you are worried
 * about"). Read from the sentence's structure (tagged when the host has tagged it).
 */
function adviceSentences(
  text: string,
  tokens: readonly ToneToken[],
  sentences: ReadonlySet<number>,
): Set<number> {
  const advice = new Set<number>();
  if (sentences.size === 0) return advice;
  for (const reading of readSentences(text, tokens, (sentence) => sentences.has(sentence))) {
    const opening = tokens.find((token) => token.sentence === reading.index);
    if (reading.imperative || opening?.key === 'if') advice.add(reading.index);
  }
  return advice;
}

export function findConfidential(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const hits: RuleHit[] = [];
  const general = (last: number): boolean => GENERAL_AFTER.has(tokens[last + 1]?.key ?? '');
  let school: ReturnType<typeof SCHOOL.find> | undefined;
  for (const match of LEXICON.find(tokens)) {
    if (!plain(tokens, match, 2)) continue;
    // "child protection training", "safeguarding policy": the subject in general, not a case.
    if (match.entry.kind === 'safeguarding' && general(match.last)) continue;
    if (!ALONE.has(match.entry.term)) {
      school ??= SCHOOL.find(tokens);
      if (!near(tokens, school, match.first, match.last, 12)) continue;
    }
    hits.push(hit(match, 'warning', MESSAGES[match.entry.kind]!));
  }
  // A child or family, and what is disclosed about them.
  const children = CHILDREN.find(tokens).filter((match) => !isQuoted(tokens, match.first, match.last));
  if (children.length > 0) {
    const welfare = WELFARE.find(tokens).filter((match) => plain(tokens, match, 2) && !general(match.last));
    const pairs = pairTargets(tokens, children, welfare);
    const advice = adviceSentences(
      text,
      tokens,
      new Set(pairs.map((pair) => tokens[pair.act.first]!.sentence)),
    );
    for (const pair of pairs)
      if (!advice.has(tokens[pair.act.first]!.sentence))
        hits.push(hit(pairSpan(pair), 'warning', MESSAGES.safeguarding!));
  }
  // A hint of a secret about the school, its staff or a family.
  const hints = HINTS.find(tokens).filter((match) => !isQuoted(tokens, match.first, match.last));
  if (hints.length > 0) {
    const subjects = SUBJECTS.find(tokens);
    // A hint often stands as its own short sentence: "My lips are sealed."
    for (const pair of pairTargets(tokens, subjects, hints, 5))
      hits.push(hit(pairSpan(pair), 'warning', MESSAGES.secrecy!));
  }
  return mergeHits(hits);
}

export const confidential: RuleDefinition = {
  id: 'confidential',
  category: 'confidential',
  policy: 'confidentiality',
  scope: 'passage',
  create() {
    // The trained classifier speaks where the rule is silent (src/engine/tone/conduct-classifier.ts).
    return (text) =>
      withConductClassifier('confidential', text, findConfidential(text), MESSAGES.unannounced!);
  },
};
