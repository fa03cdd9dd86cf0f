import { useId, useMemo, useState } from 'preact/hooks';
import { decodeCsvBytes, nameKey } from '../../settings/roster-csv';
import { readFileBytes } from './files';

/**
 * The pieces the pupils' and the parents' lists share: reading a chosen CSV, the "nothing was imported" alert,
 * the preview's counts, and searching a long list of names.
 */

export const count = (n: number): string => n.toLocaleString('en-GB');
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${count(n)} ${n === 1 ? one : many}`;

/** A CSV file the member of staff chose, read as text, or why it cannot be. */
export type ChosenCsv = { file: string; text: string; note?: string } | { file: string; error: string };

/** A file input with its button-styled label; the input is emptied after each choice so the same file can be chosen again. */
export function CsvFileButton({
  label,
  secondary = false,
  onChosen,
}: {
  label: string;
  secondary?: boolean;
  onChosen(chosen: ChosenCsv): void;
}) {
  const id = useId();
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const decoded = decodeCsvBytes(await readFileBytes(file));
    onChosen(
      decoded.ok
        ? { file: file.name, text: decoded.text, note: decoded.note }
        : { file: file.name, error: decoded.error },
    );
  };
  return (
    <>
      <input
        id={id}
        class="pg-file-input"
        type="file"
        accept=".csv,.txt,text/csv"
        onChange={(event) => void choose(event.currentTarget)}
      />
      <label class={secondary ? 'pg-button pg-button-secondary' : 'pg-button'} for={id}>
        {label}
      </label>
    </>
  );
}

/** A file that could not be imported: what went wrong, and that the list is as it was. */
export function ImportFailed({
  file,
  message,
  unchanged,
}: {
  file: string;
  message: string;
  unchanged: string;
}) {
  return (
    <div class="pg-alert pg-alert-error" role="alert">
      <p>
        <strong>Nothing was imported from {file}.</strong> {message}
      </p>
      <p>{unchanged}</p>
    </div>
  );
}

/** The preview's figures, as a row of labelled numbers. */
export function PreviewCounts({
  figures,
}: {
  figures: ReadonlyArray<readonly [label: string, value: number]>;
}) {
  return (
    <dl class="pg-counts">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{count(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** How many rows of a list are drawn at once: search narrows a long list. */
const SHOWN_ROWS = 100;

/**
 * Searching a list of people by the start of any of their names. `namesOf` gives the words to search, as
 * `nameKey(given, family)` reads them.
 */
export function useNameSearch<T>(items: readonly T[], namesOf: (item: T) => [given: string, family: string]) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const words = nameKey(query, '').split(' ').filter(Boolean);
    const all = items.map((item, index) => ({ item, index }));
    if (words.length === 0) return all;
    return all.filter(({ item }) => {
      const haystack = ` ${nameKey(...namesOf(item))}`;
      return words.every((word) => haystack.includes(` ${word}`));
    });
    // namesOf is a fixed reading of the item's fields, the same on every render.
  }, [items, query]);
  return { query, setQuery, matches, shown: matches.slice(0, SHOWN_ROWS) };
}

/** The search box above a list, and how many of the list it shows. */
export function ListSearch({
  label,
  placeholder,
  query,
  setQuery,
  summary,
}: {
  label: string;
  placeholder: string;
  query: string;
  setQuery(query: string): void;
  summary: string;
}) {
  const id = useId();
  return (
    <>
      <div class="pg-search-row">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          placeholder={placeholder}
        />
      </div>
      <p class="pg-muted" aria-live="polite">
        {summary}
      </p>
    </>
  );
}
