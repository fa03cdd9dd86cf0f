import { extensionUrl } from '../../platform/browser';
import type { SchoolPolicy } from '../../policy/types';
import type { Settings } from '../../settings/settings';
import { Contacts } from '../components/Contacts';
import { useSettings } from '../useSettings';

interface Props {
  settings: Settings;
  policy: SchoolPolicy;
}

/** The options page: what Post Guard does, and the school's settings it is using. */
export function OptionsPage({ settings, policy }: Props) {
  return (
    <div class="pg-options">
      <header class="pg-options-header">
        <h1>Post Guard</h1>
        <p class="pg-school">{settings.schoolName}</p>
      </header>

      <main>
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">What Post Guard does</h2>
          <p>
            Post Guard helps staff at {settings.schoolName} follow the school’s {policy.title} on Facebook, X
            and YouTube. As you write a post or comment, it checks your words against the policy and points
            out anything that could break it, such as a pupil’s name, a detail that identifies the school, or
            a personal account that names the school without a disclaimer. It explains each point with the
            line of the policy it comes from. You decide what to post.
          </p>
          <p>
            <strong>Nothing leaves this device.</strong> Post Guard does all its checking in your browser. It
            does not send what you write, or these settings, anywhere.
          </p>
          <p>
            <a href={extensionUrl('policy-page/index.html')} target="_blank" rel="noopener">
              Read the full {policy.title}
            </a>
          </p>
        </section>

        <section aria-labelledby="school-heading">
          <h2 id="school-heading">Your school</h2>
          <dl class="pg-settings-list">
            <dt>School name</dt>
            <dd>{settings.schoolName}</dd>
            <dt>Other names for the school</dt>
            <dd>{settings.schoolAliases.length > 0 ? settings.schoolAliases.join(', ') : 'None'}</dd>
          </dl>
        </section>

        <section aria-labelledby="disclaimer-heading">
          <h2 id="disclaimer-heading">Disclaimer phrases</h2>
          <p>
            The policy asks for a disclaimer on any personal account that names the school. Post Guard accepts
            any of these phrases as that disclaimer:
          </p>
          {settings.disclaimerPhrases.length > 0 ? (
            <ul class="pg-phrases">
              {settings.disclaimerPhrases.map((phrase) => (
                <li key={phrase}>“{phrase}”</li>
              ))}
            </ul>
          ) : (
            <p>No phrases are set.</p>
          )}
        </section>

        <section aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">Who to contact</h2>
          <Contacts contacts={settings.contacts} />
        </section>
      </main>
    </div>
  );
}

/** The options page once the school's settings have loaded. */
export function OptionsApp({ policy }: { policy: SchoolPolicy }) {
  const settings = useSettings();
  return settings ? <OptionsPage settings={settings} policy={policy} /> : null;
}
