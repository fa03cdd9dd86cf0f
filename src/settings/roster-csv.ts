/**
 * Reading a pupil list exported by the school's management information system (SIMS, Arbor, Bromcom, …) as
 * CSV. Pure: no DOM, no browser APIs. Nothing here saves anything: the options page shows the result as a
 * preview, and only a person's "Import" puts it into the settings.
 *
 * Accepts: columns in any order, named the way MIS exports name them ("Legal Forename", "Preferred Forename",
 * "Surname", "First Name", …), a title line or two above the header, UTF-8 with or without a byte-order mark
 * (or Windows-1252, or UTF-16 from Excel's "Unicode text"), comma, semicolon or tab separated, quoted fields
 * with separators, doubled quotes and line breaks inside.
 */
import { MAX_PUPILS, type Pupil } from './settings';

/** The longest name Post Guard keeps (the settings' limit). */
const MAX_NAME = 100;
/** How many lines at the top may come before the header (a report title, an export date). */
const HEADER_SEARCH_LINES = 5;

export interface CsvRecord {
  /** The line of the file the record starts on, counting from 1. */
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  records: CsvRecord[];
  delimiter: ',' | ';' | '\t';
}

/** A line of the file Post Guard skipped, and why. */
export interface RowProblem {
  line: number;
  message: string;
}

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; error: string };

/** Turns a file's bytes into text, or says why it is not a CSV file Post Guard can read. */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) {
    return {
      ok: false,
      error:
        'This is a spreadsheet workbook (Excel), not a CSV file. Open it and save it as “CSV UTF-8 (comma delimited)”, then choose that file.',
    };
  }
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
  }
  if (bytes.includes(0)) {
    return { ok: false, error: 'This file is not text, so it cannot be a CSV file. Choose the CSV export.' };
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'The file is not UTF-8; Post Guard read it as Windows text. Check that accented names look right.',
    };
  }
}

/** Which separator the first line uses, counting only characters outside quotes. */
function detectDelimiter(text: string): ParsedCsv['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
    } else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Splits CSV text into records (RFC 4180, leniently: a stray quote inside an unquoted field is kept as text).
 * Fails only when a quoted field is never closed, which means the file is cut short or broken.
 */
export function parseCsv(input: string): { ok: true; csv: ParsedCsv } | { ok: false; error: string } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.some((value) => value.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char === '\r' ? '' : char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      if (char !== ' ' && char !== '\t') fieldStarted = true;
    }
  }
  if (quoted) {
    return {
      ok: false,
      error: `Line ${quoteLine}: a quoted field is opened with " but never closed, so the file is broken or cut short.`,
    };
  }
  endRecord();
  return { ok: true, csv: { records, delimiter } };
}

// --- Columns --------------------------------------------------------------------------------------------

type Column =
  'firstName' | 'preferredName' | 'lastName' | 'preferredSurname' | 'fullName' | 'noPublish' | 'consent';

/** Header names as MIS exports write them, lower-cased with everything but letters removed. */
const HEADERS: Record<string, Column> = {
  legalforename: 'firstName',
  forename: 'firstName',
  forenames: 'firstName',
  firstname: 'firstName',
  firstnames: 'firstName',
  givenname: 'firstName',
  legalfirstname: 'firstName',
  preferredforename: 'preferredName',
  preferredfirstname: 'preferredName',
  preferredname: 'preferredName',
  knownas: 'preferredName',
  legalsurname: 'lastName',
  surname: 'lastName',
  lastname: 'lastName',
  familyname: 'lastName',
  legallastname: 'lastName',
  preferredsurname: 'preferredSurname',
  preferredlastname: 'preferredSurname',
  name: 'fullName',
  fullname: 'fullName',
  nevername: 'noPublish',
  neverpublish: 'noPublish',
  nopublish: 'noPublish',
  donotpublish: 'noPublish',
  dontpublish: 'noPublish',
  nophotos: 'noPublish',
  photoconsent: 'consent',
  mediaconsent: 'consent',
  photographconsent: 'consent',
  photographyconsent: 'consent',
};

const YES = new Set(['y', 'yes', 'true', '1', 'x', '✓', '✔']);
const NO = new Set(['n', 'no', 'false', '0', 'refused', 'withdrawn', 'declined', 'none']);

function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/^(pupil|student|child|learner)(?=.)/, '');
}

type ColumnMap = Partial<Record<Column, number>>;

/** The columns a header line names. A column found twice keeps its first place. */
function mapColumns(fields: string[]): ColumnMap {
  const map: ColumnMap = {};
  fields.forEach((header, index) => {
    const column = HEADERS[headerKey(header)];
    if (column && map[column] === undefined) map[column] = index;
  });
  // "Legal Forename" beats a plain "Forename" wherever each sits: prefer a legal column when both exist.
  for (const [legal, column] of [
    ['legalforename', 'firstName'],
    ['legalsurname', 'lastName'],
  ] as const) {
    const index = fields.findIndex((header) => headerKey(header) === legal);
    if (index >= 0) map[column] = index;
  }
  return map;
}

function hasNames(map: ColumnMap): boolean {
  return map.firstName !== undefined || map.preferredName !== undefined || map.fullName !== undefined;
}

/** Finds the header among the first few records. */
function findHeader(records: CsvRecord[]): { index: number; map: ColumnMap } | undefined {
  for (let index = 0; index < Math.min(records.length, HEADER_SEARCH_LINES); index++) {
    const map = mapColumns(records[index]!.fields);
    if (hasNames(map)) return { index, map };
  }
  return undefined;
}

const tidy = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** "Surname, Forename" or "Forename Surname". */
function splitFullName(full: string): { first: string; last: string } {
  const comma = full.indexOf(',');
  if (comma >= 0) return { last: tidy(full.slice(0, comma)), first: tidy(full.slice(comma + 1)) };
  const space = full.lastIndexOf(' ');
  if (space < 0) return { first: full, last: '' };
  return { first: full.slice(0, space), last: full.slice(space + 1) };
}

interface RowNames {
  first: string;
  preferred: string;
  last: string;
}

function readNames(fields: string[], map: ColumnMap): RowNames {
  const at = (column: Column) => (map[column] === undefined ? '' : tidy(fields[map[column]!]));
  let first = at('firstName');
  let last = at('lastName') || at('preferredSurname');
  const preferred = at('preferredName');
  if ((!first || !last) && map.fullName !== undefined) {
    const split = splitFullName(at('fullName'));
    first ||= split.first;
    last ||= split.last;
  }
  return { first: first || preferred, preferred, last };
}

function columnsFound(fields: string[]): string {
  const names = fields.map((field) => tidy(field)).filter(Boolean);
  return names.length > 0 ? names.map((name) => `“${name}”`).join(', ') : 'nothing';
}

const NO_HEADER =
  'Post Guard could not find the column headings. The first line of the file should name the columns, e.g. “Forename,Surname” or “Legal Forename,Preferred Forename,Legal Surname”.';

/** The same person, whatever the case, spacing or accents. */
export function nameKey(first: string, last: string): string {
  return `${first} ${last}`
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function pupilKeys(pupil: Pupil): string[] {
  const keys = [nameKey(pupil.firstName, pupil.lastName)];
  if (pupil.preferredName) keys.push(nameKey(pupil.preferredName, pupil.lastName));
  return keys;
}

// --- The roster -----------------------------------------------------------------------------------------

export interface RosterImport {
  ok: true;
  pupils: Pupil[];
  problems: RowProblem[];
  counts: {
    /** Data lines under the header. */
    rows: number;
    /** Pupils read, after duplicates are merged. */
    pupils: number;
    /** Lines skipped because of a problem. */
    skipped: number;
    /** Lines naming a pupil already read from an earlier line. */
    duplicates: number;
    /** Pupils marked never-publish by the file. */
    noPublish: number;
  };
  /** Which heading each name was read from, e.g. { firstName: "Legal Forename", lastName: "Legal Surname" }. */
  columns: Partial<Record<'firstName' | 'preferredName' | 'lastName' | 'noPublish', string>>;
  notes: string[];
}

export type RosterResult = RosterImport | { ok: false; error: string };

/**
 * Reads a pupil list. Lines with a problem are skipped and listed by line number; a file Post Guard cannot
 * read as a pupil list (broken quoting, no name columns, more than 5,000 pupils) gives `ok: false` and no pupils.
 */
export function readRosterCsv(text: string): RosterResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const { records } = parsed.csv;
  if (records.length === 0) return { ok: false, error: 'The file has no lines with text.' };
  const header = findHeader(records);
  if (!header) {
    return { ok: false, error: `${NO_HEADER} The first line has ${columnsFound(records[0]!.fields)}.` };
  }
  const { map } = header;
  const headerFields = records[header.index]!.fields;
  const notes: string[] = [];
  if (map.lastName === undefined && map.preferredSurname === undefined && map.fullName === undefined) {
    return {
      ok: false,
      error: `Post Guard found a forename column but no surname column (“Surname”, “Legal Surname” or “Last Name”). The header has ${columnsFound(headerFields)}.`,
    };
  }
  if (header.index > 0)
    notes.push(
      `Lines 1–${records[header.index]!.line - 1} come before the column headings and were not read.`,
    );

  const pupils: Pupil[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, { index: number; line: number }>();
  let duplicates = 0;
  let rows = 0;
  for (const record of records.slice(header.index + 1)) {
    rows++;
    const { line, fields } = record;
    const extra = fields.slice(headerFields.length).filter((value) => value.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        line,
        message: `has ${fields.length} fields but the header has ${headerFields.length}: a name may contain a separator without quotes. Skipped.`,
      });
      continue;
    }
    const { first, preferred, last } = readNames(fields, map);
    if (!first) {
      problems.push({ line, message: 'has no forename. Skipped.' });
      continue;
    }
    if (!last) {
      problems.push({ line, message: `“${first}” has no surname. Skipped.` });
      continue;
    }
    if ([first, preferred, last].some((name) => name.length > MAX_NAME)) {
      problems.push({ line, message: `has a name longer than ${MAX_NAME} characters. Skipped.` });
      continue;
    }
    const pupil: Pupil = { firstName: first, lastName: last };
    if (preferred && nameKey(preferred, '') !== nameKey(first, '')) pupil.preferredName = preferred;
    const flagValue = map.noPublish === undefined ? '' : tidy(fields[map.noPublish]).toLowerCase();
    const consentValue = map.consent === undefined ? '' : tidy(fields[map.consent]).toLowerCase();
    if (YES.has(flagValue) || NO.has(consentValue)) pupil.noPublish = true;

    const key = nameKey(pupil.firstName, pupil.lastName);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      duplicates++;
      if (pupil.noPublish) pupils[earlier.index]!.noPublish = true;
      problems.push({ line, message: `${first} ${last} is already on line ${earlier.line}; kept once.` });
      continue;
    }
    seen.set(key, { index: pupils.length, line });
    pupils.push(pupil);
  }
  if (pupils.length > MAX_PUPILS) {
    return {
      ok: false,
      error: `The file lists ${pupils.length.toLocaleString('en-GB')} pupils; Post Guard keeps at most ${MAX_PUPILS.toLocaleString('en-GB')}. Nothing was imported.`,
    };
  }
  if (pupils.length === 0) {
    return {
      ok: false,
      error:
        `No pupil could be read from the file. ${problems[0] ? `Line ${problems[0].line} ${problems[0].message}` : ''}`.trim(),
    };
  }
  const columns: RosterImport['columns'] = {};
  const firstColumn = map.firstName ?? map.preferredName ?? map.fullName;
  if (firstColumn !== undefined) columns.firstName = tidy(headerFields[firstColumn]);
  if (map.preferredName !== undefined) columns.preferredName = tidy(headerFields[map.preferredName]);
  const lastColumn = map.lastName ?? map.preferredSurname ?? map.fullName;
  if (lastColumn !== undefined) columns.lastName = tidy(headerFields[lastColumn]);
  const flagColumn = map.noPublish ?? map.consent;
  if (flagColumn !== undefined) columns.noPublish = tidy(headerFields[flagColumn]);
  return {
    ok: true,
    pupils,
    problems,
    counts: {
      rows,
      pupils: pupils.length,
      skipped: problems.length - duplicates,
      duplicates,
      noPublish: pupils.filter((pupil) => pupil.noPublish).length,
    },
    columns,
    notes,
  };
}

/**
 * The roster after an import: `incoming` replaces `current` (keeping the never-publish tick of every pupil who
 * is on both), or is added to it (pupils already there are kept once).
 */
export function combineRosters(
  current: readonly Pupil[],
  incoming: readonly Pupil[],
  mode: 'replace' | 'add',
): Pupil[] {
  const marked = new Set(current.filter((pupil) => pupil.noPublish).flatMap(pupilKeys));
  const keep = (pupil: Pupil): Pupil =>
    !pupil.noPublish && pupilKeys(pupil).some((key) => marked.has(key))
      ? { ...pupil, noPublish: true }
      : { ...pupil };
  if (mode === 'replace') return incoming.map(keep);
  const known = new Set(current.map((pupil) => nameKey(pupil.firstName, pupil.lastName)));
  return [
    ...current.map((pupil) => ({ ...pupil })),
    ...incoming.filter((pupil) => !known.has(nameKey(pupil.firstName, pupil.lastName))),
  ];
}

// --- The never-publish list -----------------------------------------------------------------------------

export interface NoPublishImport {
  ok: true;
  /** Indexes into the roster of the pupils the file names. */
  matches: number[];
  problems: RowProblem[];
  counts: { rows: number; matched: number; notOnRoster: number; alreadyMarked: number };
}

export type NoPublishResult = NoPublishImport | { ok: false; error: string };

/**
 * Reads a list of pupils who must never be published (names, as in the roster file) and finds each on the
 * roster by forename or preferred name and surname. Names not on the roster are listed by line.
 */
export function readNoPublishCsv(text: string, roster: readonly Pupil[]): NoPublishResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const { records } = parsed.csv;
  if (records.length === 0) return { ok: false, error: 'The file has no lines with text.' };
  const header = findHeader(records);
  if (!header) {
    return { ok: false, error: `${NO_HEADER} The first line has ${columnsFound(records[0]!.fields)}.` };
  }
  const byKey = new Map<string, number[]>();
  roster.forEach((pupil, index) => {
    for (const key of pupilKeys(pupil)) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const matches = new Set<number>();
  const problems: RowProblem[] = [];
  let rows = 0;
  for (const { line, fields } of records.slice(header.index + 1)) {
    rows++;
    const { first, preferred, last } = readNames(fields, header.map);
    if (!first || !last) {
      problems.push({ line, message: 'needs a forename and a surname. Skipped.' });
      continue;
    }
    const found = [
      ...(byKey.get(nameKey(first, last)) ?? []),
      ...(preferred ? (byKey.get(nameKey(preferred, last)) ?? []) : []),
    ];
    if (found.length === 0) {
      problems.push({
        line,
        message: `${first} ${last} is not on the roster. Import the roster first, or check the spelling.`,
      });
      continue;
    }
    for (const index of found) matches.add(index);
  }
  const list = [...matches].sort((a, b) => a - b);
  return {
    ok: true,
    matches: list,
    problems,
    counts: {
      rows,
      matched: list.length,
      notOnRoster: problems.filter((problem) => problem.message.includes('not on the roster')).length,
      alreadyMarked: list.filter((index) => roster[index]?.noPublish).length,
    },
  };
}
