import type { Severity } from '../types';
import type { RuleContext } from '../rule';

/**
 * How serious a pupil's name is: on a personal account any pupil name is a warning (the policy allows pupil
 * details only on school accounts); on an official account a full name, or any name next to a photo or video,
 * is a warning, and a first name alone is for information.
 */
export function pupilNameSeverity(level: 'full' | 'first', context: RuleContext): Severity {
  if (context.account === 'personal') return 'warning';
  return level === 'full' || context.hasMedia ? 'warning' : 'info';
}
