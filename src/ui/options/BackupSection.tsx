import { useId, useState } from 'preact/hooks';
import { parseJsonFile } from '../../settings/json-file';
import { fromAdminPolicy, toAdminPolicy } from '../../settings/admin-policy';
import { checkSettings, usableSettings, type SettingsError } from '../../settings/check';
import { isRecord } from '../../settings/spec';
import { SETTING_KEYS, type SettingKey, type Settings } from '../../settings/settings';
import { downloadFile, readFileBytes } from './files';
import { describeError, settingTitle } from './labels';

interface Props {
  /** The settings as they stand on this page (the admin's where locked). */
  values: Settings;
  isLocked(key: SettingKey): boolean;
  /** Puts imported values into the page's unsaved changes. */
  onImport(values: Partial<Settings>): void;
}

interface ImportPreview {
  file: string;
  values: Partial<Settings>;
  errors: SettingsError[];
  /** Keys in the file that are locked by the school and will be left as they are. */
  lockedKeys: SettingKey[];
}

/** Lists of people's names: exported and imported only with the pupil list's tick. */
const NAME_LISTS: readonly SettingKey[] = ['pupils', 'parents'];

/** Export and import all settings as JSON (the pupil list, and the parents and carers, only when asked). */
export function BackupSection({ values, isLocked, onImport }: Props) {
  const ids = { pupilsOut: useId(), file: useId(), pupilsIn: useId() };
  const [includePupils, setIncludePupils] = useState(false);
  const [importPupils, setImportPupils] = useState(false);
  const [preview, setPreview] = useState<ImportPreview>();
  const [error, setError] = useState<{ file: string; message: string }>();
  const [message, setMessage] = useState('');

  const exported = (): Partial<Settings> => {
    const out: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) if (!NAME_LISTS.includes(key) || includePupils) out[key] = values[key];
    return out as Partial<Settings>;
  };

  const exportFile = (format: 'plain' | 'admin') => {
    const data = format === 'admin' ? toAdminPolicy(exported()) : exported();
    const name = format === 'admin' ? 'post-guard-admin-policy.json' : 'post-guard-settings.json';
    downloadFile(name, `${JSON.stringify(data, null, 2)}\n`);
    setMessage(
      `${name} saved to your downloads${includePupils ? ', with the pupil list. Keep it as safe as the school’s MIS' : ''}.`,
    );
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage('');
    let parsed: unknown;
    try {
      parsed = parseJsonFile(new TextDecoder().decode(await readFileBytes(file)));
    } catch {
      setPreview(undefined);
      setError({
        file: file.name,
        message: 'The file is not valid JSON. Choose a file exported from Post Guard.',
      });
      return;
    }
    const plain = fromAdminPolicy(parsed);
    if (!isRecord(plain) || !Object.keys(plain).some((key) => (SETTING_KEYS as string[]).includes(key))) {
      setPreview(undefined);
      setError({ file: file.name, message: 'The file holds no Post Guard settings.' });
      return;
    }
    // Entries whose meaning is plain (a never-publish mark written "true") come in as meant; the rest are listed.
    const result = checkSettings(plain);
    const { errors } = result;
    const checked = usableSettings(result);
    const lockedKeys = (Object.keys(checked) as SettingKey[]).filter(isLocked);
    setError(undefined);
    setImportPupils(false);
    setPreview({ file: file.name, values: checked, errors, lockedKeys });
  };

  const apply = () => {
    if (!preview) return;
    const chosen: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(preview.values) as [SettingKey, unknown][]) {
      if (isLocked(key) || (NAME_LISTS.includes(key) && !importPupils)) continue;
      chosen[key] = value;
    }
    onImport(chosen as Partial<Settings>);
    setPreview(undefined);
    setMessage(`Settings from ${preview.file} are on this page. Save to keep them.`);
  };

  const changing = preview
    ? (Object.keys(preview.values) as SettingKey[]).filter(
        (key) => !NAME_LISTS.includes(key) && !isLocked(key),
      )
    : [];
  const filePupils = preview?.values.pupils;

  return (
    <section class="pg-card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Export and import settings</h2>
      <p class="pg-intro">
        Copy these settings to another computer, or give them to your IT admin to set for every member of
        staff. The pupil list is left out unless you ask for it.
      </p>
      <div class="pg-field-check">
        <input
          id={ids.pupilsOut}
          type="checkbox"
          checked={includePupils}
          onChange={(event) => setIncludePupils(event.currentTarget.checked)}
        />
        <label for={ids.pupilsOut}>
          Include the pupil list ({values.pupils.length.toLocaleString('en-GB')} pupils) and the parents and
          carers ({(values.parents ?? []).length.toLocaleString('en-GB')})
        </label>
      </div>
      <div class="pg-button-row">
        <button type="button" class="pg-button pg-button-secondary" onClick={() => exportFile('plain')}>
          Export settings
        </button>
        <button type="button" class="pg-button pg-button-secondary" onClick={() => exportFile('admin')}>
          Export for the Google Admin console
        </button>
        <input
          id={ids.file}
          class="pg-file-input"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.currentTarget)}
        />
        <label class="pg-button pg-button-secondary" for={ids.file}>
          Import settings (JSON)…
        </label>
      </div>
      {error && (
        <div class="pg-alert pg-alert-error" role="alert">
          <p>
            <strong>Nothing was imported from {error.file}.</strong> {error.message}
          </p>
        </div>
      )}
      {preview && (
        <div class="pg-preview" role="region" aria-label="Preview of the settings file">
          <h4>Preview of {preview.file}</h4>
          {changing.length > 0 ? (
            <p>Importing changes: {changing.map(settingTitle).join(', ')}.</p>
          ) : (
            <p>The file changes no setting you can edit here.</p>
          )}
          {preview.lockedKeys.length > 0 && (
            <p class="pg-hint">
              Left as your school set them: {preview.lockedKeys.map(settingTitle).join(', ')}.
            </p>
          )}
          {filePupils && !isLocked('pupils') && (
            <div class="pg-field-check">
              <input
                id={ids.pupilsIn}
                type="checkbox"
                checked={importPupils}
                onChange={(event) => setImportPupils(event.currentTarget.checked)}
              />
              <label for={ids.pupilsIn}>
                Also replace the pupil list with the {filePupils.length.toLocaleString('en-GB')}{' '}
                {filePupils.length === 1 ? 'pupil' : 'pupils'} in the file
                {preview.values.parents ? ', and the parents and carers with theirs' : ''}
              </label>
            </div>
          )}
          {preview.errors.length > 0 && (
            <div class="pg-problems">
              <h4>Values in the file Post Guard cannot use (it leaves those settings as they are)</h4>
              <ul>
                {preview.errors.slice(0, 30).map((problem) => (
                  <li key={`${problem.path}:${problem.message}`}>{describeError(problem)}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="pg-button-row">
            <button
              type="button"
              class="pg-button pg-button-primary"
              onClick={apply}
              disabled={changing.length === 0 && !(filePupils && importPupils)}
            >
              Use these settings
            </button>
            <button type="button" class="pg-button pg-button-secondary" onClick={() => setPreview(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p class="pg-status" role="status">
        {message}
      </p>
    </section>
  );
}
