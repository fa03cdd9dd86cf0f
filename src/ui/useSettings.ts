import { useEffect, useState } from 'preact/hooks';
import { readSettings } from '../platform/browser';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';

/** The school's settings, or undefined while they load. If they cannot be read, the defaults. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    readSettings()
      .catch((error: unknown) => {
        console.error('Post Guard could not read its settings; using the defaults.', error);
        return structuredClone({ ...DEFAULT_SETTINGS });
      })
      .then((value) => {
        if (live) setSettings(value);
      });
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
