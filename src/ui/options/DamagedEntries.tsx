import type { DamagedEntry, SettingsError } from '../../settings/check';
import { explainProblem, repairsFor, type Repair } from '../../settings/repair';
import { SETTINGS_FIELDS, type SettingKey } from '../../settings/settings';
import { isRecord, type Spec } from '../../settings/spec';
import { describeError, settingTitle } from './labels';

interface Props {
  /** Damaged entries still kept as stored (not yet fixed or removed on this page). */
  entries: readonly DamagedEntry[];
  /** Every problem found reading this computer's settings. */
  errors: readonly SettingsError[];
  onFix(entry: DamagedEntry, repair: Repair): void;
  onRemove(entry: DamagedEntry): void;
}

/** The spec of a damaged entry: the list's item for an entry, the setting's own for a whole setting. */
export function specOfEntry(entry: DamagedEntry): Spec | undefined {
  const spec = SETTINGS_FIELDS[entry.setting as SettingKey] as Spec | undefined;
  if (!spec) return undefined;
  return entry.index !== undefined && spec.kind === 'list' ? spec.item : spec;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A name for the entry a person recognises: the pupil's name, the account's handle, the lesson's day and times. */
function entryName(entry: DamagedEntry): string {
  const { value } = entry;
  if (entry.index === undefined) return `“${settingTitle(entry.setting as SettingKey)}”, the whole setting`;
  if (!isRecord(value)) return typeof value === 'string' ? `“${value}”` : `entry ${entry.index + 1}`;
  switch (entry.setting) {
    case 'pupils':
      return `${text(value.firstName)} ${text(value.lastName)}`.trim() || 'A pupil with no readable name';
    case 'lessonTimes':
      return [value.weekday, value.start, value.end].map(String).join(' ');
    case 'officialAccounts':
      return text(value.handle) || `account ${entry.index + 1}`;
    case 'contacts':
      return text(value.name) || `contact ${entry.index + 1}`;
    case 'reportFormFields':
      return text(value.label) ? `the question “${text(value.label)}”` : `question ${entry.index + 1}`;
    default:
      return `entry ${entry.index + 1}`;
  }
}

/** The button's words for a fix: "Set Never publish to yes". */
function fixLabel(repair: Repair): string {
  if (repair.changes.length === 0) return 'Use it as it is';
  return repair.changes
    .map((change) =>
      change.to === undefined
        ? `Leave out ${change.field || 'the value'}`
        : `Set ${change.field || 'it'} to ${change.to}`,
    )
    .join(', ');
}

/** What Post Guard does with the entry until someone fixes it. */
function meanwhile(entry: DamagedEntry, repair: Repair | undefined): string {
  const name = entryName(entry);
  if (entry.setting === 'pupils' && entry.index !== undefined) {
    if (!repair) {
      const mark = isRecord(entry.value) ? entry.value.noPublish : undefined;
      return mark !== undefined && mark !== false
        ? 'This child may be on the never-publish list, but Post Guard cannot look for them until their name is fixed. Add them again with their full name, then remove this entry.'
        : 'Post Guard cannot look for this pupil until the entry is fixed. Add them again with their full name, then remove this entry.';
    }
    const neverPublish = isRecord(repair.value) && repair.value.noPublish === true;
    if (neverPublish && repair.guessed)
      return `To be safe, Post Guard treats ${name} as never to be published until you choose.`;
    if (neverPublish) return `Meanwhile Post Guard treats ${name} as never to be published.`;
    return `Meanwhile Post Guard treats ${name} as a pupil on the list.`;
  }
  return repair
    ? 'Meanwhile Post Guard uses it as the fix below would leave it.'
    : 'Post Guard cannot use it until it is fixed; it is kept as it was.';
}

/**
 * Entries of this computer's settings that failed their checks, each with what is wrong, what Post Guard does
 * meanwhile, and a one-click fix where the meaning is clear. They are kept as stored until fixed or removed:
 * saving other changes keeps them.
 */
export function DamagedEntries({ entries, errors, onFix, onRemove }: Props) {
  // Problems that are not about a kept entry: fields left out, the store's version, a store that is not settings.
  const kept = new Set(entries.flatMap((entry) => entry.errors));
  const others = errors.filter((error) => !kept.has(error));
  if (entries.length === 0 && others.length === 0) return null;
  return (
    <section class="pg-card pg-card-problems" aria-labelledby="repairs-heading">
      <h2 id="repairs-heading">Settings that need fixing</h2>
      <div class="pg-intro">
        <p>
          Some of Post Guard’s settings on this computer could not be read as they are. Post Guard checks
          posts with everything it can read, and keeps the rest as it was: saving other changes does not
          remove anything listed here.
        </p>
      </div>
      {entries.length > 0 && (
        <ul class="pg-damaged-list">
          {entries.map((entry) => {
            const spec = specOfEntry(entry);
            const repairs = spec ? repairsFor(spec, entry.value) : [];
            return (
              <li class="pg-damaged" key={entry.path}>
                <p class="pg-damaged-name">
                  <span class="pg-tag">{settingTitle(entry.setting as SettingKey)}</span>{' '}
                  <strong>{entryName(entry)}</strong>
                </p>
                <ul class="pg-damaged-problems">
                  {entry.errors.map((error) => (
                    <li key={`${error.path}:${error.message}`}>
                      {spec ? explainProblem(spec, entry, error) : describeError(error)}
                    </li>
                  ))}
                </ul>
                <p class="pg-hint">{meanwhile(entry, repairs[0])}</p>
                <div class="pg-button-row">
                  {repairs.map((repair, index) => (
                    <button
                      type="button"
                      key={fixLabel(repair)}
                      class={index === 0 ? 'pg-button' : 'pg-button pg-button-secondary'}
                      onClick={() => onFix(entry, repair)}
                    >
                      {fixLabel(repair)}
                    </button>
                  ))}
                  <button
                    type="button"
                    class="pg-button pg-button-secondary"
                    aria-label={`Remove ${entryName(entry)}`}
                    onClick={() => onRemove(entry)}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {others.length > 0 && (
        <div class="pg-problems">
          <h3>Also found</h3>
          <ul class="pg-error-list">
            {others.slice(0, 20).map((error) => (
              <li key={`${error.path}:${error.message}`}>{describeError(error)}</li>
            ))}
          </ul>
          <p class="pg-hint">Post Guard leaves these out; saving stores your settings without them.</p>
        </div>
      )}
    </section>
  );
}
