import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/settings/roster-csv';
import {
  combineParents,
  readParentsCsv,
  splitContactName,
  type ParentsImport,
} from '../../../src/settings/parents-csv';

function parents(name: string): ParentsImport {
  const decoded = decodeCsvBytes(
    new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url))),
  );
  if (!decoded.ok) throw new Error(decoded.error);
  const result = readParentsCsv(decoded.text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('readParentsCsv: a SIMS contacts report, one line per contact', () => {
  const result = parents('sims-contacts.csv');

  it('reads each contact once, with the relationship and the pupil they are a contact for', () => {
    expect(result.parents).toEqual([
      { firstName: 'Dawn', lastName: 'Achterberg', relationship: 'Mother', pupil: 'Florence Achterberg' },
      { firstName: 'Pieter', lastName: 'Achterberg', relationship: 'Father', pupil: 'Florence Achterberg' },
      { firstName: 'Joanne', lastName: 'Édouard', relationship: 'Mother', pupil: 'William Turner' },
      { firstName: 'Chidi', lastName: 'Okafor', relationship: 'Father', pupil: 'Amara Okafor' },
    ]);
    expect(result.counts).toMatchObject({ parents: 4, duplicates: 1 });
    expect(result.notes[0]).toMatch(/Lines 1–1 come before the column headings/);
  });

  it('lists a contact without a forename and a line without a contact, by line, instead of dropping them', () => {
    expect(result.problems).toEqual([
      { line: 6, message: expect.stringMatching(/^Turner \(William Turner\) has no forename/) },
      { line: 9, message: 'names no contact. Nothing read from it.' },
    ]);
  });

  it('does not take the bare "Priority" column (1, 2…) for a name', () => {
    expect(result.columns).toEqual(['Contact Forename', 'Contact Surname']);
  });
});

describe('readParentsCsv: an export with numbered contacts on each pupil’s line', () => {
  const result = parents('arbor-guardians.csv');

  it('reads "Priority 1 Contact" and "Parent/Carer Name" whole names, titles left out, "Surname, Forename" turned', () => {
    expect(result.parents.map((p) => [p.firstName, p.lastName, p.relationship, p.pupil])).toEqual([
      ['Siobhan', 'Quayle', 'Mother', 'Harriet Quayle'],
      ['Rhys', 'Quayle', 'Father', 'Harriet Quayle'],
      ['Leila', 'Mansour', 'Mother', 'Idris Mansour'],
    ]);
  });

  it('an initial is not a forename: "Mr J Haddad" is listed to be completed by hand', () => {
    expect(result.problems).toEqual([
      { line: 4, message: expect.stringMatching(/^Mr J Haddad \(Noor Haddad\) has no forename/) },
    ]);
  });
});

describe('readParentsCsv: files it cannot read say why and import nothing', () => {
  it('a pupil list without contact columns', () => {
    const result = readParentsCsv('Forename,Surname,Reg\nAmara,Okafor,4B\n');
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/could not find the contacts’ name columns.*“Forename”, “Surname”, “Reg”/),
    });
  });

  it('a contacts file whose every contact lacks a forename', () => {
    const result = readParentsCsv(
      'Student,Contact Title,Contact Surname,Contact Forename\nAmara Okafor,Mr,Okafor,\n',
    );
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^No parent or carer could be read from the file\. Line 2/),
    });
  });

  it('"Forename, Surname, Relationship" with a "Student" column: the plain names are the contact’s', () => {
    const result = readParentsCsv(
      'Student,Forename,Surname,Relationship\nAmara Okafor,Grace,Okafor,Mother\n',
    );
    expect(result.ok && result.parents).toEqual([
      { firstName: 'Grace', lastName: 'Okafor', relationship: 'Mother', pupil: 'Amara Okafor' },
    ]);
  });
});

describe('splitContactName', () => {
  it.each([
    ['Mrs Jane Smith', 'Jane', 'Smith'],
    ['Smith, Jane', 'Jane', 'Smith'],
    ['Dr. Anna Maria Lopez', 'Anna Maria', 'Lopez'],
    ['Mr Smith', '', 'Smith'],
  ])('%s', (full, first, last) => {
    expect(splitContactName(full)).toEqual({ first, last });
  });
});

describe('combineParents', () => {
  const current = [{ firstName: 'Dawn', lastName: 'Achterberg' }];
  const incoming = [
    { firstName: 'DAWN', lastName: 'achterberg' },
    { firstName: 'Chidi', lastName: 'Okafor' },
  ];
  it('adds only people not already on the list', () => {
    expect(combineParents(current, incoming, 'add')).toEqual([current[0], incoming[1]]);
  });
  it('replaces the list', () => {
    expect(combineParents(current, incoming, 'replace')).toEqual(incoming);
  });
});
