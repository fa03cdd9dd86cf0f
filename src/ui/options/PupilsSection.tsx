import { useId, useMemo, useState } from 'preact/hooks';
import {
  combineRosters,
  nameKey,
  planNoPublish,
  readNoPublishFile,
  readRosterCsv,
  suggestedChoice,
  type MarkColumn,
  type NoPublishChoice,
  type NoPublishFile,
  type RosterImport,
} from '../../settings/roster-csv';
import { MAX_PUPILS, type Pupil } from '../../settings/settings';
import { isoDay, rosterAgeSentence, rosterChanges, rosterFreshness } from '../../settings/roster-age';
import {
  ProblemList,
  RemoveCell,
  RowsTableHead,
  Section,
  withoutItem,
  ImportModeChoice,
  type ImportMode,
} from './fields';
import {
  count,
  CsvFileButton,
  ImportFailed,
  ListSearch,
  plural,
  PreviewCounts,
  useNameSearch,
  type ChosenCsv,
} from './list-import';

type RosterPreview = {
  file: string;
  mode: ImportMode;
  result: RosterImport;
  notes: string[];
  /** Replacing: the member of staff confirmed that pupils missing from the new export have left. */
  removeLeavers: boolean;
};
type NoPublishPreview = { file: string; parsed: NoPublishFile; choice: NoPublishChoice; confirmed: boolean };

interface Props {
  pupils: Pupil[];
  /** Pupils whose stored entry is damaged: kept aside, listed under "Settings that need fixing". */
  damaged?: number;
  locked: boolean;
  onChange(pupils: Pupil[]): void;
  /** The day the list was last imported in full ("YYYY-MM-DD"; "" when not known). */
  importedOn: string;
  /** A full import: the new list and the day it was imported. */
  onImport(pupils: Pupil[], importedOn: string): void;
  /** Today, for the roster's age (tests pass a fixed day). */
  today?: Date;
  /** The school's class names, to offer the classes the pupil list names that are not among them. */
  classNames: readonly string[];
  classNamesLocked: boolean;
  onAddClassNames(names: string[]): void;
}

/** The pupil roster: import from the school's MIS, never-publish ticks, search, add and remove. */
export function PupilsSection({
  pupils,
  damaged = 0,
  locked,
  onChange,
  importedOn,
  onImport,
  today = new Date(),
  classNames,
  classNamesLocked,
  onAddClassNames,
}: Props) {
  const ids = { first: useId(), last: useId() };
  const [mode, setMode] = useState<ImportMode>('replace');
  const [preview, setPreview] = useState<RosterPreview>();
  const [noPublishPreview, setNoPublishPreview] = useState<NoPublishPreview>();
  const [fileError, setFileError] = useState<{ file: string; message: string }>();
  const [message, setMessage] = useState('');
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');

  const chooseRoster = (chosen: ChosenCsv) => {
    setNoPublishPreview(undefined);
    setMessage('');
    const result =
      'error' in chosen ? { ok: false as const, error: chosen.error } : readRosterCsv(chosen.text);
    if (!result.ok) {
      setPreview(undefined);
      setFileError({ file: chosen.file, message: result.error });
      return;
    }
    setFileError(undefined);
    const notes = [...('note' in chosen && chosen.note ? [chosen.note] : []), ...result.notes];
    setPreview({ file: chosen.file, mode, result, notes, removeLeavers: false });
  };

  const chooseNoPublish = (chosen: ChosenCsv) => {
    setPreview(undefined);
    setMessage('');
    const parsed =
      'error' in chosen ? { ok: false as const, error: chosen.error } : readNoPublishFile(chosen.text);
    if (!parsed.ok) {
      setNoPublishPreview(undefined);
      setFileError({ file: chosen.file, message: parsed.error });
      return;
    }
    setFileError(undefined);
    setNoPublishPreview({ file: chosen.file, parsed, choice: suggestedChoice(parsed), confirmed: false });
  };

  const importRoster = () => {
    if (!preview) return;
    const combined = combineRosters(pupils, preview.result.pupils, preview.mode);
    // Pupils missing from a new full export leave the list only once the member of staff confirms they have left.
    const leavers =
      preview.mode === 'replace' && !preview.removeLeavers ? leaversOf(pupils, preview.result.pupils) : [];
    const next = [...combined, ...leavers.map((pupil) => ({ ...pupil }))];
    if (next.length > MAX_PUPILS) {
      setFileError({
        file: preview.file,
        message: `Adding these pupils would make ${count(next.length)}; Post Guard keeps at most ${count(MAX_PUPILS)}. Nothing was imported.`,
      });
      setPreview(undefined);
      return;
    }
    // Only a full export (replacing the list) makes the roster current again.
    if (preview.mode === 'replace') onImport(next, isoDay(today));
    else onChange(next);
    setPreview(undefined);
    setMessage(
      `${plural(preview.result.counts.pupils, 'pupil')} imported from ${preview.file}${
        leavers.length > 0 ? `; ${plural(leavers.length, 'pupil')} not in it kept on the list` : ''
      }. Save to keep them.`,
    );
  };

  const applyNoPublish = () => {
    if (!noPublishPreview) return;
    const plan = planNoPublish(noPublishPreview.parsed, pupils, noPublishPreview.choice);
    if (plan.needsConfirmation && !noPublishPreview.confirmed) return;
    const marked = new Set(plan.matches);
    onChange(pupils.map((pupil, index) => (marked.has(index) ? { ...pupil, noPublish: true } : pupil)));
    setNoPublishPreview(undefined);
    setMessage(`${plural(marked.size, 'pupil')} marked never-publish. Save to keep the change.`);
  };

  const { query, setQuery, matches, shown } = useNameSearch(pupils, (pupil) => [
    `${pupil.firstName} ${pupil.preferredName ?? ''}`,
    pupil.lastName,
  ]);

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
          <RosterAge count={pupils.length} importedOn={importedOn} today={today} />
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
        <ImportModeChoice name="roster-mode" label="What the import does" mode={mode} onChange={setMode} />
        <div class="pg-file-row">
          <CsvFileButton label="Choose pupil list (CSV)…" onChosen={chooseRoster} />
          <CsvFileButton label="Choose never-publish list (CSV)…" secondary onChosen={chooseNoPublish} />
        </div>

        {fileError && <ImportFailed {...fileError} unchanged="Your pupil list has not changed." />}

        {preview && (
          <RosterPreviewPanel
            preview={preview}
            current={pupils}
            onChange={setPreview}
            onImport={importRoster}
            onCancel={() => setPreview(undefined)}
          />
        )}
        {noPublishPreview && (
          <NoPublishPreviewPanel
            preview={noPublishPreview}
            pupils={pupils}
            onChange={setNoPublishPreview}
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
        <ListSearch
          label="Search pupils"
          placeholder="First name, preferred name or surname"
          query={query}
          setQuery={setQuery}
          summary={
            query.trim()
              ? `${plural(matches.length, 'pupil')} match “${query.trim()}”${matches.length > shown.length ? `; showing the first ${count(shown.length)}` : ''}.`
              : matches.length > shown.length
                ? `Showing the first ${count(shown.length)} of ${count(matches.length)}. Search to find others.`
                : ''
          }
        />
        {shown.length > 0 && (
          <table class="pg-table">
            <RowsTableHead
              columns={['First name', 'Preferred name', 'Last name', 'Class', 'Never publish']}
            />
            <tbody>
              {shown.map(({ item: pupil, index }) => {
                const name = `${pupil.firstName} ${pupil.lastName}`;
                return (
                  <tr key={`${index}:${name}`}>
                    <td>{pupil.firstName}</td>
                    <td>{pupil.preferredName ?? ''}</td>
                    <td>{pupil.lastName}</td>
                    <td>{pupil.className ?? ''}</td>
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
        {!classNamesLocked && <ClassOffer pupils={pupils} classNames={classNames} onAdd={onAddClassNames} />}
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

/** Pupils of the list now who are not in the new export, matched as the import matches them. */
function leaversOf(current: readonly Pupil[], incoming: readonly Pupil[]): Pupil[] {
  return rosterChanges(current, incoming, (pupil) => nameKey(pupil.firstName, pupil.lastName)).leavers;
}

/** When the list was imported, and a quiet request for a fresh export once it is out of date. */
function RosterAge({ count: pupils, importedOn, today }: { count: number; importedOn: string; today: Date }) {
  const sentence = rosterAgeSentence(rosterFreshness(pupils, importedOn, today));
  if (!sentence) return null;
  return sentence.askForExport ? (
    <span class="pg-roster-age pg-roster-stale" role="note">
      {' '}
      {sentence.text}
    </span>
  ) : (
    <span class="pg-roster-age"> {sentence.text}</span>
  );
}

const names = (pupils: readonly Pupil[]): string =>
  pupils.map((pupil) => `${pupil.preferredName ?? pupil.firstName} ${pupil.lastName}`).join(', ');

function RosterPreviewPanel({
  preview,
  current: currentPupils,
  onChange,
  onImport,
  onCancel,
}: {
  preview: RosterPreview;
  current: readonly Pupil[];
  onChange(preview: RosterPreview): void;
  onImport(): void;
  onCancel(): void;
}) {
  const { result, file, mode, notes } = preview;
  const { counts, columns } = result;
  const current = currentPupils.length;
  const changes = useMemo(
    () => rosterChanges(currentPupils, result.pupils, (pupil) => nameKey(pupil.firstName, pupil.lastName)),
    [currentPupils, result.pupils],
  );
  const leavers = mode === 'replace' ? changes.leavers : [];
  return (
    <div class="pg-preview" role="region" aria-label="Preview of the pupil list">
      <h4>Preview of {file}</h4>
      <PreviewCounts
        figures={[
          ['Lines read', counts.rows],
          ['Pupils found', counts.pupils],
          ['Lines skipped', counts.skipped],
          ['Duplicates', counts.duplicates],
          ['Never publish', counts.noPublish],
        ]}
      />
      <p class="pg-hint">
        Names read from{' '}
        {[columns.firstName, columns.preferredName, columns.lastName]
          .filter(Boolean)
          .map((c) => `“${c}”`)
          .join(', ')}
        {columns.noPublish && <>; never-publish from “{columns.noPublish}”</>}
        {columns.className && <>; classes from “{columns.className}”</>}.{' '}
        {current === 0
          ? 'Importing puts these pupils on the list.'
          : mode === 'replace'
            ? `Importing replaces the ${plural(current, 'pupil')} on the list now with this export (never-publish ticks are kept for pupils on both${leavers.length > 0 ? '; pupils not in it leave only if you say so below' : ''}).`
            : `Importing adds them to the ${plural(current, 'pupil')} on the list now.`}
      </p>
      {current > 0 && (
        <div class="pg-roster-changes">
          <p>
            <strong>Joining ({count(changes.joiners.length)}):</strong>{' '}
            {changes.joiners.length > 0 ? names(changes.joiners) : 'no one new'}.
          </p>
          {mode === 'replace' && (
            <p>
              <strong>Leaving ({count(leavers.length)}):</strong>{' '}
              {leavers.length > 0 ? names(leavers) : 'no one: everyone on the list now is in this export'}.
            </p>
          )}
          <p class="pg-hint">
            {plural(changes.staying, 'pupil')} on both lists keep their never-publish ticks.
          </p>
          {leavers.length > 0 && (
            <label class="pg-check">
              <input
                type="checkbox"
                checked={preview.removeLeavers}
                onChange={(event) => onChange({ ...preview, removeLeavers: event.currentTarget.checked })}
              />{' '}
              Remove the {plural(leavers.length, 'pupil')} not in this export: they have left the school
            </label>
          )}
          {leavers.length > 0 && !preview.removeLeavers && (
            <p class="pg-hint">
              Until you tick this, pupils not in the export stay on the list (with their never-publish ticks).
            </p>
          )}
        </div>
      )}
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
            {columns.className && <th scope="col">Class</th>}
            {columns.noPublish && <th scope="col">Never publish</th>}
          </tr>
        </thead>
        <tbody>
          {result.pupils.slice(0, 5).map((pupil) => (
            <tr key={`${pupil.firstName} ${pupil.lastName}`}>
              <td>{pupil.firstName}</td>
              <td>{pupil.preferredName ?? ''}</td>
              <td>{pupil.lastName}</td>
              {columns.className && <td>{pupil.className ?? ''}</td>}
              {columns.noPublish && <td>{pupil.noPublish ? 'Yes' : ''}</td>}
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

/** How Post Guard reads a value of a consent or never-publish column, for the checkbox beside it. */
function readingText(column: MarkColumn, reading: 'never-publish' | 'publish' | 'unknown'): string {
  if (column.kind === 'other') return '';
  if (reading === 'unknown') return 'Post Guard does not know this answer';
  if (column.kind === 'consent') return reading === 'never-publish' ? 'no consent' : 'consent given';
  return reading === 'never-publish' ? 'never publish' : 'may be published';
}

const valueName = (value: string): string => (value ? `“${value}”` : 'blank');

/**
 * The never-publish import, before anything changes: which column and which of its values mean never-publish
 * (Post Guard suggests; the person decides), then the count and the names of the pupils it would mark. Marking
 * the whole roster, or most of it, needs a tick to confirm.
 */
function NoPublishPreviewPanel({
  preview,
  pupils,
  onChange,
  onApply,
  onCancel,
}: {
  preview: NoPublishPreview;
  pupils: readonly Pupil[];
  onChange(preview: NoPublishPreview): void;
  onApply(): void;
  onCancel(): void;
}) {
  const ids = { column: useId(), confirm: useId() };
  const { parsed, file, choice, confirmed } = preview;
  const plan = useMemo(() => planNoPublish(parsed, pupils, choice), [parsed, pupils, choice]);
  const column =
    choice.column === 'every-line' ? undefined : parsed.columns.find((c) => c.index === choice.column);
  const chosen = new Set(choice.column === 'every-line' ? [] : choice.values);
  const unknown =
    column && column.kind !== 'other' ? column.values.filter((v) => v.reading === 'unknown') : [];

  const chooseColumn = (value: string) => {
    const picked = parsed.columns.find((c) => String(c.index) === value);
    onChange({
      ...preview,
      confirmed: false,
      choice: picked
        ? {
            column: picked.index,
            values: picked.values.filter((v) => v.reading === 'never-publish').map((v) => v.key),
          }
        : { column: 'every-line' },
    });
  };
  const toggleValue = (key: string, on: boolean) => {
    if (choice.column === 'every-line') return;
    const values = on ? [...choice.values, key] : choice.values.filter((each) => each !== key);
    onChange({ ...preview, confirmed: false, choice: { column: choice.column, values } });
  };

  const shownNames = plan.names.slice(0, 40);
  return (
    <div class="pg-preview" role="region" aria-label="Preview of the never-publish list">
      <h4>Preview of {file}</h4>
      <div class="pg-field">
        <label for={ids.column}>Who in the file must never be published?</label>
        <select
          id={ids.column}
          value={choice.column === 'every-line' ? 'every-line' : String(choice.column)}
          onChange={(event) => chooseColumn(event.currentTarget.value)}
        >
          <option value="every-line">Every pupil named in the file</option>
          {parsed.columns.map((each) => (
            <option value={String(each.index)} key={each.index}>
              Pupils by their “{each.header}” column
              {each.kind === 'consent'
                ? ' (photo consent)'
                : each.kind === 'noPublish'
                  ? ' (never publish)'
                  : ''}
            </option>
          ))}
        </select>
      </div>
      {column && (
        <fieldset class="pg-value-choice">
          <legend>Answers in “{column.header}” that mean never publish</legend>
          {column.values.map((value) => (
            <label key={value.key}>
              <input
                type="checkbox"
                checked={chosen.has(value.key)}
                onChange={(event) => toggleValue(value.key, event.currentTarget.checked)}
              />
              {valueName(value.value)} <span class="pg-muted">({plural(value.lines, 'line')})</span>
              {readingText(column, value.reading) && (
                <span class={value.reading === 'unknown' ? 'pg-tag pg-tag-warning' : 'pg-tag'}>
                  {readingText(column, value.reading)}
                </span>
              )}
            </label>
          ))}
        </fieldset>
      )}
      {unknown.length > 0 && (
        <div class="pg-alert pg-alert-warning" role="note">
          <p>
            <strong>
              Post Guard does not know what{' '}
              {unknown.length === 1 ? 'this answer means' : 'these answers mean'}:
            </strong>{' '}
            {unknown.map((v) => `${valueName(v.value)} (${plural(v.lines, 'line')})`).join(', ')}. It does not
            guess: tick {unknown.length === 1 ? 'it' : 'each one'} above if it means the child must never be
            published. Without consent, a child should not be published.
          </p>
        </div>
      )}
      <PreviewCounts
        figures={[
          ['Lines read', plan.counts.rows],
          ['Lines chosen', plan.counts.selected],
          ['Pupils to mark', plan.counts.matched],
          ['Already ticked', plan.counts.alreadyMarked],
          ['Not on the list', plan.counts.notOnRoster],
        ]}
      />
      {plan.names.length > 0 && (
        <div class="pg-problems">
          <h4>Pupils who will be marked never-publish</h4>
          <ul class="pg-name-list">
            {shownNames.map((name, index) => (
              <li key={`${index}:${name}`}>{name}</li>
            ))}
          </ul>
          {plan.names.length > shownNames.length && (
            <p class="pg-muted">…and {count(plan.names.length - shownNames.length)} more.</p>
          )}
        </div>
      )}
      <ProblemList label="Lines with a problem" problems={plan.problems} />
      {plan.needsConfirmation && (
        <div class="pg-alert pg-alert-warning">
          <p>
            <strong>
              This marks{' '}
              {plan.counts.matched === pupils.length
                ? 'every pupil'
                : `${count(plan.counts.matched)} of the ${count(pupils.length)} pupils`}{' '}
              on the list never-publish.
            </strong>{' '}
            A photo-consent report lists every pupil: if this file is one, choose its consent column above
            instead.
          </p>
          <div class="pg-field-check">
            <input
              id={ids.confirm}
              type="checkbox"
              checked={confirmed}
              onChange={(event) => onChange({ ...preview, confirmed: event.currentTarget.checked })}
            />
            <label for={ids.confirm}>
              Yes, all {plural(plan.counts.matched, 'pupil')} must never be published
            </label>
          </div>
        </div>
      )}
      <div class="pg-button-row">
        <button
          type="button"
          class="pg-button pg-button-primary"
          onClick={onApply}
          disabled={plan.counts.matched === 0 || (plan.needsConfirmation && !confirmed)}
        >
          Mark {plural(plan.counts.matched, 'pupil')} never-publish
        </button>
        <button type="button" class="pg-button pg-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Classes the pupil list names that the school's class names do not have yet, offered in one click. */
function ClassOffer({
  pupils,
  classNames,
  onAdd,
}: {
  pupils: readonly Pupil[];
  classNames: readonly string[];
  onAdd(names: string[]): void;
}) {
  const known = new Set(classNames.map((name) => name.toLowerCase()));
  const missing = [
    ...new Set(
      pupils
        .map((pupil) => pupil.className?.trim() ?? '')
        .filter((name) => name && !known.has(name.toLowerCase())),
    ),
  ].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
  if (missing.length === 0) return null;
  const shown = missing.slice(0, 30);
  return (
    <div class="pg-alert pg-alert-info" role="region" aria-label="Classes from the pupil list">
      <p>
        The pupil list names {plural(missing.length, 'class', 'classes')} that{' '}
        {missing.length === 1 ? 'is' : 'are'} not in the school’s class names: {shown.join(', ')}
        {missing.length > shown.length ? ` and ${count(missing.length - shown.length)} more` : ''}. Post Guard
        points out class names in posts.
      </p>
      <div class="pg-button-row">
        <button type="button" class="pg-button" onClick={() => onAdd(missing)}>
          Add {plural(missing.length, 'class', 'classes')} to the class names
        </button>
      </div>
    </div>
  );
}
