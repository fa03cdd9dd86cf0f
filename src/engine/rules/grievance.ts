import type { RuleDefinition, RuleHit } from '../rule';
import { GRIEVANCE_COMPLAINTS, GRIEVANCE_TARGETS, WORKLOAD } from '../data/tone-conduct';
import { compileLexicon } from '../tone/lexicon';
import { framedSentences } from '../tone/context';
import { hit, near, plain, type ConductMatch } from '../tone/conduct';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';

/**
 * Grievance: complaints about the school as an employer, its leaders, governors or colleagues, or about workload
 * ("our head has no idea", "SLT dumped marking on us"). The policy: "Do not use social media to air internal
 * grievances". A complaint word counts only near a word for the school's leaders, colleagues or the job, in the
 * same sentence; praise ("our head has been amazing") and negated complaints are left alone.
 */

const TARGETS = compileLexicon(GRIEVANCE_TARGETS);
const COMPLAINTS = compileLexicon(GRIEVANCE_COMPLAINTS);
const WORKLOAD_LEXICON = compileLexicon(WORKLOAD);

const MESSAGE =
  'This airs a complaint about work, leaders or colleagues. The policy says not to use social media to air internal grievances: raise it in school instead.';

export function findGrievance(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const hits: RuleHit[] = [];
  const framed = framedSentences(tokens);
  for (const match of WORKLOAD_LEXICON.find(tokens)) {
    if (plain(tokens, match)) hits.push(hit(match, 'warning', MESSAGE));
  }
  const targets = TARGETS.find(tokens);
  if (targets.length === 0) return hits;
  const flagged = new Set(hits.map((found) => tokens.findIndex((token) => token.start === found.start)));
  for (const match of COMPLAINTS.find(tokens)) {
    if (!plain(tokens, match) || flagged.has(match.first)) continue;
    if (framed.get(tokens[match.first]!.sentence) === 'teaching') continue;
    const target = near(tokens, targets, match.first, match.last, 8)
      ? targets.find(
          (candidate) =>
            tokens[candidate.first]!.sentence === tokens[match.first]!.sentence &&
            Math.abs(candidate.first - match.first) <= 9,
        )
      : exclaimedAbout(tokens, targets, match);
    if (!target) continue;
    hits.push(
      hit(
        { start: Math.min(target.start, match.start), end: Math.max(target.end, match.end) },
        'warning',
        MESSAGE,
      ),
    );
  }
  return dedupe(hits);
}

/**
 * A verdict standing alone as a short sentence right after a sentence that names a target: "The head cancelled
 * our PPA again. Fuming." Returns that target.
 */
function exclaimedAbout(
  tokens: readonly ToneToken[],
  targets: readonly ConductMatch[],
  match: ConductMatch,
): ConductMatch | undefined {
  const sentence = tokens[match.first]!.sentence;
  if (sentence === 0) return undefined;
  // At most three words in the verdict's sentence: look no further than that either side.
  let words = 0;
  for (let i = Math.max(0, match.first - 3); i <= Math.min(tokens.length - 1, match.last + 3); i++)
    if (tokens[i]!.sentence === sentence) words++;
  if (words > 3) return undefined;
  return targets.find((candidate) => tokens[candidate.first]!.sentence === sentence - 1);
}

function dedupe(hits: RuleHit[]): RuleHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuleHit[] = [];
  for (const current of hits) {
    const previous = out[out.length - 1];
    if (previous && current.start < previous.end) previous.end = Math.max(previous.end, current.end);
    else out.push({ ...current });
  }
  return out;
}

export const grievance: RuleDefinition = {
  id: 'grievance',
  category: 'grievance',
  policy: 'no-internal-grievances',
  scope: 'passage',
  create() {
    return (text) => findGrievance(text);
  },
};
