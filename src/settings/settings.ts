import type { Category, Platform, Severity } from '../engine/types';
import { MAX_POLICY_DOCUMENT } from '../policy/parse-document';
import { POLICY_CLAUSE_IDS } from '../policy/clauses';
import { isIsoDay } from './school-calendar';
import { parseLogoHash } from '../photo/logo-hash';
import { flag, list, oneOf, optional, record, recordOf, text, type Infer, type Spec } from './spec';

/**
 * The school's settings: ONE definition for the command line, the options page and Chrome managed storage.
 * From SETTINGS_FIELDS come the TypeScript type (`Settings`), the defaults (`DEFAULT_SETTINGS`), the checks
 * (./validate.ts) and the manifest's managed-storage schema (./managed-schema.ts, written at build time), so
 * none of them can drift from another. Later capabilities add keys here, never a second shape.
 */

export const PLATFORMS = ['x', 'facebook', 'youtube'] as const satisfies readonly Platform[];
export const CONTACT_ROLES = ['e-safety', 'dsl', 'headteacher', 'network-manager'] as const;
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const CRITICAL_ACTIONS = ['confirm', 'reason', 'block'] as const;
export const SEVERITY_OVERRIDES = ['off', 'info', 'warning', 'critical'] as const;
/** Every category of finding, in the order the options page lists them. */
export const CATEGORIES = [
  'pupil',
  'no-publish',
  'class',
  'school',
  'personal-info',
  'offensive',
  'discriminatory',
  'harassment',
  'grievance',
  'confidential',
  'partisan',
  'argument',
  'personal-gain',
  'disclaimer',
  'media',
  'contact',
  'style',
] as const satisfies readonly Category[];

// The lists above must name every platform and category the engine knows: this fails to compile otherwise.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const _everyPlatform: Missing<Platform, (typeof PLATFORMS)[number]> = true;
const _everyCategory: Missing<Category, (typeof CATEGORIES)[number]> = true;
const _everySeverity: Missing<Severity, (typeof SEVERITY_OVERRIDES)[number]> = true;
void [_everyPlatform, _everyCategory, _everySeverity];

/** The most pupils a roster may hold. */
export const MAX_PUPILS = 5000;
/** The most parents and carers the list may hold (two or three per pupil on a full roster). */
export const MAX_PARENTS = 15000;
/** The longest name, class name or phrase. */
const SHORT = 100;
const MEDIUM = 200;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (title: string) =>
  text({
    title,
    required: true,
    maxLength: 5,
    refine: (value) => (TIME.test(value) ? undefined : 'must be a time written as HH:MM, e.g. "09:05"'),
    // "9:05", "9.05" and "09.05" are the same time written another way.
    repair: (value) => {
      const match = /^(\d{1,2})[:.](\d{2})$/.exec(value);
      return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
    },
  });

const date = (title: string) =>
  text({
    title,
    required: true,
    maxLength: 10,
    refine: (value) =>
      isIsoDay(value) ? undefined : 'must be a date written as YYYY-MM-DD, e.g. "2026-09-03"',
    // A British school writes 03/09/2026 or 3.9.2026: day first.
    repair: (value) => {
      const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
      if (!match) return undefined;
      const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
      return isIsoDay(iso) ? iso : undefined;
    },
  });

const TERM = record(
  {
    name: optional(text({ title: 'Term', description: 'e.g. "Autumn 1".', maxLength: SHORT })),
    start: date('First day'),
    end: date('Last day'),
  },
  {
    title: 'Term',
    refine: (term) =>
      String(term.end) >= String(term.start) ? undefined : 'must end on or after its first day',
  },
);

const CLOSED_DAY = record(
  {
    date: date('Date'),
    reason: optional(text({ title: 'Why', description: 'e.g. "INSET day".', maxLength: SHORT })),
  },
  { title: 'Day without lessons' },
);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HTTPS = /^https:\/\/[^\s/]+\.[^\s]+$/;

const PUPIL = record(
  {
    firstName: text({ title: 'First name', required: true, maxLength: SHORT }),
    lastName: text({ title: 'Last name', maxLength: SHORT }),
    preferredName: optional(text({ title: 'Preferred name', maxLength: SHORT })),
    noPublish: optional(
      flag({
        title: 'Never publish',
        description: "On the school's list of children who must never be published.",
        // A damaged mark is read the safe way: a child who may be on the list is treated as on it.
        whenUnreadable: true,
      }),
    ),
    className: optional(
      text({ title: 'Class', description: 'The pupil’s class or form.', maxLength: SHORT }),
    ),
  },
  { title: 'Pupil' },
);

// --- Parents and carers (policy: staff must not 'friend' or otherwise contact pupils or parents/carers) ---
/**
 * A parent or carer of a pupil, from the MIS contacts export. Used only to remind staff before they friend, follow
 * or message someone of that name; a parent's name in a post is never a finding on its own.
 */
const PARENT = record(
  {
    firstName: text({ title: 'First name', required: true, maxLength: SHORT }),
    lastName: text({ title: 'Last name', required: true, maxLength: SHORT }),
    relationship: optional(
      text({ title: 'Relationship', description: 'Mother, Father, Carer…', maxLength: SHORT }),
    ),
    pupil: optional(
      text({ title: 'Pupil', description: 'The pupil they are a contact for, if known.', maxLength: MEDIUM }),
    ),
  },
  { title: 'Parent or carer' },
);
// --- end of parents and carers ---

const CONTACT = record(
  {
    role: oneOf(CONTACT_ROLES, { title: 'Role' }),
    name: text({ title: 'Name', required: true, maxLength: MEDIUM }),
    email: optional(
      text({
        title: 'Email',
        maxLength: 254,
        refine: (value) => (value === '' || EMAIL.test(value) ? undefined : 'must be an email address'),
      }),
    ),
  },
  { title: 'Contact' },
);

const LESSON = record(
  {
    weekday: oneOf(WEEKDAYS, { title: 'Day' }),
    start: time('Starts'),
    end: time('Ends'),
  },
  {
    title: 'Lesson time',
    refine: (lesson) => (String(lesson.end) > String(lesson.start) ? undefined : 'must end after it starts'),
  },
);

/** A setting: how it is checked and described, and its value when neither the school nor the admin set it. */
function setting<S extends Spec>(spec: S, defaultValue: Infer<S>): S & { default: Infer<S> } {
  return { ...spec, default: defaultValue };
}

// --- When something goes wrong: the report forms (issue 18) ---------------------------------------------

/** The report forms staff fill in for the headteacher (src/ui/report/). */
export const REPORT_FORMS = ['website-content', 'friend-request'] as const;
export type ReportFormKind = (typeof REPORT_FORMS)[number];

const REPORT_FIELD = record(
  {
    form: oneOf([...REPORT_FORMS, 'both'] as const, {
      title: 'Form',
      description: 'website-content, friend-request, or both.',
    }),
    label: text({ title: 'Question', required: true, maxLength: SHORT }),
    hint: optional(text({ title: 'Help shown under the question', maxLength: MEDIUM })),
    /** A box for a few lines rather than one. */
    long: optional(flag({ title: 'Several lines' })),
  },
  { title: 'Report form question' },
);
export type ReportFormField = Infer<typeof REPORT_FIELD>;

const REPORT_SETTINGS = {
  staffName: setting(
    text({
      title: 'Your name',
      description: 'Filled in on the report forms for the headteacher. It stays on this computer.',
      maxLength: MEDIUM,
    }),
    '',
  ),
  reportFormFields: setting(
    list(REPORT_FIELD, {
      title: 'The school’s own questions on the report forms',
      description:
        'Questions added to the inappropriate website content form and the friend or contact request form, after Post Guard’s own.',
      maxItems: 20,
    }),
    [],
  ),
};

export const SETTINGS_FIELDS = {
  schoolName: setting(
    text({ title: 'School name', description: 'The school’s full name.', required: true, maxLength: MEDIUM }),
    'Welbeck Primary School',
  ),
  schoolAliases: setting(
    list(text({ required: true, maxLength: MEDIUM }), {
      title: 'Other names for the school',
      description: 'Short names and nicknames people use for the school, e.g. "Welbeck".',
      maxItems: 50,
    }),
    [],
  ),
  pupils: setting(
    list(PUPIL, {
      title: 'Pupils',
      description: 'The pupil roster. It stays on this device; it is never synced.',
      maxItems: MAX_PUPILS,
    }),
    [],
  ),
  parents: setting(
    list(PARENT, {
      title: 'Parents and carers',
      description:
        'Pupils’ parents and carers, from the MIS contacts export: Post Guard reminds staff before they friend, follow or message someone of that name. It stays on this device; it is never synced.',
      maxItems: MAX_PARENTS,
    }),
    [],
  ),
  // --- names2 (issue 17, item 6): when the roster was imported ---
  rosterImportedOn: setting(
    text({
      title: 'Pupil list imported on',
      description:
        'The day the pupil list was last imported in full from the MIS (YYYY-MM-DD; empty: not known). After 1 September or 120 days Post Guard asks for a fresh export.',
      maxLength: 10,
      refine: (value) => (value === '' || isIsoDay(value) ? undefined : 'must be a date written YYYY-MM-DD'),
    }),
    '',
  ),
  // --- end names2 ---
  classNames: setting(
    list(text({ required: true, maxLength: SHORT }), {
      title: 'Class names',
      description: 'Names of classes and groups, e.g. "Oak Class".',
      maxItems: 300,
    }),
    [],
  ),
  officialAccounts: setting(
    list(
      record({
        platform: oneOf(PLATFORMS, { title: 'Site' }),
        handle: text({ title: 'Handle or Page name', required: true, maxLength: MEDIUM }),
      }),
      {
        title: 'The school’s official accounts',
        description: 'Accounts that post for the school, e.g. @WelbeckPrimary on X.',
        maxItems: 50,
      },
    ),
    [],
  ),
  disclaimerPhrases: setting(
    list(text({ required: true, maxLength: MEDIUM }), {
      title: 'Disclaimer phrases',
      description: 'Any of these on a personal account counts as the "my views are my own" disclaimer.',
      maxItems: 50,
    }),
    ['views are my own', 'views my own', 'opinions are my own', 'personal account', 'not on behalf of'],
  ),
  /** Who to contact, shown in the popup. The defaults are the people Welbeck's policy names; it gives no emails. */
  contacts: setting(
    list(CONTACT, {
      title: 'Who to contact',
      description: 'The e-safety team, designated safeguarding lead, headteacher and network manager.',
      maxItems: 30,
    }),
    [
      { role: 'dsl', name: 'Ruth McConnochie' },
      { role: 'e-safety', name: 'Ruth McConnochie' },
      { role: 'e-safety', name: 'Carl Ollerenshaw' },
      { role: 'e-safety', name: 'Nathanael Crowley' },
      { role: 'network-manager', name: 'Carl Ollerenshaw' },
    ],
  ),
  lessonTimes: setting(
    list(LESSON, {
      title: 'Lesson times',
      description:
        'When lessons run. Staff are reminded that the policy keeps personal social media out of lessons.',
      maxItems: 100,
    }),
    [],
  ),
  termDates: setting(
    list(TERM, {
      title: 'Term dates',
      description:
        'The school’s terms, first and last day. Days outside them are holidays, never lesson time. Left empty, every week has lessons.',
      maxItems: 30,
    }),
    [],
  ),
  closedDays: setting(
    list(CLOSED_DAY, {
      title: 'INSET days and other days without lessons',
      description: 'Days within a term when there are no lessons: INSET days, bank holidays, closures.',
      maxItems: 100,
    }),
    [],
  ),
  lessonReminder: setting(
    flag({
      title: 'Lesson-time reminder',
      description:
        'When a member of staff opens Facebook, X or YouTube during a lesson, remind them once per lesson that the policy keeps social media out of lessons unless it is part of a curriculum activity.',
    }),
    true,
  ),
  criticalAction: setting(
    oneOf(CRITICAL_ACTIONS, {
      title: 'When a post has a critical problem',
      description:
        'confirm: ask "post anyway?"; reason: ask for a short reason first (it stays on the device); block: do not post.',
    }),
    'reason',
  ),
  severityOverrides: setting(
    recordOf(CATEGORIES, oneOf(SEVERITY_OVERRIDES), {
      title: 'How serious each kind of problem is',
      description:
        'Per category: off, info, warning or critical. Categories left out keep Post Guard’s own rating.',
    }),
    {},
  ),
  sites: setting(
    record(
      {
        x: optional(flag({ title: 'X (Twitter)' })),
        facebook: optional(flag({ title: 'Facebook' })),
        youtube: optional(flag({ title: 'YouTube' })),
      },
      { title: 'Sites Post Guard checks', description: 'false switches checking off on that site.' },
    ),
    { x: true, facebook: true, youtube: true },
  ),
  allowPause: setting(
    flag({
      title: 'Staff may pause checking',
      description:
        'Lets staff pause Post Guard on a site for an hour from its toolbar button. false keeps it on.',
    }),
    true,
  ),
  // --- The school's logo (issue 14, item 5) ---
  schoolLogos: setting(
    list(
      record({
        name: text({ title: 'Name', required: true, maxLength: MEDIUM }),
        hash: text({
          title: 'Fingerprint',
          description:
            'Made by the options page from the picture (a perceptual hash); the picture itself is not needed.',
          required: true,
          maxLength: 200,
          refine: (value) =>
            parseLogoHash(value) ? undefined : 'must be a fingerprint made by Post Guard’s options page',
        }),
        picture: optional(
          text({
            title: 'Small copy of the picture',
            description: 'Shown on the options page only.',
            maxLength: 40_000,
            refine: (value) =>
              value === '' || value.startsWith('data:image/') ? undefined : 'must be a data:image/ address',
          }),
        ),
      }),
      {
        title: 'The school’s logo and badge',
        description:
          'Pictures of the school’s logo or badge. A photo attached on a personal account that shows one gets a check (the policy keeps the school’s branding off personal accounts). Recognised on the device; nothing is sent anywhere.',
        maxItems: 10,
      },
    ),
    [],
  ),
  policy: setting(
    record(
      {
        url: optional(
          text({
            title: 'Link to the school’s own copy',
            maxLength: 500,
            refine: (value) =>
              value === '' || HTTPS.test(value) ? undefined : 'must be a web address starting with https://',
          }),
        ),
        note: optional(text({ title: 'Note from the school', maxLength: 1000 })),
        document: optional(
          text({
            title: 'The school’s own policy document',
            description:
              'The whole policy as plain text or Markdown. Post Guard shows it on the policy page and in the popup instead of its model policy (Welbeck Primary School’s).',
            maxLength: MAX_POLICY_DOCUMENT,
          }),
        ),
        clauses: optional(
          list(
            record({
              clause: oneOf(POLICY_CLAUSE_IDS, { title: 'Rule' }),
              passage: text({ title: 'Passage of the school’s policy', required: true, maxLength: 4000 }),
            }),
            {
              title: 'Which passage each rule quotes',
              description:
                'For each rule, the passage of the school’s document its warnings quote, as confirmed by the school. A rule left out quotes the model policy and says so.',
              maxItems: POLICY_CLAUSE_IDS.length,
            },
          ),
        ),
      },
      {
        title: 'The policy shown to staff',
        description:
          'Post Guard shows the school’s Social Media Usage Policy: document is the school’s own (else the model policy is shown); clauses says which passage of it each rule quotes; url links staff to the school’s own copy; note is a short message shown with it.',
      },
    ),
    {},
  ),
  ...REPORT_SETTINGS,
};

export const SETTINGS_SPEC = record(SETTINGS_FIELDS, { title: 'Post Guard settings' });

/** The school's settings. */
export type Settings = Infer<typeof SETTINGS_SPEC>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SETTINGS_FIELDS) as SettingKey[];

/** One pupil on the school's roster. `noPublish`: on the list of children who must never be published. */
export type Pupil = Infer<typeof PUPIL>;
/** Who a contact is to staff: the e-safety team, the designated safeguarding lead, the head, the network manager. */
export type ContactRole = (typeof CONTACT_ROLES)[number];
/** A person staff can ask or report to. One entry per role: a person with two roles has two entries. */
export type Contact = Infer<typeof CONTACT>;
/** A pupil's parent or carer, on the school's contacts list. */
export type Parent = Infer<typeof PARENT>;
export type OfficialAccount = Settings['officialAccounts'][number];
export type LessonTime = Infer<typeof LESSON>;
export type Term = Infer<typeof TERM>;
export type ClosedDay = Infer<typeof CLOSED_DAY>;
export type Weekday = (typeof WEEKDAYS)[number];
export type CriticalAction = (typeof CRITICAL_ACTIONS)[number];
export type SeverityOverride = (typeof SEVERITY_OVERRIDES)[number];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(
  Object.fromEntries(
    Object.entries(SETTINGS_FIELDS).map(([key, field]) => [key, structuredClone(field.default)]),
  ) as Settings,
);

/** Whether Post Guard checks posts on `platform` (a site left out of `sites` is checked). */
export function isSiteChecked(settings: Pick<Settings, 'sites'>, platform: Platform): boolean {
  return settings.sites[platform] !== false;
}
