import type { Finding } from '../engine/types';
import type { Settings } from './settings';

/**
 * The school's rating of each kind of problem laid over the engine's: a category set to "off" is not pointed
 * out at all; one set to a severity gets that severity. Pure; returns new findings.
 */
export function applySeverityOverrides(
  findings: readonly Finding[],
  settings: Pick<Settings, 'severityOverrides'>,
): Finding[] {
  const overrides = settings.severityOverrides;
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = overrides[finding.category];
    if (override === 'off') continue;
    out.push(
      override === undefined || override === finding.severity ? finding : { ...finding, severity: override },
    );
  }
  return out;
}
