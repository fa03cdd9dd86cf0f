import { useEffect, useState } from 'preact/hooks';
import { onSettingsChanged, readSettings, readSettingsState, type SettingsState } from '../platform/browser';
import { resolveSettings } from '../settings/resolve';
import type { SettingsError } from '../settings/check';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';

/** Follows settings changes (this device's or the admin's) while mounted; a failure to subscribe is logged. */
function useSettingsChanges(listener: (state: SettingsState) => void): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    try {
      stop = onSettingsChanged(listener);
    } catch (error) {
      console.error('Post Guard cannot follow changes to its settings', error);
    }
    return () => stop?.();
    // The listener is the caller's state setter: the same for the component's whole life.
  }, []);
}

/**
 * The school's settings, or undefined while they load; kept up to date as they change. If they cannot be
 * read, the defaults.
 */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    readSettings()
      .catch((error: unknown) => {
        console.error('Post Guard could not read its settings; using the defaults.', error);
        return structuredClone({ ...DEFAULT_SETTINGS }) as Settings;
      })
      .then((value) => {
        if (live) setSettings(value);
      });
    return () => {
      live = false;
    };
  }, []);
  useSettingsChanges((state) => setSettings(state.settings));
  return settings;
}

/**
 * The settings with where each came from (for the options page), or undefined while they load; kept up to
 * date as they change. If they cannot be read, the defaults, with nothing locked.
 */
export function useSettingsState(): SettingsState | undefined {
  const [state, setState] = useState<SettingsState>();
  useEffect(() => {
    let live = true;
    readSettingsState()
      .catch((error: unknown) => {
        console.error('Post Guard could not read its settings; using the defaults.', error);
        return resolveSettings({}, {});
      })
      .then((value) => {
        if (live) setState(value);
      });
    return () => {
      live = false;
    };
  }, []);
  useSettingsChanges(setState);
  return state;
}

/** The admin's settings Post Guard ignored because they were invalid (for the popup's notice). */
export function useManagedProblems(): SettingsError[] {
  const [problems, setProblems] = useState<SettingsError[]>([]);
  useEffect(() => {
    let live = true;
    (async () => readSettingsState())()
      .then((state) => {
        if (live) setProblems(state.managedErrors);
      })
      // No notice when the state cannot be read: the settings themselves fall back to the defaults.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  useSettingsChanges((state) => setProblems(state.managedErrors));
  return problems;
}
