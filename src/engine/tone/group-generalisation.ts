/**
 * The discriminatory rule's broad reading of what a sentence says of a group (issue 13), beside the listed
 * predicates and patterns of group-acts.ts: the group, then within the rest of its sentence
 *   generalise  a negative word (VADER's negative words, or the trait class: "drunk", "thieves", "stink up",
 *               "leeches", "a danger to…") said of it and not denied ("Polish lads are always drunk")
 *   deny        a modal denying it a role or an ability ("can't lead schools", "shouldn't be refereeing",
 *               "Indians can't drive") — a short clause or a role, not an everyday "can't make Friday"
 *   expel       a verb of removal ("should be moved on", "turned back at sea", "deport every last one of…")
 * Everyday group words ("girls", "boys") count only in a present-tense generalisation or a denial ("girls are
 * rubbish at…", "girls can't…"). A group the writer belongs to ("we Travellers"), a group after a preposition
 * ("support for migrants", "a talk from…") and a sentence that celebrates, teaches or reports are left alone.
 */
import type { GroupAct } from '../data/tone-group-acts';
import type { GroupEntry } from '../data/tone-identity';
import { isNegated, isNegator } from './context';
import { inClass, isNegativeWord } from './act-reading';
import type { LexiconMatch } from './lexicon';
import type { ToneToken } from './tokens';

export interface GroupGeneralisation {
  group: LexiconMatch<GroupEntry>;
  act: GroupAct;
  first: number;
  last: number;
}

/** How far after the group its predicate may reach. */
const REACH = 10;
/** Words before a group that make it the object of help, talk or company, not the subject of a claim. */
const OBJECT_BEFORE = new Set(['to', 'for', 'with', 'about', 'from', 'by', 'against', 'towards', 'among', 'amongst', 'welcomed', 'welcome', 'support', 'supporting', 'helping', 'help', 'meet', 'met', 'thank', 'celebrate', 'celebrating', 'proud', 'our']); // prettier-ignore
/** "can't wait", "can't believe", "can't stop smiling", "can't help": idioms, not denials. */
const NOT_DENIAL = new Set(['wait', 'believe', 'stop', 'help', 'thank', 'get', 'make', 'come', 'attend', 'find', 'see', 'be']); // prettier-ignore
/** Removal verbs that need a direction word to be an expulsion ("send them back", not "send them a letter"). */
const NEEDS_DIRECTION = new Set(['send', 'sent', 'pack', 'packed', 'ship', 'kick', 'boot', 'move', 'moved', 'turn', 'turned', 'keep', 'kept', 'lock', 'locked']); // prettier-ignore
const DIRECTION = new Set(['back', 'out', 'home', 'away', 'on', 'packing', 'up', 'off']);
const STRONG_REMOVAL = new Set(['deport', 'deported', 'deporting', 'expel', 'expelled', 'ban', 'banned', 'remove', 'removed']); // prettier-ignore
const DEHUMANISING = new Set(['vermin', 'rat', 'rats', 'rabbits', 'cockroach', 'parasite', 'parasites', 'leech', 'leeches', 'animal', 'animals', 'disease', 'plague', 'swarm', 'swarming', 'infest', 'breed', 'invasion', 'invade']); // prettier-ignore
const SINGULAR_BEFORE = new Set(['a', 'an', 'one', 'this', 'that', 'my', 'his', 'her']);
const PRESENT_BE = new Set(['are', 're', 'is', 's']);

export function findGroupGeneralisations(
  tokens: readonly ToneToken[],
  groups: readonly LexiconMatch<GroupEntry>[],
): GroupGeneralisation[] {
  const hits: GroupGeneralisation[] = [];
  const key = (i: number): string => tokens[i]?.key ?? '';
  const inGroup = (i: number): boolean => groups.some((group) => group.first <= i && i <= group.last);
  const celebrated = new Set<number>();
  tokens.forEach((token) => {
    if (!token.quoted && inClass(token, 'teaching')) celebrated.add(token.sentence);
  });
  for (const group of groups) {
    const sentence = tokens[group.first]!.sentence;
    if (celebrated.has(sentence) || tokens[group.first]!.quoted) continue;
    const before = tokens[group.first - 1];
    if (before && before.sentence === sentence && OBJECT_BEFORE.has(before.key)) continue;
    if (inClass(tokens[group.first - 1], 'writer') || inClass(tokens[group.first - 2], 'writer')) continue;
    // "a black man", "this Muslim woman": one person, not a group.
    if (before && before.sentence === sentence && SINGULAR_BEFORE.has(before.key)) continue;
    let end = group.last;
    while (end + 1 < tokens.length && tokens[end + 1]!.sentence === sentence && end - group.last < REACH)
      end++;
    const everyday = group.entry.everyday === true;
    const add = (act: GroupAct, last: number): void => {
      if (!hits.some((other) => other.first <= last && group.first <= other.last))
        hits.push({ group, act, first: group.first, last });
    };

    // deny: a modal denying a role or an ability.
    for (let i = group.last + 1; i <= Math.min(end, group.last + 4); i++) {
      if (!inClass(tokens[i], 'denial')) continue;
      let verb = i + 1;
      if (key(verb) === 't') verb++;
      const negative =
        key(i + 1) === 't' ||
        key(i) === 'never' ||
        key(verb) === 'never' ||
        key(i).endsWith('nt') ||
        key(i) === 'cannot';
      if (key(verb) === 'never') verb++;
      if (!negative || verb > end || (NOT_DENIAL.has(key(verb)) && key(verb) !== 'be')) continue;
      const clauseEnd = (() => {
        let j = verb;
        while (tokens[j + 1] && tokens[j + 1]!.clause === tokens[verb]!.clause) j++;
        return j;
      })();
      const role =
        (key(verb) === 'be' &&
          (/ing$/.test(key(verb + 1)) ||
            key(verb + 1) === 'allowed' ||
            key(verb + 1) === 'trusted' ||
            inClass(tokens[verb + 1], 'removal'))) ||
        inClass(tokens[verb], 'removal');
      if (NOT_DENIAL.has(key(verb)) && !role) continue;
      if (role || clauseEnd - verb <= 2) {
        add('deny', Math.min(clauseEnd, verb + 2));
        break;
      }
    }
    if (hits.some((hit) => hit.group === group)) continue;

    // expel: a verb of removal after the group ("should be moved on") or before it ("deport every last one of…").
    // Never for everyday words: "Send all girls out to the playground".
    for (let i = Math.max(0, group.first - 6); i <= end && !everyday; i++) {
      if (inGroup(i) || tokens[i]!.sentence !== sentence) continue;
      const strong = STRONG_REMOVAL.has(key(i));
      const directed =
        NEEDS_DIRECTION.has(key(i)) &&
        [1, 2, 3, 4].some((d) => DIRECTION.has(key(i + d)) && tokens[i + d]!.sentence === sentence);
      if ((strong || directed) && !isNegated(tokens, i, 3)) {
        add('expel', Math.max(i, group.last));
        break;
      }
    }
    if (hits.some((hit) => hit.group === group)) continue;

    // generalise: a negative word said of the group, not denied.
    const start = group.last + 1;
    if (everyday) {
      // "Girls are rubbish at maths": present tense, the verdict right after.
      if (!PRESENT_BE.has(key(start))) continue;
      end = Math.min(end, start + 3);
    }
    for (let i = start; i <= end; i++) {
      if (inGroup(i) || tokens[i]!.quoted) continue;
      if (!isNegativeWord(tokens[i], 'trait')) continue;
      // "Immigrants are not…", "Nobody should say that Jews are…": a negation anywhere before it in the sentence.
      let denied = false;
      for (let j = i - 1; j >= 0 && tokens[j]!.sentence === sentence; j--)
        if (isNegator(tokens, j)) denied = true;
      if (denied) continue;
      add(DEHUMANISING.has(key(i)) ? 'dehumanise' : 'generalise', i);
      break;
    }
  }
  return hits;
}
