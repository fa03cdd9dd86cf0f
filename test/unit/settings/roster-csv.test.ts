import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  combineRosters,
  decodeCsvBytes,
  parseCsv,
  readNoPublishCsv,
  readRosterCsv,
  type RosterImport,
} from '../../../src/settings/roster-csv';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));

/** Reads a fixture as the options page does: bytes, decoded, then read as a roster. */
function roster(name: string): RosterImport {
  const decoded = decodeCsvBytes(fixture(name));
  if (!decoded.ok) throw new Error(decoded.error);
  const result = readRosterCsv(decoded.text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

function failure(name: string): string {
  const decoded = decodeCsvBytes(fixture(name));
  if (!decoded.ok) return decoded.error;
  const result = readRosterCsv(decoded.text);
  if (result.ok) throw new Error(`${name} was read as a roster`);
  return result.error;
}

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and numbers records by line', () => {
    const parsed = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n\nlast,one');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.csv.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['last', 'one'] },
    ]);
  });

  it('finds the separator from the header line, ignoring separators inside quotes', () => {
    const semicolon = parseCsv('"Surname, legal";Forename\nHart;Amelia');
    expect(semicolon.ok && semicolon.csv.delimiter).toBe(';');
    expect(semicolon.ok && semicolon.csv.records[0]?.fields).toEqual(['Surname, legal', 'Forename']);
    const tab = parseCsv('Surname\tForename\nHart\tAmelia');
    expect(tab.ok && tab.csv.delimiter).toBe('\t');
  });

  it('fails on a quote that is never closed, naming the line it opened on', () => {
    const parsed = parseCsv('Forename,Surname\nAmelia,Hart\n"Noah,Patel\nFreya,Walsh\n');
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/^Line 3: a quoted field/) });
  });
});

describe('decodeCsvBytes', () => {
  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeCsvBytes(fixture('sims-export.csv'));
    expect(decoded.ok && decoded.text.startsWith('"Adno"')).toBe(true);
  });

  it('reads Windows-1252 text and says so', () => {
    const decoded = decodeCsvBytes(fixture('windows-1252.csv'));
    expect(decoded).toMatchObject({ ok: true, note: expect.stringContaining('not UTF-8') });
    expect(decoded.ok && decoded.text).toContain('Zoë,Brontë');
  });

  it('reads UTF-16 from Excel’s “Unicode text”', () => {
    const text = 'Forename\tSurname\nZoë\tHart\n';
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text });
  });

  it('refuses an Excel workbook, a binary file and an empty file with a clear message', () => {
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
      ok: false,
      error: expect.stringContaining('save it as “CSV UTF-8'),
    });
    expect(decodeCsvBytes(new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ ok: false });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
  });
});

describe('readRosterCsv: good files', () => {
  it('reads a SIMS export: BOM, CRLF, legal and preferred names, extra columns', () => {
    const result = roster('sims-export.csv');
    expect(result.pupils).toEqual([
      { firstName: 'Florence', lastName: 'Achterberg', className: '4A' },
      { firstName: 'William', lastName: 'Turner', preferredName: 'Will', className: '4A' },
      { firstName: 'Zoë', lastName: "O'Brien", className: '5B' },
      { firstName: 'Oluwaseun', lastName: 'Adeyemi-Clarke', preferredName: 'Seun', className: '6C' },
      { firstName: 'Mary Jane', lastName: 'Smith', className: 'RA' },
    ]);
    expect(result.counts).toEqual({
      rows: 5,
      pupils: 5,
      skipped: 0,
      duplicates: 0,
      noPublish: 0,
      consentUnknown: 0,
    });
    expect(result.columns).toEqual({
      firstName: 'Legal Forename',
      preferredName: 'Preferred Forename',
      lastName: 'Legal Surname',
      className: 'Reg',
    });
    expect(result.problems).toEqual([]);
  });

  it('reads semicolon-separated columns in any order, and a photo-consent column as never-publish', () => {
    const result = roster('semicolon.csv');
    expect(result.pupils).toEqual([
      { firstName: 'Amelia', lastName: 'Hart', className: 'Oak' },
      { firstName: 'Noah', lastName: 'Patel', noPublish: true, className: 'Oak' },
      { firstName: 'Freya', lastName: 'Walsh', className: 'Ash' },
    ]);
    expect(result.counts.noPublish).toBe(1);
    expect(result.columns.noPublish).toBe('Photo Consent');
  });

  it('knows the common headings, with or without spaces, case or a "Pupil" prefix', () => {
    for (const [header, row] of [
      ['First Name,Last Name', 'Amelia,Hart'],
      ['forename,surname', 'Amelia,Hart'],
      ['Pupil Forename,Pupil Surname', 'Amelia,Hart'],
      ['Legal Surname,Legal Forename', 'Hart,Amelia'],
      ['Preferred Forename,Surname', 'Amelia,Hart'],
      ['Surname,Forename,Legal Forename', 'Hart,Millie,Amelia'],
    ]) {
      const result = readRosterCsv(`${header}\n${row}\n`);
      expect(result.ok, header).toBe(true);
      if (result.ok)
        expect(result.pupils[0], header).toMatchObject({ firstName: 'Amelia', lastName: 'Hart' });
    }
  });

  it('reads Windows-1252 accented names', () => {
    const decoded = decodeCsvBytes(fixture('windows-1252.csv'));
    const result = decoded.ok ? readRosterCsv(decoded.text) : decoded;
    expect(result.ok && result.pupils).toEqual([
      { firstName: 'Zoë', lastName: 'Brontë' },
      { firstName: 'José', lastName: 'Núñez' },
    ]);
  });
});

describe('readRosterCsv: a messy file', () => {
  const result = roster('messy.csv');

  it('keeps every good line, tidying spaces and reading quoted names', () => {
    expect(result.pupils).toEqual([
      { firstName: 'Amelia', lastName: 'Hart', className: 'Oak' },
      { firstName: 'Noah', lastName: 'Patel', className: 'Oak, upstairs' },
      { firstName: 'Freya', lastName: 'Walsh', className: 'Ash' },
      { firstName: 'Li "Lily"', lastName: 'Chen', className: 'Ash (moved from Oak)' },
    ]);
  });

  it('lists each skipped line by its line number in the file', () => {
    expect(result.problems).toEqual([
      { line: 8, message: 'Amelia Hart is already on line 4; kept once.' },
      { line: 11, message: '“Poppy” has no surname. Skipped.' },
      { line: 12, message: expect.stringMatching(/^has 5 fields but the header has 4/) },
    ]);
    expect(result.counts).toEqual({
      rows: 7,
      pupils: 4,
      skipped: 2,
      duplicates: 1,
      noPublish: 0,
      consentUnknown: 0,
    });
    expect(result.notes).toEqual(['Lines 1–2 come before the column headings and were not read.']);
  });
});

describe('readRosterCsv: files that change nothing', () => {
  it('a broken quote', () => {
    expect(failure('unclosed-quote.csv')).toMatch(/^Line 3: a quoted field is opened/);
  });

  it('no column headings', () => {
    expect(failure('no-header.csv')).toMatch(/could not find the column headings.*“Amelia”, “Hart”/);
  });

  it('a forename column without a surname column', () => {
    expect(readRosterCsv('Forename,Class\nAmelia,Oak\n')).toEqual({
      ok: false,
      error: expect.stringContaining('no surname column'),
    });
  });

  it('an empty file, or one with only headings', () => {
    expect(readRosterCsv('\n\n')).toEqual({ ok: false, error: 'The file has no lines with text.' });
    expect(readRosterCsv('Forename,Surname\n')).toMatchObject({ ok: false });
  });

  it('more than 5,000 pupils', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `Pupil${i},Surname${i}`);
    const result = readRosterCsv(`Forename,Surname\n${rows.join('\n')}`);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('5,001 pupils; Post Guard keeps at most 5,000'),
    });
    const exactly = readRosterCsv(`Forename,Surname\n${rows.slice(0, 5000).join('\n')}`);
    expect(exactly.ok && exactly.counts.pupils).toBe(5000);
  });

  it('a name longer than the settings allow is skipped, not imported', () => {
    const result = readRosterCsv(`Forename,Surname\n${'A'.repeat(101)},Hart\nNoah,Patel\n`);
    expect(result.ok && result.problems).toEqual([
      { line: 2, message: expect.stringContaining('longer than 100') },
    ]);
  });
});

describe('combineRosters', () => {
  const current = [
    { firstName: 'Amelia', lastName: 'Hart', noPublish: true },
    { firstName: 'Noah', lastName: 'Patel' },
  ];
  const incoming = [
    { firstName: 'AMELIA', lastName: 'Hart' },
    { firstName: 'Freya', lastName: 'Walsh' },
  ];

  it('replaces the roster and keeps the never-publish tick of a pupil on both', () => {
    expect(combineRosters(current, incoming, 'replace')).toEqual([
      { firstName: 'AMELIA', lastName: 'Hart', noPublish: true },
      { firstName: 'Freya', lastName: 'Walsh' },
    ]);
  });

  it('adds new pupils and keeps those already there once', () => {
    expect(combineRosters(current, incoming, 'add')).toEqual([
      ...current,
      { firstName: 'Freya', lastName: 'Walsh' },
    ]);
  });
});

describe('readNoPublishCsv', () => {
  const pupils = roster('sims-export.csv').pupils;

  it('finds pupils by "Surname, Forename", by preferred name, and lists names not on the roster', () => {
    const decoded = decodeCsvBytes(fixture('never-publish.csv'));
    const result = decoded.ok ? readNoPublishCsv(decoded.text, pupils) : decoded;
    expect(result).toEqual({
      ok: true,
      matches: [0, 1],
      names: ['Florence Achterberg', 'William Turner'],
      problems: [{ line: 4, message: expect.stringContaining('Someone Nobody is not on the roster') }],
      counts: { rows: 3, selected: 3, matched: 2, notOnRoster: 1, alreadyMarked: 0 },
      needsConfirmation: false,
    });
  });

  it('matches regardless of case and accents', () => {
    const result = readNoPublishCsv('Forename,Surname\nzoe,o’brien\n', pupils);
    // The apostrophe differs (’ and '), the accent is missing: still the same pupil.
    expect(result.ok && result.matches).toEqual([2]);
  });

  it('refuses a file without name columns', () => {
    expect(readNoPublishCsv('Adno,Year\n1,4\n', pupils)).toMatchObject({ ok: false });
  });
});
