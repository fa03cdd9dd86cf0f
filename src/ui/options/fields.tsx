import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/** Shown on a setting the school's IT admin set through Chrome policy. */
export function LockedNote() {
  return (
    <p class="pg-locked">
      <svg class="pg-lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
      </svg>
      <span>
        <strong>Set by your school.</strong> Your IT admin manages this setting; it cannot be changed here.
      </span>
    </p>
  );
}

interface SectionProps {
  id: string;
  title: string;
  intro?: ComponentChildren;
  locked?: boolean;
  children: ComponentChildren;
}

/** Beside one setting of a section where only some settings are locked. */
export function LockBadge() {
  return (
    <span class="pg-lock-badge">
      <svg class="pg-lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
      </svg>
      Set by your school
    </span>
  );
}

/** One card of the options page. A locked section shows its values but cannot be edited. */
export function Section({ id, title, intro, locked = false, children }: SectionProps) {
  return (
    <section class="pg-card" aria-labelledby={`${id}-heading`} data-locked={locked ? 'true' : undefined}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <div class="pg-intro">{intro}</div>}
      {locked && <LockedNote />}
      <fieldset class="pg-fieldset" disabled={locked}>
        <legend class="pg-visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </section>
  );
}

interface ChipListProps {
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
  placeholder?: string;
  maxLength: number;
  /** How a value is shown, e.g. in quotes. */
  format?: (value: string) => string;
  disabled?: boolean;
}

/** A short list of words or phrases: each shown with a Remove button, and a box to add another. */
export function ChipList({
  label,
  values,
  onChange,
  placeholder,
  maxLength,
  format,
  disabled,
}: ChipListProps) {
  const id = useId();
  const [entry, setEntry] = useState('');
  const add = () => {
    const value = entry.replace(/\s+/g, ' ').trim();
    if (!value) return;
    if (!values.some((existing) => existing.toLowerCase() === value.toLowerCase()))
      onChange([...values, value]);
    setEntry('');
  };
  return (
    <div class="pg-chips">
      {values.length > 0 ? (
        <ul class="pg-chip-list" aria-label={label}>
          {values.map((value, index) => (
            <li class="pg-chip" key={value}>
              <span>{format ? format(value) : value}</span>
              {!disabled && (
                <button
                  type="button"
                  class="pg-chip-remove"
                  aria-label={`Remove ${value}`}
                  onClick={() => onChange(values.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="pg-muted">None yet.</p>
      )}
      {!disabled && (
        <div class="pg-inline-form">
          <label for={id} class="pg-visually-hidden">{`Add to “${label}”`}</label>
          <input
            id={id}
            type="text"
            value={entry}
            maxLength={maxLength}
            placeholder={placeholder ?? 'Type one and press Add'}
            onInput={(event) => setEntry(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" class="pg-button" onClick={add}>
            Add
          </button>
        </div>
      )}
    </div>
  );
}

/** A list of the problems found in a file, by line. */
export function ProblemList({
  problems,
  label,
}: {
  problems: { line: number; message: string }[];
  label: string;
}) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 50);
  return (
    <div class="pg-problems">
      <h4>{label}</h4>
      <ul>
        {shown.map((problem) => (
          <li key={`${problem.line}:${problem.message}`}>
            <span class="pg-line">Line {problem.line}</span> {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && (
        <p class="pg-muted">…and {(problems.length - shown.length).toLocaleString('en-GB')} more lines.</p>
      )}
    </div>
  );
}

/** The last cell of a row in the options page's lists: a button that removes the row. */
export function RemoveCell({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <td>
      <button type="button" class="pg-link-button" aria-label={label} onClick={onRemove}>
        Remove
      </button>
    </td>
  );
}

/** The head of a table of rows that each end with a Remove button (its column is named for screen readers). */
export function RowsTableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
        <th scope="col">
          <span class="pg-visually-hidden">Remove</span>
        </th>
      </tr>
    </thead>
  );
}

/**
 * A table of editable rows (official accounts, lesson times, contacts): one column per field, and a Remove
 * button at the end of each row. `cells` draws one row's fields; its `update` replaces that row's item.
 */
export function RowsTable<T>({
  items,
  columns,
  className,
  cells,
  removeLabel,
  onChange,
}: {
  items: readonly T[];
  columns: readonly string[];
  className?: string;
  cells(item: T, index: number, update: (changed: T) => void): ComponentChildren;
  removeLabel(item: T, index: number): string;
  onChange(items: T[]): void;
}) {
  return (
    <table class={className ? `pg-table ${className}` : 'pg-table'}>
      <RowsTableHead columns={columns} />
      <tbody>
        {items.map((item, index) => (
          <tr key={index}>
            {cells(item, index, (changed) =>
              onChange(items.map((existing, i) => (i === index ? changed : existing))),
            )}
            <RemoveCell
              label={removeLabel(item, index)}
              onRemove={() => onChange(withoutItem(items, index))}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A table cell with a choice from a fixed list, shown by name. */
export function SelectCell<T extends string>({
  label,
  value,
  options,
  names,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  names: Readonly<Record<T, string>>;
  onChange(value: T): void;
}) {
  return (
    <td>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {options.map((option) => (
          <option value={option} key={option}>
            {names[option]}
          </option>
        ))}
      </select>
    </td>
  );
}

/** A table cell with one line of text (a handle, a name, an email address). */
export function TextCell({
  label,
  value,
  maxLength,
  type = 'text',
  onInput,
}: {
  label: string;
  value: string;
  maxLength: number;
  type?: 'text' | 'email';
  onInput(value: string): void;
}) {
  return (
    <td>
      <input
        type={type}
        // Preact's input types pair a "text" or "email" input with a list attribute: this one has none.
        list={undefined}
        aria-label={label}
        maxLength={maxLength}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </td>
  );
}

/** The list without its item at `index`. */
export function withoutItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** What a CSV import does to the list it fills: replaces it, or adds to it. */
export type ImportMode = 'replace' | 'add';

/** The choice between replacing the list and adding to it, shared by the pupils' and the parents' imports. */
export function ImportModeChoice({
  name,
  label,
  mode,
  onChange,
}: {
  /** The radio group's name, one per import on the page. */
  name: string;
  label: string;
  mode: ImportMode;
  onChange(mode: ImportMode): void;
}) {
  return (
    <div class="pg-radio-row" role="radiogroup" aria-label={label}>
      <label>
        <input type="radio" name={name} checked={mode === 'replace'} onChange={() => onChange('replace')} />
        Replace the list
      </label>
      <label>
        <input type="radio" name={name} checked={mode === 'add'} onChange={() => onChange('add')} />
        Add to the list
      </label>
    </div>
  );
}
