import type { Category, Platform } from '../../engine/types';
import { settingOfPath, type SettingsError } from '../../settings/check';
import {
  SETTINGS_FIELDS,
  type ContactRole,
  type CriticalAction,
  type SettingKey,
  type Settings,
  type Weekday,
} from '../../settings/settings';

/** Plain words for the settings' values, as the options page shows them. */

export const SITE_NAMES: Record<Platform, string> = {
  x: 'X (Twitter)',
  facebook: 'Facebook',
  youtube: 'YouTube',
};

export const ROLE_NAMES: Record<ContactRole, string> = {
  headteacher: 'Headteacher',
  dsl: 'Safeguarding lead (DSL)',
  'e-safety': 'E-safety team',
  'network-manager': 'Network manager',
};

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

export const CRITICAL_ACTIONS: Record<CriticalAction, { name: string; hint: string }> = {
  confirm: { name: 'Ask “Post anyway?”', hint: 'One click to carry on.' },
  reason: {
    name: 'Ask for a short reason first',
    hint: 'Staff type why the post is fine. The reason stays on this device and is not kept.',
  },
  block: { name: 'Do not post', hint: 'Staff must change the post before it can go out.' },
};

export const CATEGORY_NAMES: Record<Category, string> = {
  pupil: 'A pupil’s name',
  'no-publish': 'A pupil who must never be published',
  class: 'A class or year group',
  school: 'The school’s name or details',
  'personal-info': 'Personal details (address, phone, email)',
  offensive: 'Offensive language',
  discriminatory: 'Discriminatory language',
  harassment: 'Harassment or bullying',
  grievance: 'Workplace grievances',
  confidential: 'Confidential school matters',
  partisan: 'Party politics',
  argument: 'Arguments with parents or the public',
  'personal-gain': 'Personal gain or advertising',
  disclaimer: 'A missing “views are my own” disclaimer',
  media: 'Photos or video',
  contact: 'Messaging a pupil or a parent or carer',
  style: 'Tone and style',
};

export function settingTitle(key: SettingKey): string {
  return SETTINGS_FIELDS[key].title ?? key;
}

/** "Pupils — pupils[3].firstName: is missing" */
export function describeError(error: SettingsError): string {
  const key = settingOfPath(error.path);
  if (!key) return error.message;
  const title = key in SETTINGS_FIELDS ? settingTitle(key as SettingKey) : key;
  return `${title} — ${error.path}: ${error.message}`;
}

const tidy = (value: string): string => value.replace(/\s+/g, ' ').trim();
const tidyList = (values: readonly string[]): string[] => values.map(tidy).filter(Boolean);

/** The draft as it will be saved: spaces tidied, empty entries and empty optional fields left out. */
export function cleanDraft(draft: Settings): Settings {
  const policy: Settings['policy'] = {};
  if (draft.policy.url?.trim()) policy.url = draft.policy.url.trim();
  if (draft.policy.note?.trim()) policy.note = draft.policy.note.trim();
  if (draft.policy.document?.trim()) {
    policy.document = draft.policy.document;
    if (draft.policy.clauses?.length) policy.clauses = draft.policy.clauses;
  }
  return {
    ...draft,
    schoolName: tidy(draft.schoolName),
    schoolAliases: tidyList(draft.schoolAliases),
    classNames: tidyList(draft.classNames),
    disclaimerPhrases: tidyList(draft.disclaimerPhrases),
    officialAccounts: draft.officialAccounts
      .map((account) => ({ ...account, handle: tidy(account.handle) }))
      .filter((account) => account.handle),
    contacts: draft.contacts
      .map(({ role, name, email }) =>
        email?.trim() ? { role, name: tidy(name), email: email.trim() } : { role, name: tidy(name) },
      )
      .filter((contact) => contact.name || 'email' in contact),
    policy,
    staffName: tidy(draft.staffName),
    reportFormFields: draft.reportFormFields
      .map(({ form, label, hint, long }) => ({
        form,
        label: tidy(label),
        ...(hint?.trim() ? { hint: tidy(hint) } : {}),
        ...(long ? { long } : {}),
      }))
      .filter((field) => field.label),
  };
}
