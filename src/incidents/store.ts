/**
 * The evidence log: incidents kept in the extension's own IndexedDB (the popup and the extension's pages share
 * it; content scripts and websites cannot reach it). Never storage.sync, never sent anywhere: the member of staff
 * exports an incident and sends it themselves. Deleting an incident deletes its images.
 */
import type { Capture, Incident } from './record';
import { newId } from './record';

const DATABASE = 'post-guard-evidence';
const VERSION = 1;
const INCIDENTS = 'incidents';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DATABASE, VERSION);
    open.onupgradeneeded = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(INCIDENTS)) db.createObjectStore(INCIDENTS, { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('The evidence log could not be opened'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

async function transaction<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T> | T,
): Promise<T> {
  const db = await database();
  const tx = db.transaction(INCIDENTS, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The evidence log could not be written'));
    tx.onabort = () => reject(tx.error ?? new Error('The evidence log could not be written'));
  });
  const result = await work(tx.objectStore(INCIDENTS));
  await done;
  return result;
}

/** Every incident, newest first. */
export async function listIncidents(): Promise<Incident[]> {
  const all = await transaction('readonly', (store) => request(store.getAll() as IDBRequest<Incident[]>));
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getIncident(id: string): Promise<Incident | undefined> {
  return transaction('readonly', (store) => request(store.get(id) as IDBRequest<Incident | undefined>));
}

/**
 * Adds a capture to the incident `incidentId`, or to a new incident when there is none (or it was deleted
 * meanwhile). Returns the incident as stored.
 */
export async function addCapture(capture: Capture, incidentId?: string): Promise<Incident> {
  return transaction('readwrite', async (store) => {
    const existing = incidentId
      ? await request(store.get(incidentId) as IDBRequest<Incident | undefined>)
      : undefined;
    const incident: Incident = existing
      ? { ...existing, updatedAt: capture.takenAt, captures: [...existing.captures, capture] }
      : {
          id: newId(),
          createdAt: capture.takenAt,
          updatedAt: capture.takenAt,
          note: '',
          captures: [capture],
        };
    await request(store.put(incident));
    return incident;
  });
}

/** Changes the note of an incident, or of one of its captures. */
export async function setNote(incidentId: string, note: string, captureId?: string): Promise<void> {
  await transaction('readwrite', async (store) => {
    const incident = await request(store.get(incidentId) as IDBRequest<Incident | undefined>);
    if (!incident) return;
    const next: Incident = captureId
      ? {
          ...incident,
          captures: incident.captures.map((capture) =>
            capture.id === captureId ? { ...capture, note } : capture,
          ),
        }
      : { ...incident, note };
    await request(store.put(next));
  });
}

export async function deleteIncident(id: string): Promise<void> {
  await transaction('readwrite', (store) => request(store.delete(id)));
}

export async function deleteAllIncidents(): Promise<void> {
  await transaction('readwrite', (store) => request(store.clear()));
}
