import { activePolicy } from '../../policy/active-policy';
import type { SchoolPolicy } from '../../policy/types';
import { useSettings } from '../useSettings';
import { PolicyPage } from './PolicyPage';

/** The policy page once the settings have loaded: the school's own document when it has one, else `model`. */
export function PolicyPageApp({ model }: { model: SchoolPolicy }) {
  const settings = useSettings();
  if (!settings) return null;
  const { policy } = activePolicy(settings, model);
  document.title = `${policy.title} – ${policy.schoolName}`;
  return <PolicyPage policy={policy} />;
}
