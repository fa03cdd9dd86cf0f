import type { Settings } from '../../settings/settings';
import { findUndisguised } from '../text/disguise';
import {
  SCHOOL_CONTEXT_NOUNS,
  SCHOOL_KIND_WORDS,
  SCHOOL_LIFE_WORDS,
  SCHOOL_TYPE_SUFFIXES,
  SCHOOL_WORK_VERBS,
} from '../data/school-identifier';
import {
  WORD_END,
  WORD_START,
  allMatches,
  compactForm,
  escapeRegExp,
  flexiblePhrase,
  keepLongest,
  wordsAfter,
  wordsBefore,
} from './patterns';
import type { Span } from './patterns';

/**
 * How the school was named:
 * - name: the full name, or its distinctive core with a kind-of-school word ("Welbeck Primary")
 * - alias: one of settings.schoolAliases
 * - tag: a hashtag or @handle made of the name ("#WelbeckPrimary")
 * - account: one of the school's official account handles or page names
 * - core: the bare core of the name in a school context ("Welbeck staff", "I teach at Welbeck")
 */
export type SchoolMentionKind = 'name' | 'alias' | 'tag' | 'account' | 'core';

export interface SchoolMention extends Span {
  kind: SchoolMentionKind;
}

/** Finds every mention of the school in a text. Pure; compile once per settings. */
export type SchoolMatcher = (text: string) => SchoolMention[];

type SchoolSettings = Pick<Settings, 'schoolName' | 'schoolAliases' | 'officialAccounts'>;

/** Bare cores shorter than this are too likely to be ordinary words to be matched on their own. */
const MIN_CORE_LENGTH = 4;

/**
 * The distinctive core of a school's name: the name without its kind-of-school endings
 * ("Welbeck Primary School" -> "Welbeck", "St Mary's C of E Primary School" -> "St Mary's").
 */
export function schoolNameCore(schoolName: string): string {
  let core = schoolName.trim().replace(/\s+/g, ' ');
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of SCHOOL_TYPE_SUFFIXES) {
      const lower = core.toLowerCase();
      if (lower.endsWith(' ' + suffix)) {
        core = core.slice(0, core.length - suffix.length - 1).trim();
        changed = true;
        break;
      }
    }
  }
  return core;
}

export function compileSchoolMatcher(settings: SchoolSettings): SchoolMatcher {
  const patterns: { regex: RegExp; kind: SchoolMentionKind }[] = [];
  const add = (sources: string[], kind: SchoolMentionKind, flags = 'giu'): void => {
    const unique = [...new Set(sources.filter((source) => source.length > 0))].sort(
      (a, b) => b.length - a.length,
    );
    if (unique.length > 0) patterns.push({ regex: new RegExp(unique.join('|'), flags), kind });
  };

  // The school's own accounts: "@WelbeckPrimary", or a page name such as "Welbeck Primary School PTA".
  const accounts: string[] = [];
  for (const account of settings.officialAccounts) {
    const handle = account.handle.trim();
    if (!handle) continue;
    if (handle.startsWith('@')) accounts.push(`(?<![\\p{L}\\p{N}_@#])${escapeRegExp(handle)}${WORD_END}`);
    else accounts.push(`${WORD_START}${flexiblePhrase(handle)}${WORD_END}`);
  }
  // Added first, so that a handle that is also made of the name is reported as the account.
  add(accounts, 'account');

  const name = settings.schoolName.trim();
  const core = name ? schoolNameCore(name) : '';
  const nameForms = new Set<string>();
  if (name) nameForms.add(name);
  if (core && core !== name) for (const kind of SCHOOL_KIND_WORDS) nameForms.add(`${core} ${kind}`);

  add(
    [...nameForms].map((form) => `${WORD_START}${flexiblePhrase(form)}${WORD_END}`),
    'name',
  );

  // Hashtags and handles made of the name: #WelbeckPrimary, @WelbeckPrimarySchool.
  const tagForms = new Set<string>();
  for (const form of nameForms) tagForms.add(compactForm(form));
  for (const alias of settings.schoolAliases)
    if (compactForm(alias).length >= 3) tagForms.add(compactForm(alias));
  add(
    [...tagForms]
      .filter((tag) => tag.length >= 3)
      .map((tag) => `(?<![\\p{L}\\p{N}_@#])[#@]${escapeRegExp(tag)}${WORD_END}`),
    'tag',
  );

  // Aliases: an all-capitals short alias ("WPS") is an acronym, matched in capitals only.
  const acronyms: string[] = [];
  const aliases: string[] = [];
  for (const alias of settings.schoolAliases) {
    const trimmed = alias.trim();
    if (!trimmed) continue;
    if (/^[\p{Lu}\p{N}&.]{2,6}$/u.test(trimmed))
      acronyms.push(`${WORD_START}${flexiblePhrase(trimmed)}${WORD_END}`);
    else aliases.push(`${WORD_START}${flexiblePhrase(trimmed)}${WORD_END}`);
  }
  add(aliases, 'alias');
  add(acronyms, 'alias', 'gu');

  // The bare core, only where the words around it show it is the school: "Welbeck staff", "I teach at Welbeck".
  const findCore =
    core && core.replace(/[^\p{L}]/gu, '').length >= MIN_CORE_LENGTH ? compileCoreFinder(core) : undefined;

  // On the text with character disguises undone ("Ｗｅｌｂｅｃｋ", "Wеlbeck"), offsets mapped back to the original.
  return (text: string): SchoolMention[] => findUndisguised(text, findMentions);

  function findMentions(text: string): SchoolMention[] {
    const mentions: SchoolMention[] = [];
    for (const { regex, kind } of patterns) {
      for (const match of allMatches(regex, text)) {
        mentions.push({ start: match.index, end: match.index + match[0].length, kind });
      }
    }
    if (findCore) for (const mention of findCore(text)) mentions.push(mention);
    return keepLongest(mentions);
  }
}

const NOUNS = new Set(SCHOOL_CONTEXT_NOUNS);
const VERBS = new Set(SCHOOL_WORK_VERBS);
const LIFE = new Set(SCHOOL_LIFE_WORDS);
const KIND_WORDS = new Set(SCHOOL_KIND_WORDS.flatMap((kind) => kind.toLowerCase().split(' ')));

/**
 * The bare core ("Welbeck") is also a place name, so it counts as the school only with school words around it:
 * - a school noun within the next two words ("Welbeck staff", "the Welbeck kitchen team", "Welbeck's pupils");
 * - a work verb before it ("I teach at Welbeck", "my new job at Welbeck");
 * - "at" or "from" before it, in a passage about school life ("Sports day at Welbeck", "the children at Welbeck").
 * Never when a capitalised word follows that makes another name ("Welbeck Abbey", "Welbeck Street").
 */
function compileCoreFinder(core: string): (text: string) => SchoolMention[] {
  const pattern = new RegExp(`${WORD_START}${flexiblePhrase(core)}${WORD_END}`, 'giu');
  return (text) => {
    const found: SchoolMention[] = [];
    let aboutSchool: boolean | undefined;
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      const rest = text.slice(end, end + 40);
      const next = /^(?:['’]s)?[\s\u00a0]+([\p{L}]+)/u.exec(rest)?.[1] ?? '';
      if (/^\p{Lu}/u.test(next) && !NOUNS.has(next.toLowerCase()) && !KIND_WORDS.has(next.toLowerCase()))
        continue;
      const after = wordsAfter(text, end, 3)
        .filter((word) => word !== "'s" && word !== '’s')
        .slice(0, 2);
      const before = wordsBefore(text, start, 2);
      const preposition = before[1] ?? '';
      let isSchool = after.some((word) => NOUNS.has(word.replace(/['’]s$/, '')));
      if (!isSchool && ['at', 'for', 'with'].includes(preposition)) isSchool = VERBS.has(before[0] ?? '');
      if (!isSchool && (preposition === 'at' || preposition === 'from')) {
        aboutSchool ??= (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => LIFE.has(word));
        isSchool = aboutSchool;
      }
      if (isSchool) found.push({ start, end, kind: 'core' });
    }
    return found;
  };
}
