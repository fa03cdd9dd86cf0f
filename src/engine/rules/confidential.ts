import type { RuleDefinition, RuleHit } from '../rule';
import { CONFIDENTIAL, CONFIDENTIAL_ALONE, SCHOOL_CONTEXT } from '../data/tone-conduct';
import { compileLexicon } from '../tone/lexicon';
import { hit, mergeHits, near, plain } from '../tone/conduct';
import { sharedToneTokens } from '../tone/tokens';

/**
 * Confidential material: safeguarding and pupil-welfare details (a disclosure, social services, child
 * protection, exclusions, diagnoses), school business before it is public (an inspection call, a restructure,
 * redundancies), and anything that says it is confidential ("between us", "keep it quiet"). The policy: "Do
 * not publish confidential or commercially sensitive material". Clear-cut phrases count alone; the rest
 * ("excluded", "diagnosed with", "merger") only with a word that places them in school nearby.
 */

const LEXICON = compileLexicon(CONFIDENTIAL);
const SCHOOL = compileLexicon(SCHOOL_CONTEXT);
const ALONE = new Set(CONFIDENTIAL_ALONE);

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
  'team', 'update', 'updates', 'awareness', 'week', 'certificate',
]); // prettier-ignore

export function findConfidential(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const hits: RuleHit[] = [];
  let school: ReturnType<typeof SCHOOL.find> | undefined;
  for (const match of LEXICON.find(tokens)) {
    if (!plain(tokens, match, 2)) continue;
    // "child protection training", "safeguarding policy": the subject in general, not a case.
    if (match.entry.kind === 'safeguarding' && GENERAL_AFTER.has(tokens[match.last + 1]?.key ?? '')) continue;
    if (!ALONE.has(match.entry.term)) {
      school ??= SCHOOL.find(tokens);
      if (!near(tokens, school, match.first, match.last, 12)) continue;
    }
    hits.push(hit(match, 'warning', MESSAGES[match.entry.kind]!));
  }
  return mergeHits(hits);
}

export const confidential: RuleDefinition = {
  id: 'confidential',
  category: 'confidential',
  policy: 'confidentiality',
  scope: 'passage',
  create() {
    return (text) => findConfidential(text);
  },
};
