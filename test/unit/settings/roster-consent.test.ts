import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  planNoPublish,
  readNoPublishFile,
  readRosterCsv,
  suggestedChoice,
  type NoPublishFile,
  type RosterImport,
} from '../../../src/settings/roster-csv';

// Consent and class columns from SIMS, Arbor and Bromcom shaped exports (test/fixtures/csv; invented names).
const text = (name: string): string => {
  const decoded = decodeCsvBytes(
    new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url))),
  );
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
};

function roster(name: string): RosterImport {
  const result = readRosterCsv(text(name));
  if (!result.ok) throw new Error(result.error);
  return result;
}

function file(name: string): NoPublishFile {
  const result = readNoPublishFile(text(name));
  if (!result.ok) throw new Error(result.error);
  return result;
}

const neverPublish = (result: RosterImport) =>
  result.pupils.filter((pupil) => pupil.noPublish).map((pupil) => `${pupil.firstName} ${pupil.lastName}`);

describe('the roster import reads photo consent: no consent means never-publish', () => {
  it('SIMS: "Not Given", "Withdrawn", "Refused" in any case; blank and unknown are never-publish and listed', () => {
    const result = roster('sims-photo-consent.csv');
    expect(result.columns).toMatchObject({ noPublish: 'Photo Consent', className: 'Reg Group' });
    expect(neverPublish(result)).toEqual([
      'William Turner',
      'Oluwaseun Adeyemi-Clarke',
      'Maryam Hussain',
      'Hope Fairweather',
      'Arlo Lindqvist',
      'Grace Okonjo',
    ]);
    expect(result.counts).toMatchObject({ pupils: 12, noPublish: 6, consentUnknown: 2, skipped: 0 });
    expect(result.problems).toEqual([
      {
        line: 12,
        message: expect.stringContaining(
          'Hope Fairweather: photo consent is blank, so they are marked never-publish',
        ),
      },
      {
        line: 13,
        message: expect.stringContaining(
          'Arlo Lindqvist: photo consent “Pending” is not an answer Post Guard knows',
        ),
      },
    ]);
  });

  it('Arbor: "Media Consent" Yes / No / Y / N / True / FALSE, and the registration form as the class', () => {
    const result = roster('arbor-students.csv');
    expect(neverPublish(result)).toEqual(['Idris Mansour', 'Eliza Treharne', 'Ivy Gallacher']);
    expect(result.pupils[0]).toEqual({
      firstName: 'Harriet',
      lastName: 'Quayle',
      preferredName: 'Hattie',
      className: '2Q',
    });
    expect(result.columns.className).toBe('Registration Form');
  });

  it('Bromcom: "Consent - Photos" Granted / Refused / Withdrawn / "Consent not given", and the tutor group', () => {
    const result = roster('bromcom-students.csv');
    expect(neverPublish(result)).toEqual(['Chiamaka Eze', 'Harper Vasquez-Reid', 'Anwen Pritchard']);
    expect(new Set(result.pupils.map((pupil) => pupil.className))).toEqual(new Set(['7WH', '7KS', '8LM']));
  });

  it('knows the consent headings MIS exports use, and not a plain "Photo" column', () => {
    for (const heading of [
      'Photo Consent',
      'Photograph consent',
      'Media consent',
      'Consent - Photos',
      'Photographs',
      'Image consent',
      'Photo/Video Consent',
      'Pupil Photo Consent',
    ]) {
      const result = readRosterCsv(`Forename,Surname,${heading}\nAmelia,Hart,Not given\nNoah,Patel,Given\n`);
      expect(result.ok && neverPublish(result), heading).toEqual(['Amelia Hart']);
    }
    const photo = readRosterCsv('Forename,Surname,Photo\nAmelia,Hart,No\n');
    expect(photo.ok && neverPublish(photo)).toEqual([]);
  });

  it('does not read a column of other things as consent, and says so', () => {
    const result = readRosterCsv(
      'Forename,Surname,Photographs\nAmelia,Hart,img_0041.jpg\nNoah,Patel,img_0042.jpg\n',
    );
    expect(result.ok && neverPublish(result)).toEqual([]);
    expect(result.ok && result.notes).toEqual([
      expect.stringContaining('“Photographs” does not hold consent answers'),
    ]);
  });

  it('fills the class from "Reg Group", "Form", "Class", "Registration Group" or "Tutor Group"', () => {
    for (const heading of ['Reg Group', 'Form', 'Class', 'Registration Group', 'Tutor Group', 'Form Group']) {
      const result = readRosterCsv(`Forename,Surname,${heading}\nAmelia,Hart, Oak  Class \n`);
      expect(result.ok && result.pupils[0]?.className, heading).toBe('Oak Class');
    }
  });
});

describe('the never-publish import asks which column and which values', () => {
  const pupils = roster('sims-photo-consent.csv').pupils.map(({ noPublish: _, ...pupil }) => pupil);

  it('finds the consent column and suggests the values that mean no consent, leaving unknown ones to the person', () => {
    const consent = file('sims-photo-consent.csv');
    expect(consent.columns[0]).toMatchObject({ header: 'Photo Consent', kind: 'consent' });
    expect(consent.columns[0]!.values.map(({ value, lines, reading }) => [value, lines, reading])).toEqual([
      ['Given', 6, 'publish'],
      ['Not Given', 2, 'never-publish'],
      ['Withdrawn', 1, 'never-publish'],
      ['', 1, 'unknown'],
      ['Pending', 1, 'unknown'],
      ['Refused', 1, 'never-publish'],
    ]);
    expect(suggestedChoice(consent)).toEqual({ column: 4, values: ['not given', 'withdrawn', 'refused'] });
    // Other columns with few values can be chosen too.
    expect(consent.columns.map((column) => column.header)).toEqual([
      'Photo Consent',
      'Reg Group',
      'Year Group',
    ]);
  });

  it('marks only the pupils without consent, with their names, before anything changes', () => {
    const consent = file('sims-photo-consent.csv');
    const plan = planNoPublish(consent, pupils, suggestedChoice(consent));
    expect(plan.names).toEqual([
      'William Turner',
      'Oluwaseun Adeyemi-Clarke',
      'Maryam Hussain',
      'Grace Okonjo',
    ]);
    expect(plan.counts).toEqual({ rows: 12, selected: 4, matched: 4, notOnRoster: 0, alreadyMarked: 0 });
    expect(plan.needsConfirmation).toBe(false);
    // The person adds "Pending" and blank: those pupils too.
    const wider = planNoPublish(consent, pupils, {
      column: 4,
      values: ['not given', 'withdrawn', 'refused', '', 'pending'],
    });
    expect(wider.counts.matched).toBe(6);
  });

  it('asks for confirmation before marking the whole roster, or most of it', () => {
    const consent = file('sims-photo-consent.csv');
    const everyone = planNoPublish(consent, pupils, { column: 'every-line' });
    expect(everyone.counts.matched).toBe(12);
    expect(everyone.needsConfirmation).toBe(true);
    const given = planNoPublish(consent, pupils, { column: 4, values: ['given'] });
    expect(given.counts.matched).toBe(6);
    expect(given.needsConfirmation).toBe(false);
    const most = planNoPublish(consent, pupils, { column: 4, values: ['given', 'not given'] });
    expect(most.needsConfirmation).toBe(true);
  });

  it('reads a plain list of names as every pupil named', () => {
    const list = file('never-publish.csv');
    expect(suggestedChoice(list)).toEqual({ column: 'every-line' });
    expect(list.columns).toEqual([expect.objectContaining({ header: 'Reason', kind: 'other' })]);
  });

  it('reads a never-publish column the other way round: yes means never-publish', () => {
    const flagged = readNoPublishFile(
      'Forename,Surname,Never publish\nWilliam,Turner,Yes\nFlorence,Achterberg,No\n',
    );
    if (!flagged.ok) throw new Error(flagged.error);
    expect(planNoPublish(flagged, pupils, suggestedChoice(flagged)).names).toEqual(['William Turner']);
  });
});
