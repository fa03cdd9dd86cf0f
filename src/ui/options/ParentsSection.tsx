import { useState } from 'preact/hooks';
import { combineParents, readParentsCsv, type ParentsImport } from '../../settings/parents-csv';
import { MAX_PARENTS, type Parent } from '../../settings/settings';
import {
  ProblemList,
  RemoveCell,
  RowsTableHead,
  Section,
  TextCell,
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

type Preview = { file: string; mode: ImportMode; result: ParentsImport; notes: string[] };

interface Props {
  parents: Parent[];
  locked: boolean;
  onChange(parents: Parent[]): void;
}

/**
 * The pupils' parents and carers (policy: staff must not friend or otherwise contact pupils or parents/carers
 * through social media): imported from the MIS contacts export with a preview, searched, edited by hand.
 */
export function ParentsSection({ parents, locked, onChange }: Props) {
  const [mode, setMode] = useState<ImportMode>('replace');
  const [preview, setPreview] = useState<Preview>();
  const [fileError, setFileError] = useState<{ file: string; message: string }>();
  const [message, setMessage] = useState('');

  const choose = (chosen: ChosenCsv) => {
    setMessage('');
    const result =
      'error' in chosen ? { ok: false as const, error: chosen.error } : readParentsCsv(chosen.text);
    if (!result.ok) {
      setPreview(undefined);
      setFileError({ file: chosen.file, message: result.error });
      return;
    }
    setFileError(undefined);
    const notes = [...('note' in chosen && chosen.note ? [chosen.note] : []), ...result.notes];
    setPreview({ file: chosen.file, mode, result, notes });
  };

  const importParents = () => {
    if (!preview) return;
    const next = combineParents(parents, preview.result.parents, preview.mode);
    setPreview(undefined);
    if (next.length > MAX_PARENTS) {
      setFileError({
        file: preview.file,
        message: `That would make ${count(next.length)}; Post Guard keeps at most ${count(MAX_PARENTS)}. Nothing was imported.`,
      });
      return;
    }
    onChange(next);
    setMessage(
      `${plural(preview.result.counts.parents, 'parent or carer', 'parents and carers')} imported from ${preview.file}. Save to keep them.`,
    );
  };

  const { query, setQuery, matches, shown } = useNameSearch(parents, (parent) => [
    `${parent.firstName} ${parent.lastName}`,
    parent.pupil ?? '',
  ]);

  const update = (index: number, changed: Parent) =>
    onChange(parents.map((parent, i) => (i === index ? changed : parent)));
  /** An optional field left empty is left out, as the checks expect. */
  const withField = (parent: Parent, field: 'relationship' | 'pupil', value: string): Parent => {
    const { [field]: _, ...rest } = parent;
    return value ? { ...rest, [field]: value } : rest;
  };

  return (
    <Section
      id="parents"
      title="Parents and carers"
      locked={locked}
      intro={
        <>
          <p>
            The policy says staff must not “friend” or otherwise contact pupils or parents and carers through
            social media. When you click Add friend, Follow, Message or Confirm for someone whose name is a
            pupil’s or on this list, Post Guard reminds you first. It reads only the name the page shows, and
            keeps nothing. A parent’s name in a post is not pointed out on its own.
          </p>
          <p>
            The list stays on this device: it is never synced or sent anywhere.{' '}
            <strong>{plural(parents.length, 'parent or carer', 'parents and carers')}</strong>.
          </p>
        </>
      }
    >
      <div class="pg-import">
        <h3>Import from the school’s MIS</h3>
        <p class="pg-hint">
          Export the pupils’ contacts from SIMS, Arbor, Bromcom or similar as CSV. Post Guard reads columns
          such as “Contact Forename”, “Contact Surname”, “Relationship”, “Contact 1 Forename” or “Priority 1
          Contact”. You see what it found before anything changes.
        </p>
        <ImportModeChoice
          name="parents-mode"
          label="What the contacts import does"
          mode={mode}
          onChange={setMode}
        />
        <div class="pg-file-row">
          <CsvFileButton label="Choose contacts list (CSV)…" onChosen={choose} />
        </div>
        {fileError && (
          <ImportFailed {...fileError} unchanged="Your list of parents and carers has not changed." />
        )}
        {preview && (
          <PreviewPanel
            preview={preview}
            current={parents.length}
            onImport={importParents}
            onCancel={() => setPreview(undefined)}
          />
        )}
      </div>

      <p class="pg-status" role="status">
        {message}
      </p>

      <div class="pg-roster">
        <h3>The list</h3>
        <ListSearch
          label="Search parents and carers"
          placeholder="Name or pupil"
          query={query}
          setQuery={setQuery}
          summary={
            matches.length > shown.length
              ? `Showing the first ${count(shown.length)} of ${count(matches.length)}. Search to find others.`
              : query.trim()
                ? `${plural(matches.length, 'match', 'matches')} for “${query.trim()}”.`
                : ''
          }
        />
        {shown.length > 0 && (
          <table class="pg-table">
            <RowsTableHead columns={['First name', 'Last name', 'Relationship', 'Pupil']} />
            <tbody>
              {shown.map(({ item: parent, index }) => {
                const name = `${parent.firstName} ${parent.lastName}`.trim() || 'this person';
                return (
                  <tr key={index}>
                    <TextCell
                      label={`First name of ${name}`}
                      value={parent.firstName}
                      maxLength={100}
                      onInput={(firstName) => update(index, { ...parent, firstName })}
                    />
                    <TextCell
                      label={`Last name of ${name}`}
                      value={parent.lastName}
                      maxLength={100}
                      onInput={(lastName) => update(index, { ...parent, lastName })}
                    />
                    <TextCell
                      label={`Relationship of ${name}`}
                      value={parent.relationship ?? ''}
                      maxLength={100}
                      onInput={(value) => update(index, withField(parent, 'relationship', value))}
                    />
                    <TextCell
                      label={`Pupil of ${name}`}
                      value={parent.pupil ?? ''}
                      maxLength={200}
                      onInput={(value) => update(index, withField(parent, 'pupil', value))}
                    />
                    <RemoveCell
                      label={`Remove ${name}`}
                      onRemove={() => onChange(withoutItem(parents, index))}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {!locked && (
          <div class="pg-button-row">
            <button
              type="button"
              class="pg-button"
              onClick={() => {
                setQuery('');
                onChange([{ firstName: '', lastName: '' }, ...parents]);
                setMessage('A new row is at the top of the list: type the first and last name, then Save.');
              }}
            >
              Add a parent or carer
            </button>
            {parents.length > 0 && (
              <button
                type="button"
                class="pg-link-button pg-danger"
                onClick={() => {
                  onChange([]);
                  setMessage('The list is empty. Save to keep the change, or Discard to undo it.');
                }}
              >
                Remove all parents and carers
              </button>
            )}
          </div>
        )}
      </div>
    </Section>
  );
}

function PreviewPanel({
  preview,
  current,
  onImport,
  onCancel,
}: {
  preview: Preview;
  current: number;
  onImport(): void;
  onCancel(): void;
}) {
  const { result, file, mode, notes } = preview;
  const { counts } = result;
  return (
    <div class="pg-preview" role="region" aria-label="Preview of the contacts list">
      <h4>Preview of {file}</h4>
      <PreviewCounts
        figures={[
          ['Lines read', counts.rows],
          ['Parents and carers', counts.parents],
          ['Named again', counts.duplicates],
          ['Lines with a problem', result.problems.length],
        ]}
      />
      <p class="pg-hint">
        Names read from {result.columns.map((column) => `“${column}”`).join(', ')}.{' '}
        {counts.withoutResponsibility > 0 &&
          `${plural(counts.withoutResponsibility, 'contact')} without parental responsibility ${counts.withoutResponsibility === 1 ? 'is' : 'are'} included: the policy names carers too. `}
        {current === 0
          ? 'Importing puts them on the list.'
          : mode === 'replace'
            ? `Importing replaces the ${plural(current, 'person', 'people')} on the list now.`
            : `Importing adds them to the ${plural(current, 'person', 'people')} on the list now.`}
      </p>
      {notes.map((note) => (
        <p class="pg-hint" key={note}>
          {note}
        </p>
      ))}
      <ProblemList
        label="Lines with a problem (add these people by hand if needed)"
        problems={result.problems}
      />
      <table class="pg-table pg-sample">
        <caption>The first people in the file</caption>
        <thead>
          <tr>
            <th scope="col">First name</th>
            <th scope="col">Last name</th>
            <th scope="col">Relationship</th>
            <th scope="col">Pupil</th>
          </tr>
        </thead>
        <tbody>
          {result.parents.slice(0, 5).map((parent) => (
            <tr key={`${parent.firstName} ${parent.lastName}`}>
              <td>{parent.firstName}</td>
              <td>{parent.lastName}</td>
              <td>{parent.relationship ?? ''}</td>
              <td>{parent.pupil ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="pg-button-row">
        <button type="button" class="pg-button pg-button-primary" onClick={onImport}>
          Import {plural(counts.parents, 'parent or carer', 'parents and carers')}
        </button>
        <button type="button" class="pg-button pg-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
