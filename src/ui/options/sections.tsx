import { useId } from 'preact/hooks';
import {
  CATEGORIES,
  CONTACT_ROLES,
  CRITICAL_ACTIONS,
  PLATFORMS,
  SEVERITY_OVERRIDES,
  WEEKDAYS,
  isSiteChecked,
  type LessonTime,
  type SettingKey,
  type Settings,
} from '../../settings/settings';
import { ChipList, LockBadge, RowsTable, SelectCell, Section, TextCell } from './fields';
import { localDay } from '../../settings/lesson-times';
import {
  CATEGORY_NAMES,
  CRITICAL_ACTIONS as ACTION_TEXT,
  ROLE_NAMES,
  SITE_NAMES,
  WEEKDAY_NAMES,
} from './labels';

export interface SectionProps {
  /** What the section shows: the admin's value where it is locked, this device's draft otherwise. */
  values: Settings;
  isLocked(key: SettingKey): boolean;
  set<K extends SettingKey>(key: K, value: Settings[K]): void;
}

export function SchoolSection({ values, isLocked, set }: SectionProps) {
  const nameId = useId();
  const locked = isLocked('schoolName') && isLocked('schoolAliases') && isLocked('classNames');
  // Where only some of the section is locked, each locked part says so beside its heading.
  const partLocked = (key: SettingKey) => !locked && isLocked(key);
  return (
    <Section id="school" title="Your school" locked={locked}>
      <div class="pg-subfield">
        <div class="pg-subfield-head">
          <label for={nameId}>School name</label>
          {partLocked('schoolName') && <LockBadge />}
        </div>
        <input
          id={nameId}
          class="pg-wide-input"
          type="text"
          required
          maxLength={200}
          value={values.schoolName}
          disabled={isLocked('schoolName')}
          onInput={(event) => set('schoolName', event.currentTarget.value)}
        />
      </div>
      <div class="pg-subfield">
        <div class="pg-subfield-head">
          <h3>Other names for the school</h3>
          {partLocked('schoolAliases') && <LockBadge />}
        </div>
        <p class="pg-hint">Short names and nicknames people use, e.g. “Welbeck”.</p>
        <ChipList
          label="Other names for the school"
          values={values.schoolAliases}
          maxLength={200}
          disabled={isLocked('schoolAliases')}
          onChange={(list) => set('schoolAliases', list)}
        />
      </div>
      <div class="pg-subfield">
        <div class="pg-subfield-head">
          <h3>Class names</h3>
          {partLocked('classNames') && <LockBadge />}
        </div>
        <p class="pg-hint">Names of classes and groups, e.g. “Oak Class” or “Year 6”.</p>
        <ChipList
          label="Class names"
          values={values.classNames}
          maxLength={100}
          disabled={isLocked('classNames')}
          onChange={(list) => set('classNames', list)}
        />
      </div>
    </Section>
  );
}

export function AccountsSection({ values, isLocked, set }: SectionProps) {
  const locked = isLocked('officialAccounts');
  const accounts = values.officialAccounts;
  return (
    <Section
      id="accounts"
      title="The school’s official accounts"
      locked={locked}
      intro={
        <p>Posts from these accounts are the school’s own, and are checked by the school’s rules for them.</p>
      }
    >
      {accounts.length > 0 && (
        <RowsTable
          items={accounts}
          columns={['Site', 'Handle or Page name']}
          removeLabel={(account, index) => `Remove account ${account.handle || index + 1}`}
          onChange={(next) => set('officialAccounts', next)}
          cells={(account, index, update) => (
            <>
              <SelectCell
                label={`Site of account ${index + 1}`}
                value={account.platform}
                options={PLATFORMS}
                names={SITE_NAMES}
                onChange={(platform) => update({ ...account, platform })}
              />
              <TextCell
                label={`Handle of account ${index + 1}`}
                maxLength={200}
                value={account.handle}
                onInput={(handle) => update({ ...account, handle })}
              />
            </>
          )}
        />
      )}
      <button
        type="button"
        class="pg-button pg-button-secondary"
        onClick={() => set('officialAccounts', [...accounts, { platform: 'x', handle: '' }])}
      >
        Add an account
      </button>
    </Section>
  );
}

export function ChecksSection({ values, isLocked, set }: SectionProps) {
  return (
    <>
      <Section
        id="sites"
        title="Sites Post Guard checks"
        locked={isLocked('sites')}
        intro={
          <p>Post Guard checks what you write on these sites. Untick a site to switch checking off there.</p>
        }
      >
        <div class="pg-checkbox-list">
          {PLATFORMS.map((platform) => (
            <label key={platform}>
              <input
                type="checkbox"
                checked={isSiteChecked(values, platform)}
                onChange={(event) =>
                  set('sites', { ...values.sites, [platform]: event.currentTarget.checked })
                }
              />
              {SITE_NAMES[platform]}
            </label>
          ))}
        </div>
      </Section>

      <Section
        id="pause"
        title="Pausing"
        locked={isLocked('allowPause')}
        intro={<p>Staff can pause checking on a site for an hour from Post Guard’s toolbar button.</p>}
      >
        <label class="pg-checkbox-list">
          <span>
            <input
              type="checkbox"
              checked={values.allowPause}
              onChange={(event) => set('allowPause', event.currentTarget.checked)}
            />
            Staff may pause checking for an hour
          </span>
        </label>
      </Section>

      <Section
        id="critical"
        title="When a post has a critical problem"
        locked={isLocked('criticalAction')}
        intro={<p>For example, a pupil who must never be published. What happens when staff press Post:</p>}
      >
        <div class="pg-choice-list" role="radiogroup" aria-label="When a post has a critical problem">
          {CRITICAL_ACTIONS.map((action) => (
            <label key={action} class="pg-choice">
              <input
                type="radio"
                name="critical-action"
                value={action}
                checked={values.criticalAction === action}
                onChange={() => set('criticalAction', action)}
              />
              <span>
                <strong>{ACTION_TEXT[action].name}</strong>
                {action === 'reason' && <span class="pg-tag">Recommended</span>}
                <span class="pg-hint">{ACTION_TEXT[action].hint}</span>
              </span>
            </label>
          ))}
        </div>
      </Section>

      <Section
        id="severity"
        title="How serious each kind of problem is"
        locked={isLocked('severityOverrides')}
        intro={
          <p>
            Post Guard rates each problem it finds as information, a warning or critical. Change the rating of
            a kind of problem for your school, or switch it off.
          </p>
        }
      >
        <table class="pg-table pg-severity">
          <thead>
            <tr>
              <th scope="col">Kind of problem</th>
              <th scope="col">Rating</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((category) => (
              <tr key={category}>
                <th scope="row">{CATEGORY_NAMES[category]}</th>
                <td>
                  <select
                    aria-label={`Rating for ${CATEGORY_NAMES[category]}`}
                    value={values.severityOverrides[category] ?? ''}
                    onChange={(event) => {
                      const next = { ...values.severityOverrides };
                      const value = event.currentTarget.value;
                      if (value) next[category] = value as (typeof SEVERITY_OVERRIDES)[number];
                      else delete next[category];
                      set('severityOverrides', next);
                    }}
                  >
                    <option value="">Post Guard’s own rating</option>
                    <option value="off">Off: do not point it out</option>
                    <option value="info">Information</option>
                    <option value="warning">Warning</option>
                    <option value="critical">Critical</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}

const LESSON_DEFAULT: LessonTime = { weekday: 'monday', start: '09:00', end: '10:00' };

export function LessonsSection({ values, isLocked, set }: SectionProps) {
  const lessons = values.lessonTimes;
  return (
    <Section
      id="lessons"
      title="Lesson times"
      locked={isLocked('lessonTimes')}
      intro={
        <p>
          The policy keeps personal social media out of lesson time. Post Guard reminds staff during these
          times.
        </p>
      }
    >
      {lessons.length > 0 ? (
        <RowsTable
          items={lessons}
          columns={['Day', 'Starts', 'Ends']}
          removeLabel={(_, index) => `Remove lesson ${index + 1}`}
          onChange={(next) => set('lessonTimes', next)}
          cells={(lesson, index, update) => {
            const name = `lesson ${index + 1}`;
            const invalid = lesson.end <= lesson.start;
            return (
              <>
                <SelectCell
                  label={`Day of ${name}`}
                  value={lesson.weekday}
                  options={WEEKDAYS}
                  names={WEEKDAY_NAMES}
                  onChange={(weekday) => update({ ...lesson, weekday })}
                />
                <td>
                  <input
                    type="time"
                    aria-label={`Start of ${name}`}
                    value={lesson.start}
                    required
                    onInput={(event) => update({ ...lesson, start: event.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={`End of ${name}`}
                    value={lesson.end}
                    required
                    aria-invalid={invalid ? 'true' : undefined}
                    onInput={(event) => update({ ...lesson, end: event.currentTarget.value })}
                  />
                  {invalid && <span class="pg-field-error">Ends before it starts</span>}
                </td>
              </>
            );
          }}
        />
      ) : (
        <p class="pg-muted">No lesson times yet.</p>
      )}
      <div class="pg-button-row">
        <button
          type="button"
          class="pg-button pg-button-secondary"
          onClick={() =>
            set('lessonTimes', [...lessons, lessons.at(-1) ? { ...lessons.at(-1)! } : LESSON_DEFAULT])
          }
        >
          Add a lesson
        </button>
        {lessons.some((lesson) => lesson.weekday === 'monday') && (
          <button
            type="button"
            class="pg-button pg-button-secondary"
            onClick={() => {
              const monday = lessons.filter((lesson) => lesson.weekday === 'monday');
              const weekdays = ['tuesday', 'wednesday', 'thursday', 'friday'] as const;
              set('lessonTimes', [
                ...monday,
                ...weekdays.flatMap((weekday) => monday.map((lesson) => ({ ...lesson, weekday }))),
              ]);
            }}
          >
            Use Monday’s times every weekday
          </button>
        )}
      </div>
    </Section>
  );
}

/** Today as "YYYY-MM-DD", the first value offered for a new term or closed day. */
const today = () => localDay(new Date());

/** The school's terms and days without lessons, so holidays and INSET days are never lesson time. */
export function CalendarSection({ values, isLocked, set }: SectionProps) {
  const terms = values.termDates;
  const closed = values.closedDays;
  const locked = isLocked('termDates') || isLocked('closedDays') || isLocked('lessonReminder');
  return (
    <Section
      id="calendar"
      title="Terms and days without lessons"
      locked={locked}
      intro={
        <p>
          Lesson times count only in term, and never on an INSET day or other closure. With no terms set,
          every week counts.
        </p>
      }
    >
      <h3>Terms</h3>
      {terms.length > 0 ? (
        <RowsTable
          items={terms}
          columns={['Term', 'First day', 'Last day']}
          removeLabel={(term, index) => `Remove term ${term.name || index + 1}`}
          onChange={(next) => set('termDates', next)}
          cells={(term, index, update) => {
            const name = term.name || `term ${index + 1}`;
            const invalid = term.end < term.start;
            return (
              <>
                <TextCell
                  label={`Name of term ${index + 1}`}
                  value={term.name ?? ''}
                  maxLength={100}
                  onInput={(value) => update({ ...term, name: value })}
                />
                <DateCell
                  label={`First day of ${name}`}
                  value={term.start}
                  onInput={(start) => update({ ...term, start })}
                />
                <DateCell
                  label={`Last day of ${name}`}
                  value={term.end}
                  invalid={invalid ? 'Ends before it starts' : undefined}
                  onInput={(end) => update({ ...term, end })}
                />
              </>
            );
          }}
        />
      ) : (
        <p class="pg-muted">No terms yet: every week has lessons.</p>
      )}
      <div class="pg-button-row">
        <button
          type="button"
          class="pg-button pg-button-secondary"
          onClick={() => set('termDates', [...terms, { name: '', start: today(), end: today() }])}
        >
          Add a term
        </button>
      </div>

      <h3>INSET days and other days without lessons</h3>
      {closed.length > 0 ? (
        <RowsTable
          items={closed}
          columns={['Date', 'Why']}
          removeLabel={(day, index) => `Remove day ${day.date || index + 1}`}
          onChange={(next) => set('closedDays', next)}
          cells={(day, index, update) => (
            <>
              <DateCell
                label={`Date of day ${index + 1}`}
                value={day.date}
                onInput={(date) => update({ ...day, date })}
              />
              <TextCell
                label={`Why there are no lessons on day ${index + 1}`}
                value={day.reason ?? ''}
                maxLength={100}
                onInput={(reason) => update({ ...day, reason })}
              />
            </>
          )}
        />
      ) : (
        <p class="pg-muted">No days set.</p>
      )}
      <div class="pg-button-row">
        <button
          type="button"
          class="pg-button pg-button-secondary"
          onClick={() => set('closedDays', [...closed, { date: today(), reason: 'INSET day' }])}
        >
          Add a day
        </button>
      </div>

      <label class="pg-checkbox-list">
        <span>
          <input
            type="checkbox"
            checked={values.lessonReminder}
            onChange={(event) => set('lessonReminder', event.currentTarget.checked)}
          />
          When staff open Facebook, X or YouTube in a lesson, remind them once per lesson (“Is this part of a
          curriculum activity?”)
        </span>
      </label>
    </Section>
  );
}

function DateCell({
  label,
  value,
  invalid,
  onInput,
}: {
  label: string;
  value: string;
  invalid?: string;
  onInput(value: string): void;
}) {
  return (
    <td>
      <input
        type="date"
        aria-label={label}
        value={value}
        required
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {invalid && <span class="pg-field-error">{invalid}</span>}
    </td>
  );
}

export function ContactsSection({ values, isLocked, set }: SectionProps) {
  const contacts = values.contacts;
  return (
    <Section
      id="contacts"
      title="Who to contact"
      locked={isLocked('contacts')}
      intro={<p>Shown to staff in the popup. A person with two roles has one line for each.</p>}
    >
      {contacts.length > 0 && (
        <RowsTable
          items={contacts}
          className="pg-contacts-table"
          columns={['Role', 'Name', 'Email (optional)']}
          removeLabel={(contact, index) => `Remove contact ${contact.name || index + 1}`}
          onChange={(next) => set('contacts', next)}
          cells={(contact, index, update) => (
            <>
              <SelectCell
                label={`Role of contact ${index + 1}`}
                value={contact.role}
                options={CONTACT_ROLES}
                names={ROLE_NAMES}
                onChange={(role) => update({ ...contact, role })}
              />
              <TextCell
                label={`Name of contact ${index + 1}`}
                maxLength={200}
                value={contact.name}
                onInput={(name) => update({ ...contact, name })}
              />
              <TextCell
                type="email"
                label={`Email of contact ${index + 1}`}
                maxLength={254}
                value={contact.email ?? ''}
                onInput={(email) => update({ ...contact, email })}
              />
            </>
          )}
        />
      )}
      <button
        type="button"
        class="pg-button pg-button-secondary"
        onClick={() => set('contacts', [...contacts, { role: 'headteacher', name: '' }])}
      >
        Add a contact
      </button>
    </Section>
  );
}

export function PolicySection({
  values,
  isLocked,
  set,
  policyTitle,
}: SectionProps & { policyTitle: string }) {
  const urlId = useId();
  const noteId = useId();
  const phrasesLocked = isLocked('disclaimerPhrases');
  return (
    <>
      <Section
        id="policy"
        title="The policy shown to staff"
        locked={isLocked('policy')}
        intro={
          <p>
            Post Guard explains each point with the line of the {policyTitle} it comes from, and shows the
            whole policy from the popup. You can link staff to your school’s own published copy as well.
          </p>
        }
      >
        <div class="pg-field">
          <label for={urlId}>Link to the school’s own copy (optional)</label>
          <input
            id={urlId}
            type="url"
            maxLength={500}
            placeholder="https://"
            value={values.policy.url ?? ''}
            onInput={(event) => set('policy', { ...values.policy, url: event.currentTarget.value })}
          />
        </div>
        <div class="pg-field">
          <label for={noteId}>A note for staff, shown with the policy (optional)</label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={1000}
            value={values.policy.note ?? ''}
            onInput={(event) => set('policy', { ...values.policy, note: event.currentTarget.value })}
          />
        </div>
      </Section>
      <Section
        id="disclaimer"
        title="Disclaimer phrases"
        locked={phrasesLocked}
        intro={
          <p>
            The policy asks for a disclaimer on any personal account that names the school. Post Guard accepts
            any of these phrases as that disclaimer:
          </p>
        }
      >
        <ChipList
          label="Disclaimer phrases"
          values={values.disclaimerPhrases}
          maxLength={200}
          format={(phrase) => `“${phrase}”`}
          disabled={phrasesLocked}
          onChange={(list) => set('disclaimerPhrases', list)}
        />
      </Section>
    </>
  );
}
