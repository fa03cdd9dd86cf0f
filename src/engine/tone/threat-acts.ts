/**
 * The harassment rule's reading of the act (issue 13): what a message threatens, whatever its words. It reads a
 * sentence together with the next one ("Nice car. Shame if something happened to it.") through the word classes
 * of data/tone-act-classes.ts:
 *   consequence  the reader, a future, and harm ("you're going to regret…", "you'll be leaving in an ambulance")
 *   ultimatum    a condition and the writer coming, or "or else" split by full stops ("Delete. Or. Else.")
 *   watching     knowing where the reader is, or their life beside menace ("I know which gym you go to",
 *                "lovely family… be a pity to upset them")
 *   exposure     the reader's boss or family and seeing or sending ("your boss would love to see these")
 *   deserved     harm someone deserves ("people like you deserve a slap")
 *   waiting      the writer waiting for or catching the reader somewhere menacing ("we'll be waiting… all of us")
 *   pile-on      a crowd, a thing to do to a third person, and the end it aims at ("make this woman's life hell")
 * A window about school logistics (a trip, a form, a bake sale) with no harm of its own is left alone, as is a
 * negated or quoted harm.
 */
import { isNegated } from './context';
import { baseForms, classIndex, inClass, isNegativeWord, sentences } from './act-reading';
import type { ToneToken } from './tokens';

export type ThreatKind = 'threat' | 'pile-on' | 'violence';

export interface ThreatActHit {
  kind: ThreatKind;
  first: number;
  last: number;
}

const WHERE = new Set(['where', 'which', 'what', 'who', 'when', 'whereabouts']);
/** Menace words strong enough on their own beside the reader's life. */
const STRONG_MENACE = new Set(['shame', 'pity', 'careful', 'alone', 'shoulder', 'accident', 'unfortunate', 'happen', 'wisely', 'dark', 'sudden']); // prettier-ignore
/** Verbs that do harm to the reader named right after them: "teach you a lesson", "make you pay". */
const DOING_TO = new Set(['teach', 'make', 'give', 'show', 'sort', 'hurt', 'end', 'finish', 'ruin', 'destroy', 'bury', 'get']); // prettier-ignore
/** Saying it again somewhere the writer can reach: "say that to my face", "repeat that outside". */
const SAY_AGAIN = new Set(['say', 'saying', 'repeat', 'repeating', 'said']);
const IN_PERSON = new Set(['outside', 'face', 'person', 'gates', 'car']);
/** Where a waiting writer finds the reader alone or in numbers. */
const MENACING_PLACE = new Set(['alone', 'own', 'outside', 'all', 'tonight', 'tomorrow', 'home', 'gates', 'pick', 'car', 'dark', 'counting']); // prettier-ignore
const WAIT = new Set(['waiting', 'wait', 'catch', 'find', 'visit', 'coming', 'come']);
const VIOLENT = new Set(['slap', 'smack', 'punch', 'kicking', 'battering', 'beating', 'hiding', 'thump', 'stab', 'ambulance', 'hospital']); // prettier-ignore

/** Classes and words without which no act below can be read. */
const TRIGGER_CLASSES = [
  'harm',
  'menace',
  'knowing',
  'exposure',
  'crowdAct',
  'deserve',
  'enforcers',
] as const;
const TRIGGER_KEYS = new Set(['or', 'place', ...SAY_AGAIN, ...WAIT]);

export function findThreatActs(tokens: readonly ToneToken[]): ThreatActHit[] {
  const hits: ThreatActHit[] = [];
  const ranges = sentences(tokens);
  // Most sentences hold no word any act needs: mark the ones that do, in one pass, and read only those windows.
  const triggers: number[] = [];
  tokens.forEach((token, i) => {
    if (
      !token.quoted &&
      (TRIGGER_CLASSES.some((name) => inClass(token, name)) || TRIGGER_KEYS.has(token.key))
    )
      triggers.push(i);
  });
  if (triggers.length === 0) return [];
  let nextTrigger = 0;
  ranges.forEach((range, index) => {
    while (nextTrigger < triggers.length && triggers[nextTrigger]! < range.first) nextTrigger++;
    const windowEnd = ranges[index + 1]?.last ?? range.last;
    if (nextTrigger >= triggers.length || triggers[nextTrigger]! > windowEnd) return;
    // A sentence and the one after it; a run of one-word sentences ("Or. Else.") joins on.
    let last = range.last;
    const next = ranges[index + 1];
    if (next) last = next.last;
    const first = range.first;
    const has = classIndex(tokens, first, last);
    const key = (i: number): string => tokens[i]?.key ?? '';
    const inWindow = (i: number): boolean => i >= first && i <= last;
    const readers = has('reader');
    /** "I know…", "we know…", "everyone knows…": the writer or a crowd knows, not "your friends know". */
    const subjectIsWriterOrCrowd = (i: number): boolean =>
      [1, 2, 3].some(
        (d) =>
          tokens[i - d]?.sentence === tokens[i]!.sentence &&
          (inClass(tokens[i - d], 'writer') || ['everyone', 'everybody', 'all'].includes(key(i - d))),
      );
    const writers = has('writer');
    const harms = has('harm').filter((i) => !isNegated(tokens, i, 5) && !inClass(tokens[i - 1], 'writer'));
    const logistics = has('logistics').length > 0;
    const add = (kind: ThreatKind, from: number, to: number): void => {
      const a = Math.min(from, to);
      const b = Math.max(from, to);
      if (!hits.some((other) => other.first <= b && a <= other.last)) hits.push({ kind, first: a, last: b });
    };

    // consequence: the reader, then a future, then harm ("you're going to regret it", "you'll pay").
    for (const r of readers) {
      if (r > range.last) break;
      const future = [1, 2, 3, 4].map((d) => r + d).find((i) => inWindow(i) && inClass(tokens[i], 'future'));
      if (future === undefined) continue;
      const harm = harms.find(
        (h) => h > future && h - future <= 5 && tokens[h]!.sentence === tokens[r]!.sentence,
      );
      if (harm !== undefined && !(logistics && !VIOLENT.has(key(harm)))) add('threat', r, harm);
      // "You'll be hearing from my brothers": people brought in to deal with the reader.
      const enforcer = [2, 3, 4, 5, 6]
        .map((d) => future + d)
        .find((i) => inWindow(i) && inClass(tokens[i], 'enforcers') && inClass(tokens[i - 1], 'writer'));
      if (enforcer !== undefined) add('threat', r, enforcer);
    }
    // "You've made an enemy", "you'll regret this", "people who cross me regret it".
    const enemy = harms.find((h) => key(h) === 'enemy' && readers.some((r) => r < h && h - r <= 4));
    if (enemy !== undefined) add('threat', first, enemy);
    const crossMe = has('menace').find((i) => key(i) === 'cross' && inClass(tokens[i + 1], 'writer'));
    if (crossMe !== undefined && harms.length > 0) add('threat', crossMe, harms[0]!);

    // ultimatum: a condition and the writer coming ("…or I'm coming round"), or "or else" at the end.
    for (const i of has('condition')) {
      if (key(i) === 'or' && key(i + 1) === 'else' && tokens[i + 2]?.sentence !== tokens[i + 1]!.sentence)
        add('threat', i, i + 1);
      if (key(i) === 'or' && inClass(tokens[i + 1], 'writer')) {
        const coming = [2, 3, 4].map((d) => i + d).find((j) => inWindow(j) && inClass(tokens[j], 'coming'));
        if (coming !== undefined && !logistics) add('threat', i, coming);
      }
    }

    // watching: knowing where the reader is ("I know which gym you go to", "we know where you live").
    for (const i of has('knowing')) {
      if (!subjectIsWriterOrCrowd(i)) continue;
      const where = [1, 2].map((d) => i + d).find((j) => inWindow(j) && WHERE.has(key(j)));
      if (where === undefined) continue;
      const reader = readers.find((r) => r > where && r - where <= 4);
      const life = has('life').find((l) => l > where && l - where <= 5);
      if (reader !== undefined && (life !== undefined || key(where) === 'who') && !logistics)
        add('threat', i, Math.max(reader, life ?? reader));
    }
    // knowing the reader's life: "everyone knows your reg plate now".
    for (const i of has('knowing')) {
      if (!subjectIsWriterOrCrowd(i)) continue;
      const yours = [1, 2]
        .map((d) => i + d)
        .find((j) => inWindow(j) && (key(j) === 'your' || key(j) === 'ur'));
      if (yours !== undefined && inClass(tokens[yours + 1], 'life') && !logistics)
        add('threat', i, yours + 1);
    }
    // the reader's life beside menace ("Nice car. Shame if something happened to it.").
    const lives = has('life');
    const strong = (i: number): boolean =>
      baseForms(key(i)).some((form) => STRONG_MENACE.has(form)) ||
      // "Interesting." on its own after something about the reader's life.
      (key(i) === 'interesting' &&
        tokens[i - 1]?.sentence !== tokens[i]!.sentence &&
        tokens[i + 1]?.sentence !== tokens[i]!.sentence);
    const menace = has('menace').filter(strong);
    /** Beside the reader's life, "happen" needs a "shame" or a "pity" with it; the others stand alone. */
    const lifeMenace = menace.filter((i) => !baseForms(key(i)).includes('happen'));
    // Two kinds of menace together, even with no reader named: "nothing will happen… I'd be careful".
    const kinds = new Set(
      menace.map((i) => baseForms(key(i)).find((form) => STRONG_MENACE.has(form)) ?? key(i)),
    );
    if (kinds.size >= 2 && !logistics) add('threat', menace[0]!, menace[menace.length - 1]!);
    // "Keep running your mouth and watch what happens": a condition and what will happen.
    const happens = menace.find((i) => baseForms(key(i)).includes('happen'));
    if (
      happens !== undefined &&
      readers.length > 0 &&
      has('condition').some((c) => c < happens) &&
      !logistics
    )
      add('threat', Math.min(readers[0]!, happens), happens);
    // Harm done straight to the reader: "teach you a lesson", "make you pay", "I'll hurt you".
    for (const r of readers) {
      if (!DOING_TO.has(key(r - 1)) && !(inClass(tokens[r - 1], 'harm') && !isNegated(tokens, r - 1, 4)))
        continue;
      const harm = harms.find((h) => h > r && h - r <= 3);
      if (
        (harm !== undefined || inClass(tokens[r - 1], 'harm')) &&
        !logistics &&
        !inClass(tokens[r - 2], 'reader')
      )
        add('threat', r - 1, harm ?? r);
    }
    // Saying it again within reach: "Fancy repeating that outside the Co-op?", "say that to my face".
    for (const i of has('saying')) {
      if (!SAY_AGAIN.has(key(i))) continue;
      const place = [1, 2, 3, 4].map((k) => i + k).find((j) => inWindow(j) && IN_PERSON.has(key(j)));
      if (place !== undefined && ['that', 'it', 'this'].includes(key(i + 1)) && !logistics)
        add('threat', i, place);
    }
    if (
      lives.length > 0 &&
      lifeMenace.length > 0 &&
      (readers.length > 0 || lives.some((l) => key(l - 1) === 'your')) &&
      !logistics
    )
      add('threat', Math.min(lives[0]!, lifeMenace[0]!), Math.max(lives[0]!, lifeMenace[0]!));
    // menace said straight to the reader: "choose your next words wisely", "looking over your shoulder".
    for (const m of menace) {
      // "Careful what you wish for" is a proverb, not a warning.
      const proverb = readers.some((r) => key(r + 1) === 'wish');
      if (
        ['wisely', 'shoulder', 'careful', 'carefully'].includes(key(m)) &&
        readers.some((r) => Math.abs(r - m) <= 4) &&
        !logistics &&
        !proverb
      )
        add('threat', Math.min(m, ...readers.filter((r) => Math.abs(r - m) <= 4)), m);
    }

    // exposure: the reader's boss or family, and seeing or sending.
    for (const e of has('exposure')) {
      const owned =
        key(e - 1) === 'your' || key(e - 1) === 'ur' || ['screenshots', 'messages'].includes(key(e));
      if (!owned) continue;
      const seeing = has('seeing').find((s) => Math.abs(s - e) <= 6);
      const aimed = readers.length > 0 || has('writer').length > 0;
      if (
        seeing !== undefined &&
        aimed &&
        !logistics &&
        has('exposure').length >= (key(e - 1) === 'your' ? 1 : 2)
      )
        add('threat', Math.min(e, seeing), Math.max(e, seeing));
    }

    // deserved: "people like you deserve a slap", "someone needs to put him in his place".
    for (const d of has('deserve')) {
      const harm = [1, 2, 3].map((k) => d + k).find((j) => inWindow(j) && VIOLENT.has(key(j)));
      if (harm !== undefined) add('violence', d, harm);
    }
    for (const i of has('removal')) {
      if (key(i) !== 'place' || !['his', 'her', 'your', 'their'].includes(key(i - 1)) || key(i - 2) !== 'in')
        continue;
      const put = [3, 4, 5, 6].map((k) => i - k).find((j) => inWindow(j) && key(j) === 'put');
      if (put !== undefined) add('threat', put, i);
    }

    // waiting: the writer waiting for, catching or coming for the reader somewhere menacing.
    for (const w of writers) {
      if (w > range.last) break;
      const act = [1, 2, 3, 4, 5].map((k) => w + k).find((j) => inWindow(j) && WAIT.has(key(j)));
      if (act === undefined) continue;
      const reader = readers.find((r) => r > act && r - act <= 3);
      const place = [...Array(last - act).keys()]
        .map((k) => act + 1 + k)
        .find((j) => MENACING_PLACE.has(key(j)));
      if (reader !== undefined && place !== undefined && !logistics) add('threat', w, place);
    }

    // pile-on: a crowd, an act against a third person, and the end it aims at.
    const crowd = has('crowd');
    const acts = crowd.length > 0 && !logistics ? has('crowdAct') : [];
    // The crowd is called to act: the act within three words of the call, and someone after it to act on.
    const call = crowd.find((c) => acts.some((a) => a >= c && a - c <= 3));
    if (call !== undefined) {
      const act = acts.find((a) => a >= call && a - call <= 3)!;
      let aimed = has('thirdPerson').find((t) => t > act && t - act <= 8);
      for (let j = act + 1; aimed === undefined && j <= Math.min(last, act + 8); j++)
        if (tokens[j]!.prefix === '@') aimed = j;
      let negative = false;
      for (let j = first; !negative && j <= last; j++) negative = isNegativeWord(tokens[j]);
      if (aimed !== undefined && (has('crowdHarm').length > 0 || negative)) add('pile-on', call, aimed);
    }
  });
  return hits.sort((a, b) => a.first - b.first);
}
