import { useId, useMemo, useState } from 'preact/hooks';
import {
  combineRosters,
  decodeCsvBytes,
  nameKey,
  readNoPublishCsv,
  readRosterCsv,
  type NoPublishImport,
  type RosterImport,
} from '../../settings/roster-csv';
import { MAX_PUPILS, type Pupil } from '../../settings/settings';
import { ProblemList, RemoveCell, RowsTableHead, Section, withoutItem } from './fields';
import { readFileBytes } from './files';

/** How many rows of the roster are drawn at once: search narrows a big roster. */
const SHOWN_ROWS = 100;

const count = (n: number): string => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

type RosterPreview = { file: string; mode: 'replace' | 'add'; result: RosterImport; notes: string[] };
type NoPublishPreview = { file: string; result: NoPublishImport };

interface Props {
  pupils: Pupil[];
  /** Pupils whose stored entry is damaged: kept aside, listed under "Settings that need fixing". */
  damaged?: number;
  locked: boolean;
  onChange(pupils: Pupil[]): void;
}

/** Reads a chosen file as CSV text, or says why it cannot. */
async function readCsvFile(file: File): Promise<{ text: string; note?: string } | { error: string }> {
  const decoded = decodeCsvBytes(await readFileBytes(file));
  return decoded.ok ? decoded : { error: decoded.error };
}

/** The pupil roster: import from the school's MIS, never-publish ticks, search, add and remove. */
export function PupilsSection({ pupils, damaged = 0, locked, onChange }: Props) {
  const ids = { roster: useId(), noPublish: useId(), search: useId(), first: useId(), last: useId() };
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [preview, setPreview] = useState<RosterPreview>();
  const [noPublishPreview, setNoPublishPreview] = useState<NoPublishPreview>();
  const [fileError, setFileError] = useState<{ file: string; message: string }>();
  const [message, setMessage] = useState('');
  const [query, setQuery] = useState('');
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');

  const chooseRoster = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNoPublishPreview(undefined);
    setMessage('');
    const read = await readCsvFile(file);
    const result = 'error' in read ? { ok: false as const, error: read.error } : readRosterCsv(read.text);
    if (!result.ok) {
      setPreview(undefined);
      setFileError({ file: file.name, message: result.error });
      return;
    }
    setFileError(undefined);
    const notes = [...('note' in read && read.note ? [read.note] : []), ...result.notes];
    setPreview({ file: file.name, mode, result, notes });
  };

  const chooseNoPublish = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPreview(undefined);
    setMessage('');
    const read = await readCsvFile(file);
    const result =
      'error' in read ? { ok: false as const, error: read.error } : readNoPublishCsv(read.text, pupils);
    if (!result.ok) {
      setNoPublishPreview(undefined);
      setFileError({ file: file.name, message: result.error });
      return;
    }
    setFileError(undefined);
    setNoPublishPreview({ file: file.name, result });
  };

  const importRoster = () => {
    if (!preview) return;
    const next = combineRosters(pupils, preview.result.pupils, preview.mode);
    if (next.length > MAX_PUPILS) {
      setFileError({
        file: preview.file,
        message: `Adding these pupils would make ${count(next.length)}; Post Guard keeps at most ${count(MAX_PUPILS)}. Nothing was imported.`,
      });
      setPreview(undefined);
      return;
    }
    onChange(next);
    setPreview(undefined);
    setMessage(
      `${plural(preview.result.counts.pupils, 'pupil')} imported from ${preview.file}. Save to keep them.`,
    );
  };

  const applyNoPublish = () => {
    if (!noPublishPreview) return;
    const marked = new Set(noPublishPreview.result.matches);
    onChange(pupils.map((pupil, index) => (marked.has(index) ? { ...pupil, noPublish: true } : pupil)));
    setNoPublishPreview(undefined);
    setMessage(`${plural(marked.size, 'pupil')} marked never-publish. Save to keep the change.`);
  };

  const matches = useMemo(() => {
    const words = nameKey(query, '').split(' ').filter(Boolean);
    const all = pupils.map((pupil, index) => ({ pupil, index }));
    if (words.length === 0) return all;
    return all.filter(({ pupil }) => {
      const haystack = ` ${nameKey(`${pupil.firstName} ${pupil.preferredName ?? ''}`, pupil.lastName)}`;
      return words.every((word) => haystack.includes(` ${word}`));
    });
  }, [pupils, query]);

  const setNoPublish = (index: number, value: boolean) =>
    onChange(
      pupils.map((pupil, i) => {
        if (i !== index) return pupil;
        const { noPublish: _, ...rest } = pupil;
        return value ? { ...rest, noPublish: true } : rest;
      }),
    );

  const addPupil = () => {
    const firstName = first.replace(/\s+/g, ' ').trim();
    const lastName = last.replace(/\s+/g, ' ').trim();
    if (!firstName || !lastName) {
      setMessage('Type a first name and a last name to add a pupil.');
      return;
    }
    if (pupils.length >= MAX_PUPILS) {
      setMessage(`The roster is full: Post Guard keeps at most ${count(MAX_PUPILS)} pupils.`);
      return;
    }
    onChange([...pupils, { firstName, lastName }]);
    setFirst('');
    setLast('');
    setMessage(`${firstName} ${lastName} added. Save to keep the change.`);
  };

  const noPublishCount = pupils.filter((pupil) => pupil.noPublish).length;
  const shown = matches.slice(0, SHOWN_ROWS);

  return (
    <Section
      id="pupils"
      title="Pupils"
      locked={locked}
      intro={
        <p>
          Post Guard points out pupils’ names in a post. The list stays on this device: it is never synced or
          sent anywhere. <strong>{plural(pupils.length, 'pupil')}</strong>
          {noPublishCount > 0 && <>, {count(noPublishCount)} never to be published</>}.
          {damaged > 0 && (
            <>
              {' '}
              {damaged === 1
                ? 'One more pupil’s entry is'
                : `${count(damaged)} more pupils’ entries are`}{' '}
              damaged and kept aside: see <a href="#repairs-heading">Settings that need fixing</a>.
            </>
          )}
        </p>
      }
    >
      <div class="pg-import">
        <h3>Import from the school’s MIS</h3>
        <p class="pg-hint">
          Export the pupil list from SIMS, Arbor, Bromcom or similar as CSV. Post Guard reads columns such as
          “Legal Forename”, “Preferred Forename” and “Legal Surname” in any order, separated by commas or
          semicolons. You see what it found before anything changes.
        </p>
        <div class="pg-radio-row" role="radiogroup" aria-label="What the import does">
          <label>
            <input
              type="radio"
              name="roster-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            Replace the list
          </label>
          <label>
            <input type="radio" name="roster-mode" checked={mode === 'add'} onChange={() => setMode('add')} />
            Add to the list
          </label>
        </div>
        <div class="pg-file-row">
          <input
            id={ids.roster}
            class="pg-file-input"
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(event) => void chooseRoster(event.currentTarget)}
          />
          <label class="pg-button" for={ids.roster}>
            Choose pupil list (CSV)…
          </label>
          <input
            id={ids.noPublish}
            class="pg-file-input"
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(event) => void chooseNoPublish(event.currentTarget)}
          />
          <label class="pg-button pg-button-secondary" for={ids.noPublish}>
            Choose never-publish list (CSV)…
          </label>
        </div>

        {fileError && (
          <div class="pg-alert pg-alert-error" role="alert">
            <p>
              <strong>Nothing was imported from {fileError.file}.</strong> {fileError.message}
            </p>
            <p>Your pupil list has not changed.</p>
          </div>
        )}

        {preview && (
          <RosterPreviewPanel
            preview={preview}
            current={pupils.length}
            onImport={importRoster}
            onCancel={() => setPreview(undefined)}
          />
        )}
        {noPublishPreview && (
          <NoPublishPreviewPanel
            preview={noPublishPreview}
            onApply={applyNoPublish}
            onCancel={() => setNoPublishPreview(undefined)}
          />
        )}
      </div>

      <p class="pg-status" role="status">
        {message}
      </p>

      <div class="pg-roster">
        <h3>The list</h3>
        <div class="pg-search-row">
          <label for={ids.search}>Search pupils</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
            placeholder="First name, preferred name or surname"
          />
        </div>
        <p class="pg-muted" aria-live="polite">
          {query.trim()
            ? `${plural(matches.length, 'pupil')} match “${query.trim()}”${matches.length > shown.length ? `; showing the first ${count(shown.length)}` : ''}.`
            : matches.length > shown.length
              ? `Showing the first ${count(shown.length)} of ${count(matches.length)}. Search to find others.`
              : ''}
        </p>
        {shown.length > 0 && (
          <table class="pg-table">
            <RowsTableHead columns={['First name', 'Preferred name', 'Last name', 'Never publish']} />
            <tbody>
              {shown.map(({ pupil, index }) => {
                const name = `${pupil.firstName} ${pupil.lastName}`;
                return (
                  <tr key={`${index}:${name}`}>
                    <td>{pupil.firstName}</td>
                    <td>{pupil.preferredName ?? ''}</td>
                    <td>{pupil.lastName}</td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Never publish ${name}`}
                        checked={pupil.noPublish === true}
                        onChange={(event) => setNoPublish(index, event.currentTarget.checked)}
                      />
                    </td>
                    <RemoveCell
                      label={`Remove ${name}`}
                      onRemove={() => onChange(withoutItem(pupils, index))}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {!locked && (
          <div class="pg-add-pupil" role="group" aria-label="Add a pupil">
            <div class="pg-field">
              <label for={ids.first}>First name</label>
              <input
                id={ids.first}
                type="text"
                maxLength={100}
                value={first}
                onInput={(event) => setFirst(event.currentTarget.value)}
              />
            </div>
            <div class="pg-field">
              <label for={ids.last}>Last name</label>
              <input
                id={ids.last}
                type="text"
                maxLength={100}
                value={last}
                onInput={(event) => setLast(event.currentTarget.value)}
              />
            </div>
            <button type="button" class="pg-button" onClick={addPupil}>
              Add pupil
            </button>
          </div>
        )}
        {!locked && pupils.length > 0 && (
          <button
            type="button"
            class="pg-link-button pg-danger"
            onClick={() => {
              onChange([]);
              setMessage('The pupil list is empty. Save to keep the change, or Discard to undo it.');
            }}
          >
            Remove all pupils
          </button>
        )}
      </div>
    </Section>
  );
}

function RosterPreviewPanel({
  preview,
  current,
  onImport,
  onCancel,
}: {
  preview: RosterPreview;
  current: number;
  onImport(): void;
  onCancel(): void;
}) {
  const { result, file, mode, notes } = preview;
  const { counts, columns } = result;
  return (
    <div class="pg-preview" role="region" aria-label="Preview of the pupil list">
      <h4>Preview of {file}</h4>
      <dl class="pg-counts">
        <div>
          <dt>Lines read</dt>
          <dd>{count(counts.rows)}</dd>
        </div>
        <div>
          <dt>Pupils found</dt>
          <dd>{count(counts.pupils)}</dd>
        </div>
        <div>
          <dt>Lines skipped</dt>
          <dd>{count(counts.skipped)}</dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd>{count(counts.duplicates)}</dd>
        </div>
        <div>
          <dt>Never publish</dt>
          <dd>{count(counts.noPublish)}</dd>
        </div>
      </dl>
      <p class="pg-hint">
        Names read from{' '}
        {[columns.firstName, columns.preferredName, columns.lastName]
          .filter(Boolean)
          .map((c) => `“${c}”`)
          .join(', ')}
        {columns.noPublish && <>; never-publish from “{columns.noPublish}”</>}.{' '}
        {current === 0
          ? 'Importing puts these pupils on the list.'
          : mode === 'replace'
            ? `Importing replaces the ${plural(current, 'pupil')} on the list now (never-publish ticks are kept for pupils on both).`
            : `Importing adds them to the ${plural(current, 'pupil')} on the list now.`}
      </p>
      {notes.map((note) => (
        <p class="pg-hint" key={note}>
          {note}
        </p>
      ))}
      <ProblemList label="Lines with a problem" problems={result.problems} />
      <table class="pg-table pg-sample">
        <caption>The first pupils in the file</caption>
        <thead>
          <tr>
            <th scope="col">First name</th>
            <th scope="col">Preferred name</th>
            <th scope="col">Last name</th>
          </tr>
        </thead>
        <tbody>
          {result.pupils.slice(0, 5).map((pupil) => (
            <tr key={`${pupil.firstName} ${pupil.lastName}`}>
              <td>{pupil.firstName}</td>
              <td>{pupil.preferredName ?? ''}</td>
              <td>{pupil.lastName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="pg-button-row">
        <button type="button" class="pg-button pg-button-primary" onClick={onImport}>
          Import {plural(counts.pupils, 'pupil')}
        </button>
        <button type="button" class="pg-button pg-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function NoPublishPreviewPanel({
  preview,
  onApply,
  onCancel,
}: {
  preview: NoPublishPreview;
  onApply(): void;
  onCancel(): void;
}) {
  const { result, file } = preview;
  return (
    <div class="pg-preview" role="region" aria-label="Preview of the never-publish list">
      <h4>Preview of {file}</h4>
      <dl class="pg-counts">
        <div>
          <dt>Lines read</dt>
          <dd>{count(result.counts.rows)}</dd>
        </div>
        <div>
          <dt>Pupils found on the list</dt>
          <dd>{count(result.counts.matched)}</dd>
        </div>
        <div>
          <dt>Already ticked</dt>
          <dd>{count(result.counts.alreadyMarked)}</dd>
        </div>
        <div>
          <dt>Not on the list</dt>
          <dd>{count(result.counts.notOnRoster)}</dd>
        </div>
      </dl>
      <ProblemList label="Lines with a problem" problems={result.problems} />
      <div class="pg-button-row">
        <button
          type="button"
          class="pg-button pg-button-primary"
          onClick={onApply}
          disabled={result.counts.matched === 0}
        >
          Mark {plural(result.counts.matched, 'pupil')} never-publish
        </button>
        <button type="button" class="pg-button pg-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
