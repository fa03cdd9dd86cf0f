/**
 * Evidence of an incident (the policy: "Evidence from the incident should be saved, including screen prints of
 * messages or web pages, and the time and date of the incident"): what one capture holds, and the records and
 * files an incident is exported as. Pure: no IndexedDB, no browser APIs (./store.ts keeps them), so all of it is
 * unit-tested.
 */
import { zipSync, type Zippable } from 'fflate';
import type { AccountKind, Platform } from '../engine/types';

/** Who Post Guard believed was posting on the tab when it was captured. */
export interface CapturedAccount {
  kind: AccountKind | 'not-known';
  /** The handle, profile or Page, when the page showed it. */
  name?: string;
}

/** One screen print of a page, with where and when it was taken. */
export interface Capture {
  id: string;
  /** When it was taken, in ms since 1970 (UTC). */
  takenAt: number;
  /** The computer's time zone then (IANA name, e.g. "Europe/London"): the local time is shown in it. */
  timeZone: string;
  url: string;
  title: string;
  site?: Platform;
  account: CapturedAccount;
  /** The image as captureVisibleTab made it. */
  image: { type: 'image/png' | 'image/jpeg'; bytes: Uint8Array; width?: number; height?: number };
  note: string;
}

/** Several captures of one incident (scroll, capture again), with the member of staff's note on it. */
export interface Incident {
  id: string;
  createdAt: number;
  updatedAt: number;
  note: string;
  captures: Capture[];
}

/** A data: URL of a PNG or JPEG (what captureVisibleTab answers) as bytes. */
export function imageFromDataUrl(dataUrl: string): Capture['image'] {
  const match = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) throw new Error('The capture is not a PNG or JPEG image');
  const binary = atob(match[2]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { type: match[1] as Capture['image']['type'], bytes, ...pngSize(bytes) };
}

/** A PNG's width and height, from its IHDR chunk (bytes 16–23); nothing for another format. */
function pngSize(bytes: Uint8Array): { width?: number; height?: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** "Monday 7 December 2026 at 19:55:03 GMT": the date and time in the capture's own time zone. */
export function localTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'long', timeZone }).format(at);
}

/** "2026-12-07T19:55:03.000Z" */
export function utcTime(at: number): string {
  return new Date(at).toISOString();
}

/** "2.4 MB", "310 KB", "900 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The bytes an incident's images take, which is nearly all it stores. */
export function incidentSize(incident: Incident): number {
  return incident.captures.reduce((sum, capture) => sum + capture.image.bytes.byteLength, 0);
}

/** The incident a new capture may join: the latest one, if it was added to within the last `withinMs`. */
export function recentIncident(
  incidents: readonly Incident[],
  now: number,
  withinMs = 60 * 60 * 1000,
): Incident | undefined {
  const latest = [...incidents].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return latest && now - latest.updatedAt <= withinMs ? latest : undefined;
}

/** The words for who was posting, as the log and the report say them. */
export function accountWords(account: CapturedAccount): string {
  const name = account.name ? ` (${account.name})` : '';
  switch (account.kind) {
    case 'official':
      return `The school’s official account${name}`;
    case 'personal':
      return `A personal account${name}`;
    case 'unknown':
      return 'Post Guard could not tell which account was in use';
    case 'not-known':
      return 'Not known: no post or comment box was open';
  }
}

const extension = (image: Capture['image']): string => (image.type === 'image/png' ? 'png' : 'jpg');

/** The file name of a capture's image in the exported zip: capture-1.png, capture-2.png… */
export function captureFileName(capture: Capture, index: number): string {
  return `capture-${index + 1}.${extension(capture.image)}`;
}

/** The record of an incident as exported (record.json in the zip): everything but the images' bytes. */
export interface IncidentRecord {
  format: 'post-guard-incident';
  version: 1;
  incident: { id: string; created: { utc: string }; note: string };
  captures: {
    file: string;
    url: string;
    title: string;
    site?: Platform;
    account: string;
    taken: { local: string; timeZone: string; utc: string };
    note: string;
    image: { type: string; bytes: number; width?: number; height?: number };
  }[];
  exported: { utc: string };
}

export function incidentRecord(incident: Incident, exportedAt: number): IncidentRecord {
  return {
    format: 'post-guard-incident',
    version: 1,
    incident: { id: incident.id, created: { utc: utcTime(incident.createdAt) }, note: incident.note },
    captures: incident.captures.map((capture, index) => ({
      file: captureFileName(capture, index),
      url: capture.url,
      title: capture.title,
      ...(capture.site ? { site: capture.site } : {}),
      account: accountWords(capture.account),
      taken: {
        local: localTime(capture.takenAt, capture.timeZone),
        timeZone: capture.timeZone,
        utc: utcTime(capture.takenAt),
      },
      note: capture.note,
      image: {
        type: capture.image.type,
        bytes: capture.image.bytes.byteLength,
        ...(capture.image.width ? { width: capture.image.width, height: capture.image.height } : {}),
      },
    })),
    exported: { utc: utcTime(exportedAt) },
  };
}

/** The zip's name: post-guard-incident-2026-12-07-1955.zip (the incident's start, UTC). */
export function incidentZipName(incident: Incident): string {
  const iso = utcTime(incident.createdAt);
  return `post-guard-incident-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.zip`;
}

/** The zip of an incident: its images (stored, not compressed again) and record.json. */
export function incidentZip(incident: Incident, exportedAt: number): Uint8Array {
  const files: Zippable = {
    'record.json': new TextEncoder().encode(
      `${JSON.stringify(incidentRecord(incident, exportedAt), null, 2)}\n`,
    ),
  };
  incident.captures.forEach((capture, index) => {
    // PNG and JPEG are compressed already: level 0 keeps the export quick.
    files[captureFileName(capture, index)] = [capture.image.bytes, { level: 0 }];
  });
  return zipSync(files, { mtime: new Date(exportedAt) });
}

/** A new id: random, so two computers' exports never clash. */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Who Post Guard believes is posting on the tab: the first open post or comment box it is checking (the popup's
 * "This tab" report); not known when no box is open.
 */
export function capturedAccount(
  composers: readonly { state: string; account: AccountKind; accountName?: string }[] = [],
): CapturedAccount {
  const composer = composers.find((each) => each.state !== 'off') ?? composers[0];
  if (!composer) return { kind: 'not-known' };
  return composer.accountName
    ? { kind: composer.account, name: composer.accountName }
    : { kind: composer.account };
}
