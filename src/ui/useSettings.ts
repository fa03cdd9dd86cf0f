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

/** What is wrong with the settings Post Guard runs with, for the notices in the popup and beside the composer. */
export interface SettingsProblems {
  /** Admin values Post Guard could not use as they are. */
  managed: SettingsError[];
  /** Problems with this device's stored settings (damaged entries, fields left out, an unreadable store). */
  local: SettingsError[];
  /** The settings could not be read at all: Post Guard runs with its defaults. */
  unreadable: boolean;
}

const NO_PROBLEMS: SettingsProblems = { managed: [], local: [], unreadable: false };

function problemsOf(state: SettingsState): SettingsProblems {
  return { managed: state.managedErrors, local: state.localErrors, unreadable: false };
}

/** Whether there is anything to tell the member of staff about the settings. */
export function hasProblems(problems: SettingsProblems): boolean {
  return problems.unreadable || problems.managed.length > 0 || problems.local.length > 0;
}

/** The problems with the settings, kept up to date as they change; none while they load. */
export function useSettingsProblems(): SettingsProblems {
  const [problems, setProblems] = useState<SettingsProblems>(NO_PROBLEMS);
  useEffect(() => {
    let live = true;
    (async () => readSettingsState())()
      .then((state) => {
        if (live) setProblems(problemsOf(state));
      })
      .catch((error: unknown) => {
        console.error('Post Guard could not read its settings; using the defaults.', error);
        if (live) setProblems({ ...NO_PROBLEMS, unreadable: true });
      });
    return () => {
      live = false;
    };
  }, []);
  useSettingsChanges((state) => setProblems(problemsOf(state)));
  return problems;
}
