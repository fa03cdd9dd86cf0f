/**
 * Whether the name a profile, a friend request or a conversation shows is a pupil's or a parent's or carer's on the
 * school's lists (policy: staff must not "friend" or otherwise contact pupils or parents/carers through social
 * media). Pure. Only the shown name is read.
 *
 * A match needs the given name and the surname: "Dawn Achterberg", "Mrs Dawn Achterberg", "Dawn Marie Achterberg",
 * "DAWN ACHTERBERG", "Dawn Áchterberg", a pupil's preferred name ("Will Turner" for William). A surname alone
 * ("Mrs Achterberg", "The Achterbergs") or a given name alone never matches: it would name half a town. Text in
 * brackets and after a separator ("Dawn Achterberg (she/her)", "Dawn Achterberg | Nurse") is not part of the name.
 */
import type { Parent, Pupil } from '../../settings/settings';
import { TITLES } from '../data/name-finder-words';
import { foldNameWords } from '../text/fold';

export interface ContactPerson {
  kind: 'pupil' | 'parent';
  /** The name as the school's list writes it. */
  name: string;
  /** A parent's or carer's relationship and pupil, when the list gives them. */
  relationship?: string;
  pupil?: string;
}

interface Candidate {
  given: string[];
  surname: string[];
  person: ContactPerson;
}

/** Said after the name on profiles and in display names: pronouns, jobs, places. */
const AFTER_NAME = /\s[|•·–—-]\s.*$|[([{].*$/su;

/** The folded words of a shown name, its leading titles and trailing extras left out. */
export function shownNameWords(shown: string): string[] {
  const words = foldNameWords(shown.replace(AFTER_NAME, ''));
  let start = 0;
  while (start < words.length - 1 && TITLES.has(words[start]!)) start++;
  return words.slice(start);
}

const startsWith = (words: string[], part: string[]): boolean => part.every((word, i) => words[i] === word);
const endsWith = (words: string[], part: string[]): boolean =>
  part.every((word, i) => words[words.length - part.length + i] === word);

export type ContactMatcher = (shownName: string) => ContactPerson[];

/** Compiles the school's pupils and parents into a matcher of shown names. */
export function compileContactMatcher(pupils: readonly Pupil[], parents: readonly Parent[]): ContactMatcher {
  /** By the first folded word of the given name. */
  const byFirstWord = new Map<string, Candidate[]>();
  const add = (givenName: string, surnameText: string, person: ContactPerson): void => {
    const given = foldNameWords(givenName);
    const surname = foldNameWords(surnameText);
    if (given.length === 0 || surname.length === 0) return;
    const list = byFirstWord.get(given[0]!) ?? [];
    list.push({ given, surname, person });
    byFirstWord.set(given[0]!, list);
  };
  for (const pupil of pupils) {
    const person: ContactPerson = { kind: 'pupil', name: `${pupil.firstName} ${pupil.lastName}` };
    add(pupil.firstName, pupil.lastName, person);
    if (pupil.preferredName) add(pupil.preferredName, pupil.lastName, person);
  }
  for (const parent of parents) {
    add(parent.firstName, parent.lastName, {
      kind: 'parent',
      name: `${parent.firstName} ${parent.lastName}`,
      ...(parent.relationship ? { relationship: parent.relationship } : {}),
      ...(parent.pupil ? { pupil: parent.pupil } : {}),
    });
  }
  return (shownName) => {
    const words = shownNameWords(shownName);
    const found: ContactPerson[] = [];
    for (const candidate of byFirstWord.get(words[0] ?? '') ?? []) {
      const { given, surname, person } = candidate;
      if (
        words.length >= given.length + surname.length &&
        startsWith(words, given) &&
        endsWith(words, surname) &&
        !found.includes(person)
      ) {
        found.push(person);
      }
    }
    return found;
  };
}
