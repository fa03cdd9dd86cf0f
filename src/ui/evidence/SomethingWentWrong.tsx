import { useEffect, useId, useState } from 'preact/hooks';
import { captureVisibleTab, extensionUrl } from '../../platform/browser';
import { askActiveTab, type ActiveTab } from '../../platform/tab-status';
import {
  capturedAccount,
  imageFromDataUrl,
  newId,
  recentIncident,
  type Capture,
  type Incident,
} from '../../incidents/record';
import { reportPagePath } from '../../incidents/report-form';
import { addCapture, listIncidents } from '../../incidents/store';
import type { Settings } from '../../settings/settings';
import { SITE_NAMES, siteForUrl } from '../../sites/site-for-url';
import { QuotedRule } from './PolicyReminder';

export const EVIDENCE_PAGE = 'evidence/index.html';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; incident: Incident }
  | { kind: 'failed'; message: string };

const time = (at: number) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(at);

/** Takes the screen print and stores it, in the incident `incidentId` or a new one. */
async function saveEvidence(tab: ActiveTab, note: string, incidentId?: string): Promise<Incident> {
  const takenAt = Date.now();
  const dataUrl = await captureVisibleTab();
  const platform = tab.report?.platform ?? siteForUrl(tab.url);
  const capture: Capture = {
    id: newId(),
    takenAt,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    url: tab.url ?? '',
    title: tab.title ?? '',
    ...(platform ? { site: platform } : {}),
    account: capturedAccount(tab.report?.composers),
    image: imageFromDataUrl(dataUrl),
    note: note.trim(),
  };
  return addCapture(capture, incidentId);
}

/**
 * The popup's "Something went wrong?": save a screen print of the page as evidence (on the sites Post Guard
 * covers), and the report forms for the headteacher (from any page).
 */
export function SomethingWentWrong({ settings }: { settings: Settings }) {
  const noteId = useId();
  const [tab, setTab] = useState<ActiveTab>();
  const [recent, setRecent] = useState<Incident>();
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    askActiveTab()
      .catch(() => ({}) as ActiveTab)
      .then(setTab);
    listIncidents()
      .then((incidents) => setRecent(recentIncident(incidents, Date.now())))
      .catch(() => setRecent(undefined));
  }, []);

  if (!tab) return null;
  const platform = tab.report?.platform ?? siteForUrl(tab.url);
  const site = platform ? SITE_NAMES[platform] : undefined;

  const save = (incidentId?: string) => {
    setStatus({ kind: 'saving' });
    saveEvidence(tab, note, incidentId)
      .then((incident) => {
        setRecent(incident);
        setNote('');
        setStatus({ kind: 'saved', incident });
      })
      .catch((error: unknown) => {
        console.error('Post Guard could not save the evidence', error);
        setStatus({
          kind: 'failed',
          message:
            'Post Guard could not take the screen print. Close this window, click Post Guard’s button again and try once more.',
        });
      });
  };

  const websiteReport = extensionUrl(
    reportPagePath({ kind: 'website-content', url: tab.url, title: tab.title, site }),
  );
  const friendReport = extensionUrl(reportPagePath({ kind: 'friend-request', url: tab.url, site }));
  const busy = status.kind === 'saving';

  return (
    <section class="pg-tab pg-wrong" aria-labelledby="pg-wrong-heading">
      <h2 id="pg-wrong-heading">Something went wrong?</h2>
      {platform ? (
        <div class="pg-capture">
          <p>Save what this tab shows now as evidence, with its address, date and time.</p>
          <label for={noteId}>Note (optional)</label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={2000}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          {recent ? (
            <div class="pg-capture-buttons">
              <button type="button" class="pg-primary-button" disabled={busy} onClick={() => save(recent.id)}>
                Add another capture to this incident
              </button>
              <p class="pg-footnote">
                The incident started at {time(recent.createdAt)} and has {recent.captures.length}{' '}
                {recent.captures.length === 1 ? 'capture' : 'captures'}.
              </p>
              <button type="button" class="pg-secondary-button" disabled={busy} onClick={() => save()}>
                Save evidence of this page as a new incident
              </button>
            </div>
          ) : (
            <button type="button" class="pg-primary-button" disabled={busy} onClick={() => save()}>
              Save evidence of this page
            </button>
          )}
          <div role="status" class="pg-capture-status">
            {status.kind === 'saving' && <p>Saving…</p>}
            {status.kind === 'saved' && (
              <>
                <p>
                  <strong>Saved</strong>: capture {status.incident.captures.length} of this incident, on this
                  computer only. Scroll and add another if there is more to see.
                </p>
                <p>
                  <strong>Do not respond or retaliate.</strong>
                </p>
                <QuotedRule settings={settings} clause="no-retaliation" />
              </>
            )}
          </div>
          {status.kind === 'failed' && (
            <p role="alert" class="pg-tab-off">
              {status.message}
            </p>
          )}
        </div>
      ) : (
        <p>Evidence can be saved on Facebook, X and YouTube pages.</p>
      )}
      <ul class="pg-wrong-links">
        <li>
          <a href={extensionUrl(EVIDENCE_PAGE)} target="_blank" rel="noopener">
            Open the evidence log
          </a>
        </li>
        <li>
          <a href={websiteReport} target="_blank" rel="noopener">
            Report inappropriate website content
          </a>
        </li>
        <li>
          <a href={friendReport} target="_blank" rel="noopener">
            Report a friend or contact request from a pupil or parent
          </a>
        </li>
      </ul>
    </section>
  );
}
