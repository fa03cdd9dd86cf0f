import type { RuleDefinition, RuleHit } from '../rule';
import { GRIEVANCE_COMPLAINTS, GRIEVANCE_TARGETS, WORKLOAD } from '../data/tone-conduct';
import { compileLexicon } from '../tone/lexicon';
import { framedSentences } from '../tone/context';
import { hit, near, plain } from '../tone/conduct';
import { sharedToneTokens } from '../tone/tokens';

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
    if (!near(tokens, targets, match.first, match.last, 8)) continue;
    const target = targets.find(
      (candidate) =>
        tokens[candidate.first]!.sentence === tokens[match.first]!.sentence &&
        Math.abs(candidate.first - match.first) <= 9,
    )!;
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
