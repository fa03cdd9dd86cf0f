import { extensionUrl, openOptionsPage } from '../../platform/browser';
import { activePolicy, type OptionalPart } from '../../policy/active-policy';
import type { SchoolPolicy } from '../../policy/types';
import type { Settings } from '../../settings/settings';
import { Contacts } from '../components/Contacts';
import { SomethingWentWrong } from '../evidence/SomethingWentWrong';
import { PolicySearch } from '../components/PolicySearch';
import { SettingsLoading } from '../components/SettingsLoading';
import { useSettings, useSettingsProblems, type SettingsProblems } from '../useSettings';
import { SettingsNotice } from './SettingsNotice';
import { rosterAgeSentence, rosterFreshness } from '../../settings/roster-age';
import { TabStatus } from './TabStatus';

export const POLICY_PAGE = 'policy-page/index.html';

interface Props {
  settings: Settings;
  policy: SchoolPolicy;
  /** Settings Post Guard could not use: the school's, or this computer's. */
  problems?: SettingsProblems;
  /** Lists the school's own document lacks, shown from the model policy. */
  fromModel?: readonly OptionalPart[];
  /** Today, for the pupil list's age (tests pass a fixed day). */
  today?: Date;
}

const NO_PROBLEMS: SettingsProblems = { managed: [], local: [], unreadable: false };

/** The popup: a quick reference to the school's policy. */
export function Popup({
  settings,
  policy,
  problems = NO_PROBLEMS,
  fromModel = [],
  today = new Date(),
}: Props) {
  const rosterAge = rosterAgeSentence(
    rosterFreshness(settings.pupils.length, settings.rosterImportedOn, today),
  );
  const modelNote = (part: OptionalPart) =>
    fromModel.includes(part) ? (
      <p class="pg-footnote pg-model-note">From the model policy: your school’s document has no such list.</p>
    ) : null;
  const policyUrl = extensionUrl(POLICY_PAGE);
  return (
    <div class="pg-popup">
      <header class="pg-header">
        <h1 class="pg-brand">Post Guard</h1>
        <p class="pg-school">{settings.schoolName}</p>
        <SettingsNotice problems={problems} />
        {rosterAge?.askForExport && (
          <p class="pg-notice pg-roster-notice" role="note">
            {rosterAge.text}{' '}
            <button type="button" class="pg-link-button" onClick={() => void openOptionsPage()}>
              Import it in the settings
            </button>
          </p>
        )}
      </header>

      <TabStatus allowPause={settings.allowPause} />
      <SomethingWentWrong settings={settings} />

      <main>
        <PolicySearch policy={policy} sectionUrl={(id) => `${policyUrl}#${id}`} />

        <details class="pg-panel">
          <summary>Key rules for staff</summary>
          {modelNote('keyRules')}
          <ul class="pg-rules">
            {policy.keyRules.map((rule) => (
              <li key={rule.id}>
                <p class="pg-rule-summary">{rule.summary}</p>
                <blockquote class="pg-quote" cite={`${policyUrl}#${rule.sectionId}`}>
                  {rule.quote}
                </blockquote>
              </li>
            ))}
          </ul>
        </details>

        <details class="pg-panel">
          <summary>Do’s</summary>
          {modelNote('dos')}
          <ul class="pg-list pg-dos">
            {policy.dos.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>

        <details class="pg-panel">
          <summary>Don’ts</summary>
          {modelNote('donts')}
          <ul class="pg-list pg-donts">
            {policy.donts.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>

        <details class="pg-panel">
          <summary>Managing your personal use</summary>
          {modelNote('personalUse')}
          <ul class="pg-list">
            {policy.personalUse.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>

        <details class="pg-panel">
          <summary>SMART tips for pupils</summary>
          {modelNote('smartTips')}
          <p class="pg-intro">{policy.smartIntro}</p>
          <ul class="pg-smart">
            {policy.smartTips.map((tip) => (
              <li key={tip.letter}>
                <span class="pg-smart-letter" aria-hidden="true">
                  {tip.letter}
                </span>
                <span>
                  <strong>{tip.word}</strong> – {tip.text}
                </span>
              </li>
            ))}
          </ul>
        </details>

        <details class="pg-panel">
          <summary>Who to contact</summary>
          <Contacts contacts={settings.contacts} />
        </details>
      </main>

      <footer class="pg-footer">
        <a href={policyUrl} target="_blank" rel="noopener">
          Read the full policy
        </a>
        {settings.policy.url && (
          <a href={settings.policy.url} target="_blank" rel="noopener">
            The school’s own copy
          </a>
        )}
        {settings.policy.note && <p class="pg-footnote">{settings.policy.note}</p>}
        {rosterAge && !rosterAge.askForExport && <p class="pg-footnote pg-roster-date">{rosterAge.text}</p>}
        <button type="button" class="pg-link-button" onClick={() => void openOptionsPage()}>
          Post Guard settings
        </button>
        <p class="pg-footnote">
          {policy.title}, {policy.schoolName}, approved {policy.approved}. Post Guard checks everything on
          this device.
        </p>
      </footer>
    </div>
  );
}

/** The popup once the school's settings have loaded. */
export function PopupApp({ policy }: { policy: SchoolPolicy }) {
  const settings = useSettings();
  const problems = useSettingsProblems();
  if (!settings) return <SettingsLoading />;
  const active = activePolicy(settings, policy);
  return (
    <Popup settings={settings} policy={active.policy} problems={problems} fromModel={active.fromModel} />
  );
}
