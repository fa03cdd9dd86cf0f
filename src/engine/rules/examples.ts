/**
 * The shape of a rule's table of examples (<id>.examples.ts beside each rule), and the test roster they share.
 * test/unit/engine/rule-examples.test.ts runs every table.
 */
import type { AnalysisContext, Category, Severity } from '../types';
import { DEFAULT_SETTINGS, type Pupil, type Settings } from '../../settings/settings';

export interface ExpectedFinding {
  /** text.slice(start, end) of the finding. */
  match: string;
  severity: Severity;
  /** Checked only when given. */
  category?: Category;
}

export interface RuleExample {
  text: string;
  /** Merged over EXAMPLE_CONTEXT. */
  context?: Partial<AnalysisContext>;
  /** Merged over EXAMPLE_SETTINGS. */
  settings?: Partial<Settings>;
  /** For an invalid example: exactly the findings the rule must make (at least one). Valid examples have none. */
  findings?: ExpectedFinding[];
}

/** A made-up roster covering the hard cases: accents, hyphens, apostrophes, preferred names, names that are words. */
export const EXAMPLE_PUPILS: readonly Pupil[] = Object.freeze([
  { firstName: 'Jack', lastName: 'Thompson' },
  { firstName: 'Hope', lastName: 'Williams' },
  { firstName: 'Zoë', lastName: 'Fernández' },
  { firstName: 'Grace', lastName: 'Lee' },
  { firstName: 'Alfred', lastName: 'Smith-Jones', preferredName: 'Alfie' },
  { firstName: 'Summer', lastName: 'Patel' },
  { firstName: 'Lily', lastName: "O'Brien" },
  { firstName: 'Will', lastName: 'Hart' },
  { firstName: 'Mohammed', lastName: 'Rahman' },
  { firstName: 'Oliver', lastName: 'Green' },
  { firstName: 'Emily', lastName: 'Brown', noPublish: true },
  { firstName: 'Amir', lastName: 'Hussain', noPublish: true },
  { firstName: 'Oliver', lastName: 'Stone', noPublish: true },
  { firstName: 'Poppy', lastName: 'Walsh', noPublish: true },
]) as readonly Pupil[];

/** The context an example runs in unless it says otherwise: a personal account, no photo. */
export const EXAMPLE_CONTEXT: AnalysisContext = Object.freeze({
  platform: 'x',
  account: 'personal',
  hasMedia: false,
});

/** The settings an example runs with unless it says otherwise: the defaults plus the example roster. */
export const EXAMPLE_SETTINGS: Settings = Object.freeze({
  ...DEFAULT_SETTINGS,
  pupils: EXAMPLE_PUPILS as Pupil[],
});
