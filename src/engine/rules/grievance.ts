import type { RuleDefinition, RuleHit } from '../rule';
import {
  GRIEVANCE_ACTS,
  GRIEVANCE_FEAR,
  GRIEVANCE_NEGATED_PRAISE,
  GRIEVANCE_TARGETS,
  GRIEVANCE_WEAK_ACTS,
  WORKLOAD,
  type GrievanceEntry,
} from '../data/grievance';
import { compileLexicon, type LexiconMatch } from '../tone/lexicon';
import { framedSentences, isNegated, isQuoted } from '../tone/context';
import { hit, mergeHits, plain } from '../tone/conduct';
import { isInnocentDenial, pairSpan, pairTargets, refusalsAfter } from '../tone/target-act';
import { readSentences } from '../tone/sentence-reading';
import { judgingWords, STRONGLY_NEGATIVE } from '../tone/negative-evaluation';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';

/**
 * Grievance: airing complaints about the school as an employer, its leaders, governors or colleagues, or the
 * workload. The policy: "Do not use social media to air internal grievances". The rule finds who the sentence is
 * about (src/engine/data/grievance.ts: "our head", "SLT", "the people running my school", "the people upstairs",
 * the workload's meetings and paperwork) and what it does to them: a verdict ("a shambles", or a denial read from
 * the sentence: "couldn't organise a fire drill", "wouldn't know a behaviour policy"), an outburst ("Absolutely
 * fuming"), a burden ("expected to rewrite every plan"), a rhetorical "why" question, or sarcastic thanks ("Cheers
 * for the extra paperwork, bosses") beside a second cue. Praise ("our head has been amazing"), negated complaints and
 * teaching about the subject are left alone. Workload complaints that name the job count alone.
 */

type GrievanceMatch = LexiconMatch<GrievanceEntry>;

const TARGETS = compileLexicon(GRIEVANCE_TARGETS);
const ACTS = compileLexicon(GRIEVANCE_ACTS);
const WEAK_ACTS = compileLexicon(GRIEVANCE_WEAK_ACTS);
const NEGATED_PRAISE = compileLexicon(GRIEVANCE_NEGATED_PRAISE);
const WORKLOAD_LEXICON = compileLexicon(WORKLOAD);
const FEAR = compileLexicon(GRIEVANCE_FEAR);
/**
 * Leaders named by their role after a determiner and up to two describing words: "the new head", "our interim
 * exec head", "this so-called leadership team". The lists name the plain forms; this reads the rest.
 */
const DETERMINERS = new Set(['the', 'our', 'my', 'this', 'that', 'their', 'his', 'her', 'your']);
const LEADER_NOUNS = new Set([
  'head', 'headteacher', 'headmaster', 'headmistress', 'deputy', 'principal', 'ceo', 'slt', 'smt', 'leadership',
  'management', 'governors', 'trust', 'mat', 'bosses', 'boss', 'manager', 'managers', 'leaders', 'leader', 'hod',
  'senco', 'exec', 'executive', 'board',
]); // prettier-ignore
/** Words that end the run between a determiner and a role: the role is not the determiner's noun. */
const NOT_DESCRIBING = new Set([
  'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'a', 'an', 'the',
  'has', 'have', 'had', 'who', 'that', 'than', 'as', 'by', 'from', 'school', 'class', 'football', 'rugby', 'team',
]); // prettier-ignore
/** After "head": a body part or a verb, not the head teacher ("my head hurts", "head over to", "head of hair"). */
const NOT_THE_HEAD_AFTER = new Set([
  'lice', 'over', 'out', 'off', 'to', 'start', 'count', 'hurts', 'hurt', 'injury', 'of', 'down', 'up', 'back',
  'first', 'home', 'girl', 'boy', 'chef', 'coach', 'gardener', 'cook', 'torch', 'ache', 'band', 'scarf',
]); // prettier-ignore
/** Eye-roll, upside-down and unamused faces, and clapping: sarcasm, a weak cue like "Cheers". */
const SARCASTIC_EMOJI = /[\u{1F644}\u{1F643}\u{1F612}\u{1F44F}]/gu;

/** A sentence of at most this many words pairs with a target in the sentence beside it. */
const BESIDE = 5;

const MESSAGE =
  'This airs a complaint about work, leaders or colleagues. The policy says not to use social media to air internal grievances: raise it in school instead.';

/** Words that make a sentence framed as teaching a lesson, not a complaint that "used to be" or "challenging" framed. */
const LESSON_WORDS = new Set([
  'lesson', 'lessons', 'assembly', 'learning', 'learnt', 'learned', 'teaching', 'taught', 'teach', 'discussing',
  'discussed', 'discussion', 'history', 'month', 'awareness', 'topic', 'pshe', 'rshe', 'class',
]); // prettier-ignore

const ROLE_ENTRY: GrievanceEntry = {
  term: 'the new head',
  kind: 'target',
  note: 'A leader named by role after a determiner and describing words',
};

/** "the new head", "our interim exec head": a determiner, one or two describing words, a leader's role. */
function describedLeaders(tokens: readonly ToneToken[]): GrievanceMatch[] {
  const found: GrievanceMatch[] = [];
  tokens.forEach((token, i) => {
    if (!LEADER_NOUNS.has(token.key)) return;
    if (token.key === 'head' && NOT_THE_HEAD_AFTER.has(tokens[i + 1]?.key ?? '')) return;
    for (let back = 2; back <= 3; back++) {
      const determiner = tokens[i - back];
      if (!determiner || determiner.sentence !== token.sentence) return;
      const between = tokens.slice(i - back + 1, i);
      if (between.some((word) => NOT_DESCRIBING.has(word.key) || word.sentence !== token.sentence)) return;
      if (DETERMINERS.has(determiner.key)) {
        found.push({
          entry: ROLE_ENTRY,
          first: i - back,
          last: i,
          start: determiner.start,
          end: token.end,
          fuzzy: false,
        });
        return;
      }
    }
  });
  return found;
}

/** After "the school": a place or an event at school, not the school as employer ("the school gates"). */
const NOT_THE_EMPLOYER_AFTER = new Set([
  'gates', 'gate', 'run', 'trip', 'hall', 'field', 'car', 'office', 'bus', 'play', 'fair', 'nurse', 'playground',
  'grounds', 'library', 'kitchen', 'choir', 'nativity', 'holidays', 'holiday', 'uniform', 'photographer',
]); // prettier-ignore

function targetsIn(tokens: readonly ToneToken[]): GrievanceMatch[] {
  return [...TARGETS.find(tokens), ...describedLeaders(tokens)].filter(
    (match) =>
      (!match.entry.capitalOnly || tokens[match.first]!.capital) &&
      !isQuoted(tokens, match.first, match.last) &&
      !(
        tokens[match.last]!.key === 'school' && NOT_THE_EMPLOYER_AFTER.has(tokens[match.last + 1]?.key ?? '')
      ),
  );
}

/** A weak cue for each sarcastic emoji, on the word before it. */
function emojiCues(text: string, tokens: readonly ToneToken[]): GrievanceMatch[] {
  const entry = GRIEVANCE_WEAK_ACTS.find((candidate) => candidate.kind === 'sarcasm')!;
  const cues: GrievanceMatch[] = [];
  for (const found of text.matchAll(SARCASTIC_EMOJI)) {
    let i = tokens.length - 1;
    while (i > 0 && tokens[i]!.start > found.index) i--;
    if (tokens[i])
      cues.push({
        entry,
        first: i,
        last: i,
        start: found.index,
        end: found.index + found[0].length,
        fuzzy: false,
      });
  }
  return cues;
}

/** Words in scare quotes ("the 'optional' twilight", "'manageable'"): a weak cue of sarcasm. */
function scareQuotes(tokens: readonly ToneToken[]): GrievanceMatch[] {
  const entry = GRIEVANCE_WEAK_ACTS.find((candidate) => candidate.kind === 'sarcasm')!;
  const cues: GrievanceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.quoted || tokens[i - 1]?.quoted) continue;
    let last = i;
    while (tokens[last + 1]?.quoted && tokens[last + 1]!.sentence === tokens[i]!.sentence) last++;
    // A short phrase, not a quotation of what someone said.
    if (last - i < 6)
      cues.push({ entry, first: i, last, start: tokens[i]!.start, end: tokens[last]!.end, fuzzy: false });
    i = last;
  }
  return cues;
}

export function findGrievance(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const hits: RuleHit[] = [];
  for (const match of [...WORKLOAD_LEXICON.find(tokens), ...FEAR.find(tokens)])
    if (plain(tokens, match)) hits.push(hit(match, 'warning', MESSAGE));
  const targets = targetsIn(tokens);
  if (targets.length === 0) return mergeHits(hits);

  const framed = framedSentences(tokens);
  const lessonSentences = new Set(
    tokens.filter((token) => LESSON_WORDS.has(token.key)).map((token) => token.sentence),
  );
  // Teaching about the subject, not the general framing words ("used to be", "challenging"): "lesson on bullying".
  const teaching = (match: GrievanceMatch): boolean => {
    const sentence = tokens[match.first]!.sentence;
    return framed.get(sentence) === 'teaching' && lessonSentences.has(sentence);
  };
  const strong = ACTS.find(tokens).filter((match) => plain(tokens, match) && !teaching(match));
  strong.push(
    ...NEGATED_PRAISE.find(tokens).filter(
      (match) => isNegated(tokens, match.first, 8) && !isQuoted(tokens, match.first, match.last),
    ),
  );
  // The broad class: strongly negative words pair as any verdict does; milder ones only in the target's sentence.
  const verdictEntry = GRIEVANCE_ACTS.find((entry) => entry.kind === 'verdict')!;
  const negative = judgingWords(tokens)
    .filter((match) => !teaching({ ...match, entry: verdictEntry }))
    .map((match) => ({
      ...match,
      entry: { ...verdictEntry, term: match.entry.term },
      rating: match.entry.rating,
    }));
  const mildNegative = negative.filter((match) => match.rating > STRONGLY_NEGATIVE);
  strong.push(...negative.filter((match) => match.rating <= STRONGLY_NEGATIVE));
  const weak = [
    ...WEAK_ACTS.find(tokens).filter((match) => plain(tokens, match)),
    ...emojiCues(text, tokens),
    ...scareQuotes(tokens),
  ];

  // Structure, read only in sentences that name a target: a denial said of the target ("couldn't organise").
  const marked = new Set(targets.map((target) => tokens[target.first]!.sentence));
  const verdict = GRIEVANCE_ACTS.find((entry) => entry.kind === 'verdict')!;
  for (const reading of readSentences(text, tokens, (sentence) => marked.has(sentence))) {
    const { subject, denial } = reading;
    const aboutTarget =
      subject !== undefined &&
      targets.some((target) => target.first <= subject.last && target.last >= subject.first);
    // "Our head couldn't be prouder", "can't wait to meet you": praise in a denial's shape.
    if (aboutTarget && denial && !reading.question && !isInnocentDenial(tokens, denial.last))
      strong.push({
        entry: verdict,
        first: denial.first,
        last: denial.last,
        start: tokens[denial.first]!.start,
        end: tokens[denial.last]!.end,
        fuzzy: false,
      });
  }

  // A refusal said of a target anywhere in the sentence: "because the head won't hire supply".
  for (const refusal of refusalsAfter(tokens, targets))
    if (!teaching({ ...refusal, entry: verdict, fuzzy: false }))
      strong.push({ ...refusal, entry: verdict, fuzzy: false });

  // A verdict often follows as its own short sentence: "Meanwhile three people off with stress."
  const strongPairs = [
    ...pairTargets(tokens, targets, strong, BESIDE),
    ...pairTargets(tokens, targets, mildNegative, 0),
  ];
  const weakPairs = pairTargets(tokens, targets, weak, BESIDE);
  for (const pair of strongPairs) hits.push(hit(pairSpan(pair), 'warning', MESSAGE));
  // A weak cue needs a second cue about a target in the post: "Cheers for the extra paperwork, bosses".
  // Two different cues: "another inset day, another lanyard" repeats one.
  const weakCues = new Set(weakPairs.map((pair) => pair.act.entry.term)).size;
  if (strongPairs.length + weakCues >= 2)
    for (const pair of weakPairs) hits.push(hit(pairSpan(pair), 'warning', MESSAGE));
  return mergeHits(hits);
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
