/**
 * Reading the parents and carers from a contacts export of the school's MIS (SIMS, Arbor, Bromcom…) as CSV. Pure.
 * Like the pupil list (./roster-csv.ts, whose CSV reading it shares), nothing is saved here: the options page shows
 * a preview, lists every line it could not use, and only "Import" changes the list.
 *
 * Two shapes are read:
 * - one line per contact: "Contact Forename", "Contact Surname", "Relationship", "Parental Responsibility", with
 *   the pupil in "Forename"/"Surname" or "Student"/"Pupil Name" columns (SIMS and Arbor contact reports);
 * - one line per pupil with numbered contacts: "Contact 1 Forename", "Contact 1 Surname", "Contact 2 …",
 *   "Priority 1 Contact", "Parent/Carer Name" (whole names: "Mrs Jane Smith" or "Smith, Jane").
 * A contact needs a forename and a surname: a surname alone ("Mrs Smith") would match too many people, so such a
 * line is listed for the member of staff to complete by hand.
 */
import { TITLES } from '../engine/data/name-finder-words';
import { nameKey, parseCsv, type RowProblem } from './roster-csv';
import { MAX_PARENTS, type Parent } from './settings';

const MAX_NAME = 100;
const HEADER_SEARCH_LINES = 5;

type Field = 'first' | 'last' | 'full' | 'relationship' | 'responsibility';

/** Where a contact's fields are: group 0 is the only contact of a one-per-line file, 1, 2… numbered contacts. */
type ContactColumns = Map<number, Partial<Record<Field, number>>>;

interface PupilColumns {
  first?: number;
  last?: number;
  full?: number;
}

const tidy = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
const keyOf = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const FIELD_WORDS: Record<string, Field> = {
  forename: 'first',
  forenames: 'first',
  firstname: 'first',
  givenname: 'first',
  legalforename: 'first',
  preferredforename: 'first',
  surname: 'last',
  lastname: 'last',
  familyname: 'last',
  legalsurname: 'last',
  '': 'full',
  name: 'full',
  fullname: 'full',
  relationship: 'relationship',
  relation: 'relationship',
  relationshiptopupil: 'relationship',
  relationshiptostudent: 'relationship',
  parentalresponsibility: 'responsibility',
  hasparentalresponsibility: 'responsibility',
};

/**
 * A contact's column: "Contact Forename", "Contact 1 Surname", "Priority 1 Contact", "Parent/Carer Name",
 * "Guardian 2 Relationship"; and, without a prefix, "Relationship" and "Parental Responsibility".
 */
const CONTACT_HEADER =
  /^(contact|parentcarer|parentorcarer|parentguardian|parent|carer|guardian|priority)(\d*)(contact)?(.*)$/;

function contactField(key: string): { group: number; field: Field } | undefined {
  if (key === 'relationship' || key === 'relationshiptopupil' || key === 'relationshiptostudent')
    return { group: 0, field: 'relationship' };
  if (key === 'parentalresponsibility') return { group: 0, field: 'responsibility' };
  const match = CONTACT_HEADER.exec(key);
  if (!match) return undefined;
  const [, prefix, number, contact, rest] = match;
  // A bare "Priority" column holds the contact's order (1, 2…), not a name: "Priority 1 Contact" does.
  if (prefix === 'priority' && !contact) return undefined;
  const field = FIELD_WORDS[rest!];
  return field ? { group: number ? Number(number) : 0, field } : undefined;
}

/** The pupil's own columns: plain "Forename"/"Surname", or "Pupil …", "Student …", "Child …", "Learner …". */
function pupilField(key: string): keyof PupilColumns | undefined {
  const bare = key.replace(/^(pupil|student|child|learner)/, '');
  const field = FIELD_WORDS[bare];
  if (field === 'first' || field === 'last') return field;
  if (field === 'full' && bare !== key) return 'full';
  return undefined;
}

interface Layout {
  contacts: ContactColumns;
  pupil: PupilColumns;
}

function readLayout(headers: string[]): Layout | undefined {
  const contacts: ContactColumns = new Map();
  const pupil: PupilColumns = {};
  const plain: PupilColumns = {};
  headers.forEach((header, index) => {
    const key = keyOf(header);
    const contact = contactField(key);
    if (contact) {
      const group = contacts.get(contact.group) ?? {};
      group[contact.field] ??= index;
      contacts.set(contact.group, group);
      return;
    }
    const field = pupilField(key);
    if (!field) return;
    // Plain "Forename" / "Surname" are kept apart: they are the contact's own when no contact column names one.
    const target = /^(pupil|student|child|learner)/.test(key) ? pupil : plain;
    target[field] ??= index;
  });
  const named = [...contacts.values()].some((group) => group.first !== undefined || group.full !== undefined);
  if (!named) {
    // "Student, Forename, Surname, Relationship": the plain names are the contact's when a relationship says so.
    const group = contacts.get(0);
    if (!group || plain.first === undefined || plain.last === undefined) return undefined;
    group.first = plain.first;
    group.last = plain.last;
  } else {
    pupil.first ??= plain.first;
    pupil.last ??= plain.last;
  }
  return { contacts, pupil };
}

/** "Mrs Jane Smith", "Smith, Jane", "Mr J Smith": the forename and surname, titles left out. */
export function splitContactName(full: string): { first: string; last: string } {
  const comma = full.indexOf(',');
  const ordered = comma >= 0 ? `${full.slice(comma + 1)} ${full.slice(0, comma)}` : full;
  const words = tidy(ordered)
    .split(' ')
    .filter(Boolean)
    .filter((word, index) => !(index === 0 && TITLES.has(word.toLowerCase().replace(/\.$/, ''))));
  if (words.length < 2) return { first: '', last: words[0] ?? '' };
  return { first: words.slice(0, -1).join(' '), last: words.at(-1)! };
}

/** A forename written as an initial ("J", "J.") cannot recognise anyone. */
const isInitial = (name: string): boolean => /^\p{L}\.?$/u.test(name);

export interface ParentsImport {
  ok: true;
  parents: Parent[];
  /** Every line or contact Post Guard could not use, with the reason: shown in the preview, never dropped quietly. */
  problems: RowProblem[];
  counts: {
    rows: number;
    parents: number;
    /** Contacts already read from an earlier line (a parent of two pupils). */
    duplicates: number;
    /** Contacts the file says have no parental responsibility (kept: the policy names carers too). */
    withoutResponsibility: number;
  };
  /** The headings contacts were read from, for the preview. */
  columns: string[];
  notes: string[];
}

export type ParentsResult = ParentsImport | { ok: false; error: string };

const NO = new Set(['n', 'no', 'false', '0']);

/** Reads the parents and carers from a contacts export. */
export function readParentsCsv(text: string): ParentsResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const { records } = parsed.csv;
  if (records.length === 0) return { ok: false, error: 'The file has no lines with text.' };
  let headerIndex = -1;
  let layout: Layout | undefined;
  for (let index = 0; index < Math.min(records.length, HEADER_SEARCH_LINES); index++) {
    layout = readLayout(records[index]!.fields);
    if (layout) {
      headerIndex = index;
      break;
    }
  }
  if (!layout) {
    const first = records[0]!.fields.map(tidy).filter(Boolean);
    return {
      ok: false,
      error: `Post Guard could not find the contacts’ name columns. The file should have columns such as “Contact Forename” and “Contact Surname”, “Contact 1 Forename”, or “Parent/Carer Name”. The first line has ${first.length ? first.map((name) => `“${name}”`).join(', ') : 'nothing'}.`,
    };
  }
  const headers = records[headerIndex]!.fields;
  const notes: string[] = [];
  if (headerIndex > 0)
    notes.push(
      `Lines 1–${records[headerIndex]!.line - 1} come before the column headings and were not read.`,
    );
  const parents: Parent[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  let duplicates = 0;
  let withoutResponsibility = 0;
  const rows = records.slice(headerIndex + 1);
  const groups = [...layout.contacts.entries()].sort(([a], [b]) => a - b);
  for (const { line, fields } of rows) {
    const at = (index: number | undefined): string => (index === undefined ? '' : tidy(fields[index]));
    const pupilName =
      at(layout.pupil.full) || [at(layout.pupil.first), at(layout.pupil.last)].filter(Boolean).join(' ');
    let contactsOnLine = 0;
    for (const [, columns] of groups) {
      let first = at(columns.first);
      let last = at(columns.last);
      const full = at(columns.full);
      if (full && (!first || !last)) {
        const split = splitContactName(full);
        first ||= split.first;
        last ||= split.last;
      }
      if (!first && !last) continue;
      contactsOnLine++;
      const shown = [first, last].filter(Boolean).join(' ');
      if (!first || isInitial(first)) {
        problems.push({
          line,
          message: `${full || shown}${pupilName ? ` (${pupilName})` : ''} has no forename: Post Guard needs one to recognise them. Add them by hand below.`,
        });
        continue;
      }
      if (!last) {
        problems.push({ line, message: `“${first}” has no surname. Add them by hand below.` });
        continue;
      }
      if (first.length > MAX_NAME || last.length > MAX_NAME) {
        problems.push({ line, message: `has a name longer than ${MAX_NAME} characters. Not imported.` });
        continue;
      }
      const key = nameKey(first, last);
      if (seen.has(key)) {
        duplicates++;
        continue;
      }
      const parent: Parent = { firstName: first, lastName: last };
      const relationship = at(columns.relationship);
      if (relationship && relationship.length <= MAX_NAME) parent.relationship = relationship;
      if (pupilName && pupilName.length <= 200) parent.pupil = pupilName;
      if (NO.has(at(columns.responsibility).toLowerCase())) withoutResponsibility++;
      seen.set(key, parents.length);
      parents.push(parent);
    }
    if (contactsOnLine === 0) problems.push({ line, message: 'names no contact. Nothing read from it.' });
  }
  if (parents.length > MAX_PARENTS) {
    return {
      ok: false,
      error: `The file lists ${parents.length.toLocaleString('en-GB')} parents and carers; Post Guard keeps at most ${MAX_PARENTS.toLocaleString('en-GB')}. Nothing was imported.`,
    };
  }
  if (parents.length === 0) {
    return {
      ok: false,
      error:
        `No parent or carer could be read from the file. ${problems[0] ? `Line ${problems[0].line} ${problems[0].message}` : ''}`.trim(),
    };
  }
  const columns = groups.flatMap(([, group]) =>
    [group.first, group.last, group.full]
      .filter((index) => index !== undefined)
      .map((index) => tidy(headers[index])),
  );
  return {
    ok: true,
    parents,
    problems,
    counts: { rows: rows.length, parents: parents.length, duplicates, withoutResponsibility },
    columns,
    notes,
  };
}

/** The list after an import: replaced, or added to (people already on it are kept once). */
export function combineParents(
  current: readonly Parent[],
  incoming: readonly Parent[],
  mode: 'replace' | 'add',
): Parent[] {
  if (mode === 'replace') return incoming.map((parent) => ({ ...parent }));
  const known = new Set(current.map((parent) => nameKey(parent.firstName, parent.lastName)));
  return [
    ...current.map((parent) => ({ ...parent })),
    ...incoming.filter((parent) => !known.has(nameKey(parent.firstName, parent.lastName))),
  ];
}
