import type { Platform } from '../engine/types';

/** One pupil on the school's roster. */
export interface Pupil {
  firstName: string;
  lastName: string;
  preferredName?: string;
  /** On the school's list of children whose images and details must never be published. */
  noPublish?: boolean;
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
}

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
});
