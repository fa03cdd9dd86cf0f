import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import {
  accountWords,
  capturedAccount,
  formatSize,
  imageFromDataUrl,
  incidentRecord,
  incidentSize,
  incidentZip,
  incidentZipName,
  localTime,
  recentIncident,
  type Capture,
  type Incident,
} from '../../../src/incidents/record';

/** A real 2×1 PNG (IHDR width 2, height 1), base64. */
const PNG_2X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAa/gL+2rqHVwAAAABJRU5ErkJggg==';

const capture = (overrides: Partial<Capture> = {}): Capture => ({
  id: 'c1',
  takenAt: Date.UTC(2026, 11, 7, 19, 55, 3),
  timeZone: 'Europe/London',
  url: 'https://x.com/someone/status/1',
  title: 'A post on X',
  site: 'x',
  account: { kind: 'personal', name: '@staffmember' },
  image: imageFromDataUrl(`data:image/png;base64,${PNG_2X1}`),
  note: 'Second reply',
  ...overrides,
});

const incident = (captures: Capture[], overrides: Partial<Incident> = {}): Incident => ({
  id: 'i1',
  createdAt: captures[0]!.takenAt,
  updatedAt: captures.at(-1)!.takenAt,
  note: 'Abuse under the fair post',
  captures,
  ...overrides,
});

describe('imageFromDataUrl', () => {
  it('reads a PNG data: URL into its bytes and size', () => {
    const image = imageFromDataUrl(`data:image/png;base64,${PNG_2X1}`);
    expect(image.type).toBe('image/png');
    expect([...image.bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect({ width: image.width, height: image.height }).toEqual({ width: 2, height: 1 });
  });

  it('refuses anything but a PNG or JPEG data: URL', () => {
    expect(() => imageFromDataUrl('data:image/svg+xml;base64,PHN2Zy8+')).toThrow();
    expect(() => imageFromDataUrl('https://x.com/image.png')).toThrow();
  });
});

describe('times', () => {
  it('gives the local time in the capture’s own time zone, summer or winter', () => {
    // ICU versions differ on the comma after the weekday.
    expect(localTime(Date.UTC(2026, 11, 7, 19, 55, 3), 'Europe/London')).toMatch(
      /^Monday,? 7 December 2026 at 19:55:03 GMT$/,
    );
    expect(localTime(Date.UTC(2026, 5, 1, 8, 0, 0), 'Europe/London')).toMatch(
      /^Monday,? 1 June 2026 at 09:00:00 BST$/,
    );
  });
});

describe('incidentRecord and incidentZip', () => {
  const one = capture();
  const two = capture({ id: 'c2', takenAt: one.takenAt + 60_000, note: '', account: { kind: 'not-known' } });
  const both = incident([one, two]);
  const exportedAt = Date.UTC(2026, 11, 8, 9, 0, 0);

  it('records each capture’s address, title, local and UTC time, account and image file', () => {
    const record = incidentRecord(both, exportedAt);
    expect(record.incident.note).toBe('Abuse under the fair post');
    expect(record.captures[0]).toEqual({
      file: 'capture-1.png',
      url: 'https://x.com/someone/status/1',
      title: 'A post on X',
      site: 'x',
      account: 'A personal account (@staffmember)',
      taken: {
        local: expect.stringMatching(/^Monday,? 7 December 2026 at 19:55:03 GMT$/),
        timeZone: 'Europe/London',
        utc: '2026-12-07T19:55:03.000Z',
      },
      note: 'Second reply',
      image: { type: 'image/png', bytes: one.image.bytes.byteLength, width: 2, height: 1 },
    });
    expect(record.captures[1]!.account).toBe('Not known: no post or comment box was open');
    expect(record.exported.utc).toBe('2026-12-08T09:00:00.000Z');
  });

  it('zips the images as they were taken, with the record as record.json', () => {
    const files = unzipSync(incidentZip(both, exportedAt));
    expect(Object.keys(files).sort()).toEqual(['capture-1.png', 'capture-2.png', 'record.json']);
    expect(files['capture-1.png']).toEqual(one.image.bytes);
    const record = JSON.parse(new TextDecoder().decode(files['record.json']));
    expect(record).toEqual(JSON.parse(JSON.stringify(incidentRecord(both, exportedAt))));
  });

  it('names the zip by the incident’s start in UTC', () => {
    expect(incidentZipName(both)).toBe('post-guard-incident-2026-12-07-1955.zip');
  });

  it('counts the images’ bytes as the incident’s size', () => {
    expect(incidentSize(both)).toBe(one.image.bytes.byteLength * 2);
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(310_400)).toBe('310 KB');
    expect(formatSize(2_400_000)).toBe('2.4 MB');
  });
});

describe('recentIncident', () => {
  const older = incident([capture()], { id: 'old', updatedAt: 1_000 });
  const newer = incident([capture()], { id: 'new', updatedAt: 5_000 });

  it('offers the incident added to last, within the hour', () => {
    expect(recentIncident([older, newer], 5_000 + 59 * 60_000)?.id).toBe('new');
  });

  it('offers none when the last was more than an hour ago, or there is none', () => {
    expect(recentIncident([older, newer], 5_000 + 61 * 60_000)).toBeUndefined();
    expect(recentIncident([], 0)).toBeUndefined();
  });
});

describe('capturedAccount', () => {
  it('takes the first box Post Guard is checking, else says it is not known', () => {
    expect(
      capturedAccount([
        { state: 'off', account: 'unknown' },
        { state: 'checked', account: 'official', accountName: 'Welbeck Primary' },
      ]),
    ).toEqual({ kind: 'official', name: 'Welbeck Primary' });
    expect(capturedAccount([])).toEqual({ kind: 'not-known' });
    expect(accountWords({ kind: 'unknown' })).toMatch(/could not tell/);
  });
});
