import { clauseQuotes } from '../../policy/clause-quotes';
import type { Settings } from '../../settings/settings';
import { Contacts } from '../components/Contacts';

/** A rule's words from the school's active policy, marked when they are the model policy's. */
export function QuotedRule({ settings, clause }: { settings: Settings; clause: string }) {
  const found = clauseQuotes(settings)(clause);
  if (!found) return null;
  return (
    <blockquote class="pg-quote">
      “{found.quote}”
      {found.modelWording && <span class="pg-model-wording"> (the model policy’s wording)</span>}
    </blockquote>
  );
}

/**
 * What the policy asks when something goes wrong, in its own words: do not respond or retaliate; save the
 * evidence; report it to a line manager or senior member of staff. Then the school's contacts, one click to
 * email each (the member of staff attaches the export themselves).
 */
export function PolicyReminder({ settings, headingLevel = 2 }: { settings: Settings; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="pg-reminder" aria-labelledby="pg-reminder-heading">
      <Heading id="pg-reminder-heading">What the policy asks</Heading>
      <p>
        <strong>Do not respond or retaliate.</strong> Report it to your line manager or a senior member of
        staff.
      </p>
      <QuotedRule settings={settings} clause="no-retaliation" />
      <QuotedRule settings={settings} clause="save-evidence" />
      <p>
        Export the incident below (a printable report, or a zip), then email it to one of these people and
        attach the file:
      </p>
      <Contacts contacts={settings.contacts} mailSubject="Evidence of an incident" />
    </section>
  );
}
