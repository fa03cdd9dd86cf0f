/**
 * The report forms for the headteacher (policy: "an inappropriate website content report form should be
 * completed and passed on to the headteacher"; friend or contact requests from pupils or parents "should be
 * reported to the headteacher"): their questions, what is filled in from the tab, the text the email and the
 * print carry, and the report page's address. Pure.
 */
import type { Contact, ReportFormField, ReportFormKind } from '../settings/settings';
import { contactEmails, type Email } from './mailto';

/**
 * The report page, and the address other parts of Post Guard open it with:
 * `report/index.html?kind=friend-request&name=<name>&site=<site>&url=<page>` (DEVELOPERS.md, "Report forms").
 */
export const REPORT_PAGE = 'report/index.html';

export interface ReportPageParams {
  kind: ReportFormKind;
  /** The person's name, for a friend or contact request. */
  name?: string;
  /** The site, e.g. "Facebook". */
  site?: string;
  /** The page's address. */
  url?: string;
  /** The page's title. */
  title?: string;
}

const KINDS: readonly ReportFormKind[] = ['website-content', 'friend-request'];
const MAX_PARAM = 2000;

/** The report page's path with its query: what the popup links to and the service worker opens. */
export function reportPagePath(params: ReportPageParams): string {
  const query = new URLSearchParams({ kind: params.kind });
  for (const key of ['name', 'site', 'url', 'title'] as const) {
    const value = params[key]?.trim();
    if (value) query.set(key, value.slice(0, MAX_PARAM));
  }
  return `${REPORT_PAGE}?${query.toString()}`;
}

/** The report page's query read back; an unknown kind is the website content form. */
export function parseReportParams(search: string): ReportPageParams {
  const query = new URLSearchParams(search);
  const kind = query.get('kind');
  const params: ReportPageParams = {
    kind: KINDS.includes(kind as ReportFormKind) ? (kind as ReportFormKind) : 'website-content',
  };
  for (const key of ['name', 'site', 'url', 'title'] as const) {
    const value = query.get(key)?.trim();
    if (value) params[key] = value.slice(0, MAX_PARAM);
  }
  return params;
}

/** One question of a form. */
export interface FormQuestion {
  id: string;
  label: string;
  hint?: string;
  long?: boolean;
  /** The school's own question (from the settings), not Post Guard's. */
  school?: boolean;
}

export const FORM_TITLES: Record<ReportFormKind, string> = {
  'website-content': 'Inappropriate website content report',
  'friend-request': 'Friend or contact request from a pupil or parent',
};

/** The policy rule each form answers (../policy/clauses.ts). */
export const FORM_CLAUSES = {
  'website-content': 'report-inappropriate-content',
  'friend-request': 'report-contact-attempts',
} as const satisfies Record<ReportFormKind, string>;

const OWN_QUESTIONS: Record<ReportFormKind, FormQuestion[]> = {
  'website-content': [
    { id: 'staff', label: 'Your name' },
    { id: 'when', label: 'Date and time it was seen' },
    { id: 'url', label: 'Web address' },
    { id: 'title', label: 'Page title' },
    {
      id: 'seen',
      label: 'What was seen',
      hint: 'Describe it; do not copy anything offensive into this form.',
      long: true,
    },
    {
      id: 'where',
      label: 'Where it was seen',
      hint: 'For example: on a school laptop in Year 4, on the staff room computer.',
    },
    {
      id: 'action',
      label: 'Action taken',
      hint: 'For example: closed the page, told the class teacher.',
      long: true,
    },
  ],
  'friend-request': [
    { id: 'staff', label: 'Your name' },
    { id: 'when', label: 'Date' },
    { id: 'site', label: 'Site' },
    { id: 'name', label: 'Name of the person', hint: 'As the site shows it.' },
    { id: 'url', label: 'Address of their profile or message' },
    { id: 'who', label: 'Who they are', hint: 'A pupil, or a parent or carer (whose?), if you know.' },
    {
      id: 'what',
      label: 'What happened',
      hint: 'A friend request, a follow, a message…',
      long: true,
    },
    {
      id: 'action',
      label: 'Action taken',
      hint: 'For example: did not accept, did not reply.',
      long: true,
    },
  ],
};

/** Post Guard's questions for the form, then the school's own (from the settings) for it. */
export function formQuestions(
  kind: ReportFormKind,
  schoolFields: readonly ReportFormField[],
): FormQuestion[] {
  const own = schoolFields
    .filter((field) => field.form === kind || field.form === 'both')
    .map((field, index) => ({
      id: `school-${index}`,
      label: field.label,
      ...(field.hint ? { hint: field.hint } : {}),
      ...(field.long ? { long: true } : {}),
      school: true,
    }));
  return [...OWN_QUESTIONS[kind], ...own];
}

/** What is known before the member of staff writes anything: from the tab, the settings and the clock. */
export function prefill(
  params: ReportPageParams,
  context: { staffName: string; now: number; timeZone: string },
): Record<string, string> {
  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    ...(params.kind === 'website-content' ? { timeStyle: 'short' } : {}),
    timeZone: context.timeZone,
  }).format(context.now);
  const values: Record<string, string> = { when };
  if (context.staffName.trim()) values.staff = context.staffName.trim();
  if (params.url) values.url = params.url;
  if (params.title) values.title = params.title;
  if (params.site) values.site = params.site;
  if (params.name) values.name = params.name;
  return values;
}

/** The filled-in form as plain text: one "Question: answer" per question, unanswered ones said so. */
export function reportText(
  kind: ReportFormKind,
  questions: readonly FormQuestion[],
  values: Readonly<Record<string, string>>,
  schoolName: string,
): string {
  const lines = [`${FORM_TITLES[kind]} – ${schoolName}`, ''];
  for (const question of questions) {
    const answer = values[question.id]?.trim();
    lines.push(`${question.label}: ${answer ? answer : '(not given)'}`);
  }
  return lines.join('\n');
}

/** The email to the headteacher; `to` is empty when the settings give no headteacher's address. */
export function reportEmail(
  kind: ReportFormKind,
  text: string,
  contacts: readonly Contact[],
  schoolName: string,
): Email {
  return {
    to: contactEmails(contacts, 'headteacher'),
    subject: `${FORM_TITLES[kind]} – ${schoolName}`,
    body: text,
  };
}
