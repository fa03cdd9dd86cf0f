import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import {
  accountWords,
  formatSize,
  incidentSize,
  incidentZip,
  incidentZipName,
  localTime,
  utcTime,
  type Capture,
  type Incident,
} from '../../incidents/record';
import {
  deleteAllIncidents,
  deleteIncident,
  getIncident,
  listIncidents,
  setNote,
} from '../../incidents/store';
import type { Settings } from '../../settings/settings';
import { SITE_NAMES } from '../../sites/site-for-url';
import { useSettings } from '../useSettings';
import { PolicyReminder, QuotedRule } from './PolicyReminder';

/** An object URL for a capture's image while the component shows it. */
function useImageUrl(capture: Capture): string {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([capture.image.bytes as BlobPart], { type: capture.image.type })),
    [capture.id],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

/** Saves a file the browser's way: a download the member of staff keeps or attaches. */
function download(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const incidentName = (incident: Incident) =>
  `Incident of ${localTime(incident.createdAt, incident.captures[0]?.timeZone ?? 'UTC')}`;

function Thumbnail({ capture, index }: { capture: Capture; index: number }) {
  const url = useImageUrl(capture);
  return (
    <img
      class="pg-thumb"
      src={url}
      alt={`Capture ${index + 1}: ${capture.title || capture.url}`}
      width={160}
      height={100}
    />
  );
}

/** One capture in full: the image, and where, when and who. */
export function CaptureDetails({ capture, index }: { capture: Capture; index: number }) {
  const url = useImageUrl(capture);
  return (
    <figure class="pg-capture-full">
      <a href={url} target="_blank" rel="noopener">
        <img src={url} alt={`Capture ${index + 1}: ${capture.title || capture.url}`} />
      </a>
      <figcaption>
        <dl class="pg-facts">
          <dt>Page</dt>
          <dd>{capture.title || '(no title)'}</dd>
          <dt>Address</dt>
          <dd class="pg-url">{capture.url}</dd>
          <dt>Date and time</dt>
          <dd>{localTime(capture.takenAt, capture.timeZone)}</dd>
          <dt>In UTC</dt>
          <dd>{utcTime(capture.takenAt)}</dd>
          {capture.site && (
            <>
              <dt>Site</dt>
              <dd>{SITE_NAMES[capture.site]}</dd>
            </>
          )}
          <dt>Account in use</dt>
          <dd>{accountWords(capture.account)}</dd>
          {capture.note && (
            <>
              <dt>Note</dt>
              <dd>{capture.note}</dd>
            </>
          )}
        </dl>
      </figcaption>
    </figure>
  );
}

function NoteEditor({ incident, onSaved }: { incident: Incident; onSaved(): void }) {
  const id = useId();
  const [note, setDraft] = useState(incident.note);
  const [saved, setSaved] = useState(false);
  return (
    <div class="pg-field">
      <label for={id}>Your note on this incident</label>
      <textarea
        id={id}
        rows={3}
        maxLength={5000}
        value={note}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          setSaved(false);
        }}
      />
      <div class="pg-button-row">
        <button
          type="button"
          class="pg-button"
          disabled={note === incident.note}
          onClick={() =>
            void setNote(incident.id, note.trim()).then(() => {
              setSaved(true);
              onSaved();
            })
          }
        >
          Save note
        </button>
        <span role="status">{saved ? 'Note saved.' : ''}</span>
      </div>
    </div>
  );
}

/** Asks once more before deleting: a button, then "Delete? yes / no" in its place. */
function ConfirmButton({
  label,
  question,
  onConfirm,
}: {
  label: string;
  question: string;
  onConfirm(): void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="pg-button pg-button-danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="pg-confirm" role="group" aria-label={question}>
      <p>{question} This cannot be undone.</p>
      <button
        type="button"
        class="pg-button pg-button-danger-strong"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes, delete
      </button>
      <button type="button" class="pg-button" onClick={() => setAsking(false)} autoFocus>
        Keep it
      </button>
    </div>
  );
}

function IncidentCard({
  incident,
  open,
  onToggle,
  onChanged,
}: {
  incident: Incident;
  open: boolean;
  onToggle(): void;
  onChanged(): void;
}) {
  const headingId = useId();
  const sites = [...new Set(incident.captures.flatMap((capture) => (capture.site ? [capture.site] : [])))];
  return (
    <article class="pg-card pg-incident" aria-labelledby={headingId}>
      <h3 id={headingId}>{incidentName(incident)}</h3>
      <p class="pg-muted">
        {incident.captures.length} {incident.captures.length === 1 ? 'capture' : 'captures'}
        {sites.length > 0 && ` on ${sites.map((site) => SITE_NAMES[site]).join(', ')}`} ·{' '}
        {formatSize(incidentSize(incident))}
      </p>
      {incident.note && !open && <p class="pg-incident-note">{incident.note}</p>}
      {!open && (
        <ul class="pg-thumbs" aria-label="Captures">
          {incident.captures.slice(0, 4).map((capture, index) => (
            <li key={capture.id}>
              <Thumbnail capture={capture} index={index} />
            </li>
          ))}
        </ul>
      )}
      <div class="pg-button-row">
        <button type="button" class="pg-button" aria-expanded={open} onClick={onToggle}>
          {open ? 'Close' : 'Open'}
        </button>
        <a
          class="pg-button"
          href={`?print=${encodeURIComponent(incident.id)}`}
          target="_blank"
          rel="noopener"
        >
          Printable report
        </a>
        <button
          type="button"
          class="pg-button"
          onClick={() =>
            download(incidentZip(incident, Date.now()), incidentZipName(incident), 'application/zip')
          }
        >
          Download as a zip
        </button>
        <ConfirmButton
          label="Delete"
          question="Delete this incident and its captures?"
          onConfirm={() => void deleteIncident(incident.id).then(onChanged)}
        />
      </div>
      {open && (
        <div class="pg-incident-body">
          <NoteEditor incident={incident} onSaved={onChanged} />
          {incident.captures.map((capture, index) => (
            <CaptureDetails key={capture.id} capture={capture} index={index} />
          ))}
        </div>
      )}
    </article>
  );
}

/** The evidence log: every incident saved from the popup, to open, note, export and delete. */
export function EvidenceLog({ settings }: { settings: Settings }) {
  const [incidents, setIncidents] = useState<Incident[]>();
  const [failed, setFailed] = useState(false);
  const [openId, setOpenId] = useState<string>();
  const reload = () => {
    listIncidents()
      .then((list) => {
        setIncidents(list);
        setFailed(false);
      })
      .catch((error: unknown) => {
        console.error('Post Guard could not read the evidence log', error);
        setFailed(true);
      });
  };
  useEffect(reload, []);

  const total = incidents?.reduce((sum, incident) => sum + incidentSize(incident), 0) ?? 0;
  return (
    <div class="pg-options pg-evidence">
      <header class="pg-options-header">
        <h1>Evidence log</h1>
        <p class="pg-school">{settings.schoolName}</p>
        <p>
          Screen prints saved with Post Guard’s “Save evidence of this page”. They are kept on this computer
          only, in Post Guard’s own storage: never synced, never sent. To pass them on, export an incident and
          email it yourself.
        </p>
      </header>
      <main>
        <div class="pg-card">
          <PolicyReminder settings={settings} />
        </div>
        <section class="pg-incidents" aria-labelledby="pg-incidents-heading">
          <div class="pg-incidents-head">
            <h2 id="pg-incidents-heading">Incidents</h2>
            {incidents && (
              <p role="status">
                {incidents.length === 0
                  ? 'No evidence saved.'
                  : `${incidents.length} ${incidents.length === 1 ? 'incident' : 'incidents'}, ${formatSize(total)} on this computer.`}
              </p>
            )}
          </div>
          {failed && (
            <p role="alert" class="pg-alert pg-alert-error">
              Post Guard could not read the evidence log. Reload this page to try again.
            </p>
          )}
          {incidents?.length === 0 && (
            <p class="pg-muted">
              To save evidence, open Post Guard from its toolbar button on the page and choose “Save evidence
              of this page”.
            </p>
          )}
          {incidents?.map((incident) => (
            <IncidentCard
              key={incident.id}
              incident={incident}
              open={openId === incident.id}
              onToggle={() => setOpenId(openId === incident.id ? undefined : incident.id)}
              onChanged={reload}
            />
          ))}
          {incidents && incidents.length > 0 && (
            <div class="pg-card pg-delete-all">
              <h2>Delete all evidence</h2>
              <p>Delete every incident once it has been passed on and is no longer needed.</p>
              <ConfirmButton
                label="Delete all evidence"
                question={`Delete all ${incidents.length} ${incidents.length === 1 ? 'incident' : 'incidents'}?`}
                onConfirm={() => void deleteAllIncidents().then(reload)}
              />
            </div>
          )}
        </section>
      </main>
    </div>
  );
}

/** The printable report of one incident: print it, or save it as a PDF from the browser's print window. */
export function IncidentReport({ settings, incident }: { settings: Settings; incident: Incident }) {
  return (
    <div class="pg-options pg-evidence pg-evidence-report">
      <header class="pg-options-header">
        <p class="pg-school">{settings.schoolName}</p>
        <h1>{incidentName(incident)}</h1>
        <p>
          Evidence saved with Post Guard. {incident.captures.length}{' '}
          {incident.captures.length === 1 ? 'capture' : 'captures'}; first at {utcTime(incident.createdAt)}{' '}
          (UTC).
        </p>
        <div class="pg-button-row pg-no-print">
          <button type="button" class="pg-button pg-button-primary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      </header>
      <main>
        {incident.note && (
          <section aria-labelledby="pg-report-note">
            <h2 id="pg-report-note">Note</h2>
            <p class="pg-incident-note">{incident.note}</p>
          </section>
        )}
        <section aria-labelledby="pg-report-policy">
          <h2 id="pg-report-policy">The policy</h2>
          <QuotedRule settings={settings} clause="save-evidence" />
          <QuotedRule settings={settings} clause="no-retaliation" />
        </section>
        {incident.captures.map((capture, index) => (
          <section key={capture.id} class="pg-report-capture" aria-labelledby={`pg-capture-${index}`}>
            <h2 id={`pg-capture-${index}`}>Capture {index + 1}</h2>
            <CaptureDetails capture={capture} index={index} />
          </section>
        ))}
      </main>
    </div>
  );
}

/** The log, or the printable report of the incident named in the address (`?print=<id>`). */
export function EvidenceApp() {
  const settings = useSettings();
  const printId = new URLSearchParams(location.search).get('print');
  const [incident, setIncident] = useState<Incident | null>();
  useEffect(() => {
    if (!printId) return;
    getIncident(printId)
      .then((found) => setIncident(found ?? null))
      .catch(() => setIncident(null));
  }, [printId]);
  if (!settings) return null;
  if (!printId) return <EvidenceLog settings={settings} />;
  if (incident === undefined) return null;
  if (incident === null) {
    return (
      <div class="pg-options pg-evidence">
        <h1>Evidence log</h1>
        <p role="alert">This incident is no longer in the evidence log: it may have been deleted.</p>
        <p>
          <a href="?">Open the evidence log</a>
        </p>
      </div>
    );
  }
  document.title = `${incidentName(incident)} – Post Guard`;
  return <IncidentReport settings={settings} incident={incident} />;
}
