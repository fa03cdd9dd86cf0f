import { useEffect, useState } from 'preact/hooks';
import { extensionUrl, saveSettings, type SettingsState } from '../../platform/browser';
import type { SchoolPolicy } from '../../policy/types';
import { checkSettings, type DamagedEntry, type SettingsError } from '../../settings/check';
import type { Repair } from '../../settings/repair';
import type { SettingKey, Settings } from '../../settings/settings';
import { SettingsLoading } from '../components/SettingsLoading';
import { useSettingsState } from '../useSettings';
import { BackupSection } from './BackupSection';
import { DamagedEntries } from './DamagedEntries';
import { describeError, cleanDraft, settingTitle } from './labels';
import { PolicyDocumentSection } from './PolicyDocumentSection';
import { PupilsSection } from './PupilsSection';
import { ParentsSection } from './ParentsSection';
import { LogosSection } from './LogosSection';
import { ReportFormsSection } from '../report/ReportFormsSection';
import {
  AccountsSection,
  CalendarSection,
  ChecksSection,
  ContactsSection,
  LessonsSection,
  PolicySection,
  SchoolSection,
  type SectionProps,
} from './sections';

interface Props {
  state: SettingsState;
  policy: SchoolPolicy;
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; errors: SettingsError[] }
  | { kind: 'failed' };

const NAV: [string, string][] = [
  ['school', 'School'],
  ['pupils', 'Pupils'],
  ['parents', 'Parents'],
  ['accounts', 'Accounts'],
  ['sites', 'Checks'],
  ['lessons', 'Lesson times'],
  ['calendar', 'Terms'],
  ['contacts', 'Contacts'],
  ['policy', 'Policy'],
  ['reports', 'Report forms'],
  ['backup', 'Export'],
];

/**
 * The options page: every school setting, edited as one set of unsaved changes and saved to this device
 * (chrome.storage.local) with Save. Settings the school's IT admin set through Chrome policy show their value,
 * locked. Changes made elsewhere (another tab, a new policy) arrive live.
 */
export function OptionsPage({ state, policy }: Props) {
  const [draft, setDraft] = useState<Settings>(state.local);
  // Damaged entries from the store that nobody has fixed or removed yet: every save writes them back as stored.
  const [held, setHeld] = useState<DamagedEntry[]>(state.localDamaged);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  // Settings changed elsewhere: show them, unless this page has unsaved changes of its own.
  useEffect(() => {
    if (dirty) return;
    setDraft(state.local);
    setHeld(state.localDamaged);
  }, [state]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const isLocked = (key: SettingKey): boolean => state.managedKeys.includes(key);
  const values: Settings = { ...draft };
  for (const key of state.managedKeys) (values as Record<string, unknown>)[key] = state.settings[key];

  const change = (next: Settings) => {
    setDraft(next);
    setDirty(true);
    setStatus({ kind: 'idle' });
  };
  const set: SectionProps['set'] = (key, value) => {
    // A new value for a whole setting that was damaged replaces what was stored.
    setHeld((kept) => kept.filter((entry) => !(entry.setting === key && entry.index === undefined)));
    change({ ...draft, [key]: value });
  };
  const fix = (entry: DamagedEntry, repair: Repair) => {
    setHeld((kept) => kept.filter((each) => each !== entry));
    const key = entry.setting as SettingKey;
    const current = draft[key];
    change({
      ...draft,
      [key]: entry.index === undefined || !Array.isArray(current) ? repair.value : [...current, repair.value],
    });
  };
  const remove = (entry: DamagedEntry) => {
    setHeld((kept) => kept.filter((each) => each !== entry));
    change({ ...draft });
  };
  const sectionProps: SectionProps = { values, isLocked, set };

  const save = async () => {
    const cleaned = cleanDraft(draft);
    const { errors } = checkSettings(cleaned);
    if (errors.length > 0) {
      setStatus({ kind: 'invalid', errors });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await saveSettings(cleaned, held);
      setDraft(cleaned);
      setDirty(false);
      setStatus({ kind: 'saved' });
    } catch (error) {
      console.error('Post Guard could not save its settings', error);
      setStatus({ kind: 'failed' });
    }
  };

  const discard = () => {
    setDraft(state.local);
    setHeld(state.localDamaged);
    setDirty(false);
    setStatus({ kind: 'idle' });
  };

  return (
    <div class="pg-options">
      <header class="pg-options-header">
        <h1>Post Guard</h1>
        <p class="pg-school">{values.schoolName}</p>
        <nav aria-label="Settings sections">
          <ul class="pg-nav">
            {(held.length > 0 ? [['repairs', 'Needs fixing'], ...NAV] : NAV).map(([id, name]) => (
              <li key={id}>
                <a href={`#${id}-heading`}>{name}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <main>
        <ManagedNotices state={state} />
        <DamagedEntries entries={held} errors={state.localErrors} onFix={fix} onRemove={remove} />

        <section class="pg-card" aria-labelledby="about-heading">
          <h2 id="about-heading">What Post Guard does</h2>
          <p>
            Post Guard helps staff at {values.schoolName} follow the school’s {policy.title} on Facebook, X
            and YouTube. As you write a post or comment, it points out anything that could break the policy,
            such as a pupil’s name or a detail that identifies the school, and explains each point with the
            line of the policy it comes from. You decide what to post.
          </p>
          <p>
            <strong>Nothing leaves this device.</strong> Post Guard does all its checking in your browser.
            These settings, and the pupil list, are kept on this computer only: never synced, never sent
            anywhere.
          </p>
          <p>
            <a href={extensionUrl('policy-page/index.html')} target="_blank" rel="noopener">
              Read the full {policy.title}
            </a>
          </p>
        </section>

        <SchoolSection {...sectionProps} />
        <PupilsSection
          pupils={values.pupils}
          damaged={held.filter((entry) => entry.setting === 'pupils').length}
          locked={isLocked('pupils')}
          onChange={(pupils) => set('pupils', pupils)}
          importedOn={values.rosterImportedOn}
          onImport={(pupils, importedOn) => {
            setHeld((kept) =>
              kept.filter((entry) => !(entry.setting === 'pupils' && entry.index === undefined)),
            );
            change({ ...draft, pupils, rosterImportedOn: importedOn });
          }}
          classNames={values.classNames}
          classNamesLocked={isLocked('classNames')}
          onAddClassNames={(names) => set('classNames', [...values.classNames, ...names])}
        />
        <ParentsSection
          parents={values.parents}
          locked={isLocked('parents')}
          onChange={(parents) => set('parents', parents)}
        />
        <AccountsSection {...sectionProps} />
        <LogosSection {...sectionProps} />
        <ChecksSection {...sectionProps} />
        <LessonsSection {...sectionProps} />
        <CalendarSection {...sectionProps} />
        <ContactsSection {...sectionProps} />
        <PolicySection {...sectionProps} policyTitle={policy.title} />
        <PolicyDocumentSection {...sectionProps} model={policy} />
        <ReportFormsSection {...sectionProps} />
        <BackupSection
          values={values}
          isLocked={isLocked}
          onImport={(imported) => change({ ...draft, ...imported })}
        />
      </main>

      <div class="pg-save-bar" data-dirty={dirty ? 'true' : undefined}>
        <div class="pg-save-inner">
          <SaveMessage status={status} dirty={dirty} />
          <div class="pg-button-row">
            <button type="button" class="pg-button pg-button-secondary" onClick={discard} disabled={!dirty}>
              Discard changes
            </button>
            <button
              type="button"
              class="pg-button pg-button-primary"
              onClick={() => void save()}
              disabled={!dirty || status.kind === 'saving'}
            >
              Save
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function SaveMessage({ status, dirty }: { status: SaveStatus; dirty: boolean }) {
  if (status.kind === 'invalid') {
    return (
      <div class="pg-save-message pg-alert-error" role="alert">
        <p>
          <strong>Not saved:</strong>{' '}
          {status.errors.length === 1 ? 'one setting needs' : 'some settings need'} changing first. Your last
          saved settings are still in use.
        </p>
        <ul class="pg-error-list">
          {status.errors.slice(0, 10).map((error) => (
            <li key={`${error.path}:${error.message}`}>{describeError(error)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const text =
    status.kind === 'saving'
      ? 'Saving…'
      : status.kind === 'saved'
        ? 'Saved. Post Guard uses the new settings straight away.'
        : status.kind === 'failed'
          ? 'Post Guard could not save. Your last saved settings are still in use; try again.'
          : dirty
            ? 'You have unsaved changes.'
            : 'All changes saved.';
  return (
    <p class="pg-save-message" role="status">
      {text}
    </p>
  );
}

/** "a", "a and b", "a, b and c". */
function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** What the school's IT admin set, and any of it Post Guard had to ignore. */
export function ManagedNotices({ state }: { state: SettingsState }) {
  const { managedKeys, managedErrors } = state;
  if (managedKeys.length === 0 && managedErrors.length === 0) return null;
  return (
    <>
      {managedKeys.length > 0 && (
        <div class="pg-alert pg-alert-info">
          <p>
            <strong>Your school manages some of these settings.</strong> Your IT admin set{' '}
            {joinWords(managedKeys.map((key) => `“${settingTitle(key)}”`))} for all staff. They are marked
            “Set by your school” and cannot be changed here.
          </p>
        </div>
      )}
      {managedErrors.length > 0 && (
        <div
          class="pg-alert pg-alert-warning"
          role="region"
          aria-label="Settings from your school that were ignored"
        >
          <p>
            <strong>Some settings from your school could not be used as set.</strong> Post Guard read them as
            meant where that was plain, ignored the others, and carries on with this computer’s settings or
            its own defaults. Please tell your IT admin:
          </p>
          <ul class="pg-error-list">
            {managedErrors.slice(0, 20).map((error) => (
              <li key={`${error.path}:${error.message}`}>{describeError(error)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** The options page once the school's settings have loaded. */
export function OptionsApp({ policy }: { policy: SchoolPolicy }) {
  const state = useSettingsState();
  return state ? <OptionsPage state={state} policy={policy} /> : <SettingsLoading />;
}
