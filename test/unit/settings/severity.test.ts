import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { applySeverityOverrides } from '../../../src/settings/severity';

const finding = (category: Finding['category'], severity: Finding['severity']): Finding => ({
  category,
  severity,
  rule: 'test',
  start: 0,
  end: 4,
  match: 'Jack',
  message: 'm',
  policy: 'p',
});

describe('applySeverityOverrides', () => {
  const findings = [finding('pupil', 'warning'), finding('style', 'info'), finding('school', 'warning')];

  it('changes the severity of a category, drops a category switched off, and leaves the rest', () => {
    expect(
      applySeverityOverrides(findings, { severityOverrides: { pupil: 'critical', style: 'off' } }),
    ).toEqual([finding('pupil', 'critical'), finding('school', 'warning')]);
  });

  it('returns the findings unchanged without overrides', () => {
    expect(applySeverityOverrides(findings, { severityOverrides: {} })).toEqual(findings);
  });
});
