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
  | 'firstName'
  | 'preferredName'
  | 'lastName'
  | 'preferredSurname'
  | 'fullName'
  | 'noPublish'
  | 'consent'
  | 'className';

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
  // The class a pupil registers in: SIMS "Reg Group", Arbor "Registration Form", Bromcom "Tutor Group".
  reg: 'className',
  reggroup: 'className',
  regform: 'className',
  registrationgroup: 'className',
  registrationform: 'className',
  registrationclass: 'className',
  form: 'className',
  formgroup: 'className',
  formclass: 'className',
  tutorgroup: 'className',
  class: 'className',
  classname: 'className',
  classgroup: 'className',
};

/**
 * A column of photo or media consent: "Photo Consent", "Photograph consent", "Media consent", "Consent - Photos",
 * "Photographs", "Image consent", "Photo/Video consent"… (the heading as headerKey leaves it). A bare "Photo" is
 * not one: MIS exports use it for the pupil's own photo.
 */
const CONSENT_HEADER =
  /^(consent(for|to)?)?(photo|photos|photograph|photographs|photography|image|images|media|video|photovideo|photographvideo|photosvideo|camera)(consent|consents|permission|consentgiven)?$/;

function columnOf(key: string): Column | undefined {
  if (HEADERS[key]) return HEADERS[key];
  const consent = CONSENT_HEADER.exec(key);
  // "Photographs" alone is a consent report's column; "Photo" alone is a picture, not a consent.
  if (consent && (consent[1] || consent[4] || /^(photographs|photos|media)$/.test(key))) return 'consent';
  return undefined;
}

/** A never-publish column's values that mean "never publish". */
const YES = new Set(['y', 'yes', 'true', '1', 'x', '✓', '✔']);
const NO = new Set(['n', 'no', 'false', '0', 'none', '']);

/** Photo consent values, as MIS exports write them, in any case. */
const CONSENT_GIVEN = new Set([
  'yes',
  'y',
  'given',
  'consent given',
  'granted',
  'consent granted',
  'true',
  'agreed',
  'consented',
  'allowed',
  '1',
]);
const CONSENT_NOT_GIVEN = new Set([
  'no',
  'n',
  'not given',
  'consent not given',
  'refused',
  'consent refused',
  'withdrawn',
  'consent withdrawn',
  'false',
  'declined',
  'denied',
  'not consented',
  'no consent',
  '0',
]);

/** How a value of a consent or never-publish column reads. */
export type MarkReading = 'never-publish' | 'publish' | 'unknown';

/** The value as compared: lower case, spaces tidied, a trailing full stop dropped. */
const valueKey = (value: string | undefined): string =>
  (value ?? '').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();

function readMark(kind: 'consent' | 'noPublish', value: string | undefined): MarkReading {
  const key = valueKey(value);
  if (kind === 'noPublish') return YES.has(key) ? 'never-publish' : NO.has(key) ? 'publish' : 'unknown';
  return CONSENT_NOT_GIVEN.has(key) ? 'never-publish' : CONSENT_GIVEN.has(key) ? 'publish' : 'unknown';
}

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
    const column = columnOf(headerKey(header));
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
    /** Of those, pupils whose photo consent Post Guard could not read (blank or an unknown word). */
    consentUnknown: number;
  };
  /** Which heading each name was read from, e.g. { firstName: "Legal Forename", lastName: "Legal Surname" }. */
  columns: Partial<Record<'firstName' | 'preferredName' | 'lastName' | 'noPublish' | 'className', string>>;
  notes: string[];
}

/** The consent values seen in a column: how many are known words. A column of file names is not consent. */
function looksLikeConsent(values: (string | undefined)[]): boolean {
  const filled = values.filter((value) => valueKey(value) !== '');
  const known = filled.filter((value) => readMark('consent', value) !== 'unknown');
  return filled.length > 0 && known.length * 2 >= filled.length;
}

export type RosterResult = RosterImport | { ok: false; error: string };

/** A CSV file's lines and its header line (the first of the opening lines that names pupils), or why there is none. */
function readWithHeader(
  text: string,
):
  | { ok: true; records: CsvRecord[]; header: { index: number; map: ColumnMap }; headerFields: string[] }
  | { ok: false; error: string } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const { records } = parsed.csv;
  if (records.length === 0) return { ok: false, error: 'The file has no lines with text.' };
  const header = findHeader(records);
  if (!header) {
    return { ok: false, error: `${NO_HEADER} The first line has ${columnsFound(records[0]!.fields)}.` };
  }
  return { ok: true, records, header, headerFields: records[header.index]!.fields };
}

/**
 * Reads a pupil list. Lines with a problem are skipped and listed by line number; a file Post Guard cannot
 * read as a pupil list (broken quoting, no name columns, more than 5,000 pupils) gives `ok: false` and no pupils.
 */
export function readRosterCsv(text: string): RosterResult {
  const read = readWithHeader(text);
  if (!read.ok) return read;
  const { records, header, headerFields } = read;
  const { map } = header;
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

  const dataRecords = records.slice(header.index + 1);
  if (
    map.consent !== undefined &&
    !looksLikeConsent(dataRecords.map((record) => record.fields[map.consent!]))
  ) {
    notes.push(
      `The column “${tidy(headerFields[map.consent])}” does not hold consent answers (Yes, No, Given, Not given…), so it was not read.`,
    );
    delete map.consent;
  }
  const pupils: Pupil[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, { index: number; line: number }>();
  let duplicates = 0;
  let consentUnknown = 0;
  let rows = 0;
  for (const record of dataRecords) {
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
    const className = map.className === undefined ? '' : tidy(fields[map.className]);
    if (className && className.length <= MAX_NAME) pupil.className = className;
    const flag = map.noPublish === undefined ? 'publish' : readMark('noPublish', fields[map.noPublish]);
    const consent = map.consent === undefined ? 'publish' : readMark('consent', fields[map.consent]);
    if (flag === 'never-publish' || consent !== 'publish') pupil.noPublish = true;
    // Consent that cannot be read is no consent: the pupil is never-publish, and the line says why.
    if (consent === 'unknown') {
      consentUnknown++;
      const value = tidy(fields[map.consent!]);
      problems.push({
        line,
        message: `${first} ${last}: photo consent ${value ? `“${value}” is not an answer Post Guard knows` : 'is blank'}, so they are marked never-publish to be safe. Untick them in the list if consent was given.`,
      });
    }

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
  if (map.className !== undefined) columns.className = tidy(headerFields[map.className]);
  return {
    ok: true,
    pupils,
    problems,
    counts: {
      rows,
      pupils: pupils.length,
      skipped: problems.length - duplicates - consentUnknown,
      duplicates,
      noPublish: pupils.filter((pupil) => pupil.noPublish).length,
      consentUnknown,
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

/** A value of a column of the never-publish file: how many lines have it, and how Post Guard reads it. */
export interface MarkValue {
  /** As written the first time it appears ("Not given"); "" for blank. */
  value: string;
  /** As compared: lower case, spaces tidied. */
  key: string;
  lines: number;
  reading: MarkReading;
}

/** A column of the never-publish file that could say who must never be published. */
export interface MarkColumn {
  index: number;
  header: string;
  /** A photo/media consent column, a never-publish column, or another column with few values ("Reason"). */
  kind: 'consent' | 'noPublish' | 'other';
  values: MarkValue[];
}

interface NamedRow {
  line: number;
  first: string;
  preferred: string;
  last: string;
  fields: string[];
}

export interface NoPublishFile {
  ok: true;
  rows: NamedRow[];
  /** Lines without a name Post Guard can use. */
  problems: RowProblem[];
  /** Lines under the header. */
  rowCount: number;
  /** Columns a person can choose to say who is never-publish; the first is the one Post Guard suggests. */
  columns: MarkColumn[];
}

/** Which lines of the file mean never-publish: every line, or those with one of `values` in `column`. */
export type NoPublishChoice = { column: 'every-line' } | { column: number; values: readonly string[] };

/** The most distinct values a column may have to be offered as a never-publish column. */
const MAX_MARK_VALUES = 12;

/**
 * Reads a file naming pupils who must never be published: a plain list of names, a list with a never-publish
 * column, or an MIS photo-consent report with one line per pupil. Nothing is decided here: the options page asks
 * which column and which of its values mean never-publish (see `suggestedChoice`), then `planNoPublish` says who.
 */
export function readNoPublishFile(text: string): NoPublishFile | { ok: false; error: string } {
  const read = readWithHeader(text);
  if (!read.ok) return read;
  const { records, header, headerFields } = read;
  const rows: NamedRow[] = [];
  const problems: RowProblem[] = [];
  const data = records.slice(header.index + 1);
  for (const { line, fields } of data) {
    const { first, preferred, last } = readNames(fields, header.map);
    if (!first || !last) {
      problems.push({ line, message: 'needs a forename and a surname. Skipped.' });
      continue;
    }
    rows.push({ line, first, preferred, last, fields });
  }
  const nameColumns = new Set(
    (['firstName', 'preferredName', 'lastName', 'preferredSurname', 'fullName'] as const)
      .map((column) => header.map[column])
      .filter((index) => index !== undefined),
  );
  const columns: MarkColumn[] = [];
  headerFields.forEach((heading, index) => {
    if (nameColumns.has(index) || !tidy(heading)) return;
    const column = columnOf(headerKey(heading));
    const kind = column === 'consent' ? 'consent' : column === 'noPublish' ? 'noPublish' : 'other';
    const values = new Map<string, MarkValue>();
    for (const row of rows) {
      const value = tidy(row.fields[index]);
      const key = valueKey(value);
      const known = values.get(key);
      if (known) known.lines++;
      else
        values.set(key, {
          value,
          key,
          lines: 1,
          reading: kind === 'other' ? 'unknown' : readMark(kind, value),
        });
    }
    if (values.size === 0 || values.size > MAX_MARK_VALUES) return;
    if (kind === 'other' && values.size === 1) return;
    columns.push({ index, header: tidy(heading), kind, values: [...values.values()] });
  });
  // A consent or never-publish column first: it is the one a person most likely means.
  columns.sort((a, b) => Number(a.kind === 'other') - Number(b.kind === 'other'));
  return { ok: true, rows, problems, rowCount: data.length, columns };
}

/**
 * What Post Guard suggests before a person chooses: the first consent or never-publish column, with the values
 * that plainly mean never-publish ("Not given", "Refused", "Withdrawn", "No"…); unknown values are left for the
 * person. A file without such a column is a plain list: every pupil named in it.
 */
export function suggestedChoice(file: NoPublishFile): NoPublishChoice {
  const column = file.columns.find((each) => each.kind !== 'other');
  if (!column) return { column: 'every-line' };
  return {
    column: column.index,
    values: column.values.filter((value) => value.reading === 'never-publish').map((value) => value.key),
  };
}

export interface NoPublishImport {
  ok: true;
  /** Indexes into the roster of the pupils to mark never-publish. */
  matches: number[];
  /** Their names, as on the roster, in roster order. */
  names: string[];
  problems: RowProblem[];
  counts: {
    rows: number;
    /** Lines the choice selects. */
    selected: number;
    matched: number;
    notOnRoster: number;
    alreadyMarked: number;
  };
  /**
   * The choice would mark every pupil on the roster, or more than half of it: the options page asks for an
   * explicit confirmation first (a consent report read as a list of names once marked 207 of 207 pupils).
   */
  needsConfirmation: boolean;
}

export type NoPublishResult = NoPublishImport | { ok: false; error: string };

/**
 * The pupils a choice marks never-publish: the file's selected lines, each found on the roster by forename or
 * preferred name and surname. Names not on the roster are listed by line.
 */
export function planNoPublish(
  file: NoPublishFile,
  roster: readonly Pupil[],
  choice: NoPublishChoice,
): NoPublishImport {
  const byKey = new Map<string, number[]>();
  roster.forEach((pupil, index) => {
    for (const key of pupilKeys(pupil)) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const chosen = choice.column === 'every-line' ? undefined : new Set(choice.values);
  const matches = new Set<number>();
  const problems: RowProblem[] = [...file.problems];
  let selected = 0;
  let notOnRoster = 0;
  for (const row of file.rows) {
    if (chosen && choice.column !== 'every-line' && !chosen.has(valueKey(row.fields[choice.column])))
      continue;
    selected++;
    const found = [
      ...(byKey.get(nameKey(row.first, row.last)) ?? []),
      ...(row.preferred ? (byKey.get(nameKey(row.preferred, row.last)) ?? []) : []),
    ];
    if (found.length === 0) {
      notOnRoster++;
      problems.push({
        line: row.line,
        message: `${row.first} ${row.last} is not on the roster. Import the roster first, or check the spelling.`,
      });
      continue;
    }
    for (const index of found) matches.add(index);
  }
  problems.sort((a, b) => a.line - b.line);
  const list = [...matches].sort((a, b) => a - b);
  return {
    ok: true,
    matches: list,
    names: list.map((index) => `${roster[index]!.firstName} ${roster[index]!.lastName}`),
    problems,
    counts: {
      rows: file.rowCount,
      selected,
      matched: list.length,
      notOnRoster,
      alreadyMarked: list.filter((index) => roster[index]?.noPublish).length,
    },
    needsConfirmation: list.length > 0 && (list.length === roster.length || list.length * 2 > roster.length),
  };
}

/** Reads a never-publish file and applies Post Guard's suggested choice (for the command line and tests). */
export function readNoPublishCsv(text: string, roster: readonly Pupil[]): NoPublishResult {
  const file = readNoPublishFile(text);
  return file.ok ? planNoPublish(file, roster, suggestedChoice(file)) : file;
}
