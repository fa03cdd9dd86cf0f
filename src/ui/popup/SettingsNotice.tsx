import { openOptionsPage } from '../../platform/browser';
import { settingsProblemSentences } from '../components/settings-problems';
import type { SettingsProblems } from '../useSettings';

/** The popup's notice of settings Post Guard could not use: the options page shows which, and how to fix them. */
export function SettingsNotice({ problems }: { problems: SettingsProblems }) {
  const sentences = settingsProblemSentences(problems);
  if (sentences.length === 0) return null;
  return (
    <>
      {sentences.map(({ source, text }) => (
        <p
          class={source === 'managed' ? 'pg-notice pg-managed-notice' : 'pg-notice pg-store-notice'}
          role="note"
          key={source}
        >
          {text}{' '}
          <button type="button" class="pg-link-button" onClick={() => void openOptionsPage()}>
            {source === 'managed' ? 'See which' : 'See and fix them'}
          </button>
        </p>
      ))}
    </>
  );
}
