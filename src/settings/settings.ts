import type { Platform } from '../engine/types';

/** One pupil on the school's roster. */
export interface Pupil {
  firstName: string;
  lastName: string;
  preferredName?: string;
  /** On the school's list of children whose images and details must never be published. */
  noPublish?: boolean;
}

/** Who a contact is to staff: the e-safety team, the designated safeguarding lead, the head, the network manager. */
export type ContactRole = 'e-safety' | 'dsl' | 'headteacher' | 'network-manager';

/** A person staff can ask or report to. One entry per role: a person with two roles has two entries. */
export interface Contact {
  role: ContactRole;
  name: string;
  email?: string;
}

export interface OfficialAccount {
  platform: Platform;
  /** The handle or page name as the site shows it, e.g. "@WelbeckPrimary". */
  handle: string;
}

/**
 * The school's settings: one JSON shape for the command line, the options page and Chrome managed storage.
 * Later capabilities add keys here, never a second shape.
 */
export interface Settings {
  schoolName: string;
  schoolAliases: string[];
  pupils: Pupil[];
  classNames: string[];
  officialAccounts: OfficialAccount[];
  disclaimerPhrases: string[];
  /** Who to contact, shown in the popup. The defaults are the people Welbeck's policy names; it gives no emails. */
  contacts: Contact[];
}

/** The people Welbeck's policy names: its e-safety team (Ruth McConnochie is also the DSL) and network manager. */
const DEFAULT_CONTACTS: Contact[] = [
  { role: 'dsl', name: 'Ruth McConnochie' },
  { role: 'e-safety', name: 'Ruth McConnochie' },
  { role: 'e-safety', name: 'Carl Ollerenshaw' },
  { role: 'e-safety', name: 'Nathanael Crowley' },
  { role: 'network-manager', name: 'Carl Ollerenshaw' },
];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  schoolName: 'Welbeck Primary School',
  schoolAliases: [],
  pupils: [],
  classNames: [],
  officialAccounts: [],
  disclaimerPhrases: [
    'views are my own',
    'views my own',
    'opinions are my own',
    'personal account',
    'not on behalf of',
  ],
  contacts: DEFAULT_CONTACTS,
});
