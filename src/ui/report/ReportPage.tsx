import { useMemo, useState } from 'preact/hooks';
import { mailtoUrl } from '../../incidents/mailto';
import {
  FORM_CLAUSES,
  FORM_TITLES,
  formQuestions,
  parseReportParams,
  prefill,
  reportEmail,
  reportText,
  type ReportPageParams,
} from '../../incidents/report-form';
import type { Settings } from '../../settings/settings';
import { QuotedRule } from '../evidence/PolicyReminder';
import { useSettings } from '../useSettings';

interface Props {
  settings: Settings;
  params: ReportPageParams;
  /** The clock and time zone the form is dated by (tests give their own). */
  now?: number;
  timeZone?: string;
}

/**
 * A report form for the headteacher: inappropriate website content, or a friend or contact request from a pupil
 * or parent. Filled in from the tab where it was opened; printable; "Email to the headteacher" opens the member
 * of staff's email program with the report written in. Nothing is stored or sent by Post Guard.
 */
export function ReportPage({
  settings,
  params,
  now = Date.now(),
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
}: Props) {
  const { kind } = params;
  const questions = useMemo(
    () => formQuestions(kind, settings.reportFormFields),
    [kind, settings.reportFormFields],
  );
  const [values, setValues] = useState<Record<string, string>>(() =>
    prefill(params, { staffName: settings.staffName, now, timeZone }),
  );
  const text = reportText(kind, questions, values, settings.schoolName);
  const email = reportEmail(kind, text, settings.contacts, settings.schoolName);
  const otherKind = kind === 'website-content' ? 'friend-request' : 'website-content';

  return (
    <div class="pg-options pg-report">
      <header class="pg-options-header">
        <p class="pg-school">{settings.schoolName}</p>
        <h1>{FORM_TITLES[kind]}</h1>
        <QuotedRule settings={settings} clause={FORM_CLAUSES[kind]} />
        <p class="pg-no-print">
          Fill this in, then email it to the headteacher or print it and hand it in. Post Guard keeps nothing
          you write here.{' '}
          <a href={`?kind=${otherKind}`}>{`Open the ${FORM_TITLES[otherKind].toLowerCase()} form instead`}</a>
        </p>
      </header>
      <main>
        <form class="pg-card pg-report-form" onSubmit={(event) => event.preventDefault()}>
          {questions.map((question) => {
            const id = `report-${question.id}`;
            const hintId = question.hint ? `${id}-hint` : undefined;
            const value = values[question.id] ?? '';
            const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
              setValues({ ...values, [question.id]: event.currentTarget.value });
            return (
              <div class="pg-field" key={question.id} data-school={question.school ? 'true' : undefined}>
                <label for={id}>{question.label}</label>
                {question.hint && (
                  <p class="pg-hint" id={hintId}>
                    {question.hint}
                  </p>
                )}
                {question.long ? (
                  <textarea
                    id={id}
                    rows={4}
                    maxLength={4000}
                    aria-describedby={hintId}
                    value={value}
                    onInput={onInput}
                  />
                ) : (
                  <input
                    id={id}
                    type="text"
                    maxLength={2000}
                    aria-describedby={hintId}
                    value={value}
                    onInput={onInput}
                  />
                )}
                {/* What the print shows: the answer as text, which a printed input box may cut off. */}
                <p class="pg-print-only pg-print-answer">{value || '—'}</p>
              </div>
            );
          })}
        </form>
        <section class="pg-card pg-no-print" aria-labelledby="pg-send-heading">
          <h2 id="pg-send-heading">Pass it on</h2>
          {email.to.length > 0 ? (
            <p>
              Your email program opens with the report written in, addressed to the headteacher (
              {email.to.join(', ')}). Check it and press Send.
            </p>
          ) : (
            <p class="pg-alert pg-alert-warning" role="note">
              Post Guard does not have the headteacher’s email address: your school has not added it in Post
              Guard’s settings (“Who to contact”). Print the form and hand it in, or email it to the
              headteacher yourself.
            </p>
          )}
          <div class="pg-button-row">
            {email.to.length > 0 && (
              <a class="pg-button pg-button-primary" href={mailtoUrl(email)}>
                Email to the headteacher
              </a>
            )}
            <button type="button" class="pg-button" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </section>
      </main>
    </div>
  );
}

/** The report page once the settings have loaded, with the form and the tab's details from its address. */
export function ReportApp() {
  const settings = useSettings();
  const params = useMemo(() => parseReportParams(location.search), []);
  if (!settings) return null;
  document.title = `${FORM_TITLES[params.kind]} – Post Guard`;
  return <ReportPage settings={settings} params={params} />;
}
