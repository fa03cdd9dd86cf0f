/**
 * What the tone evaluators share: the engine run with only the three rules that answer "is this offensive?"
 * (offensive, discriminatory, harassment), every other rule left out so that a name or a class never counts.
 * A post is flagged when one of them raises a warning or worse; info reminders (mild words such as "bloody",
 * quoted insults) do not count as a flag, since they never ask the writer to change anything.
 */
import { analyse } from '../../../src/engine/analyse';
import { RULES } from '../../../src/engine/rules/index';
import type { Finding } from '../../../src/engine/types';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

export const TONE_RULE_IDS = ['offensive', 'discriminatory', 'harassment'] as const;
const TONE_RULES = RULES.filter((rule) => (TONE_RULE_IDS as readonly string[]).includes(rule.id));

export const isAlarm = (finding: Finding): boolean =>
  finding.severity === 'warning' || finding.severity === 'critical';

/** Findings of the three rules for a public post on X from a personal account (the data are tweets). */
export function toneFindings(text: string): Finding[] {
  return analyse(text, { platform: 'x', account: 'personal', hasMedia: false }, DEFAULT_SETTINGS, TONE_RULES);
}

/** The text of a row on one line, shortened, for the error sample. */
export function oneLine(text: string, width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The flagging findings of a row, as "rule:match" for the error sample. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings
    .filter(isAlarm)
    .map((finding) => `${finding.rule}:"${finding.match}"`)
    .join(', ');
}
