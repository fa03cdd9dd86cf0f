import { sendExtensionMessage } from '../../platform/browser';
import { settingsProblemSentences } from '../components/settings-problems';
import { useSettingsProblems } from '../useSettings';

/**
 * Its own styles, drawn with it inside Post Guard's shadow root: the notice sits to the left of the status badge,
 * in the same anchor, and keeps only its icon where the badge is compact.
 */
const NOTICE_CSS = `
.settings-notice {
  pointer-events: auto;
  font: inherit;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  box-sizing: border-box;
  height: 22px;
  margin: 0 4px 0 0;
  padding: 0 8px 0 5px;
  vertical-align: top;
  border: 1px solid var(--pg-warn);
  border-radius: 11px;
  background: var(--pg-bg);
  color: var(--pg-fg);
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18);
  white-space: nowrap;
  cursor: pointer;
}
.settings-notice:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 2px; }
.settings-notice svg { width: 14px; height: 14px; flex: none; }
.settings-notice svg path { fill: var(--pg-warn); }
.badge-anchor.compact .settings-notice .label { display: none; }
`;

/**
 * Beside the composer's badge when some settings could not be used (a damaged store on this computer, or a
 * school setting that is invalid): checks go on with everything valid, and this says so. Clicking it opens the
 * options page, which lists each problem and how to fix it. Draws nothing when all is well.
 */
export function SettingsNotice() {
  const sentences = settingsProblemSentences(useSettingsProblems());
  if (sentences.length === 0) return null;
  const text = sentences.map((sentence) => sentence.text).join(' ');
  return (
    <>
      <style>{NOTICE_CSS}</style>
      <button
        type="button"
        class="settings-notice"
        title={`${text} Click to see them in Post Guard’s settings.`}
        aria-label={`Post Guard’s settings need attention. ${text} Open the settings.`}
        onClick={() => void sendExtensionMessage({ type: 'open-options' })}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1 15.5 14.5H.5L8 1zm-.9 5v4.2h1.8V6H7.1zm0 5.4V13h1.8v-1.6H7.1z" />
        </svg>
        <span class="label" aria-hidden="true">
          Settings
        </span>
      </button>
    </>
  );
}
