import type { Finding } from './types';
import type { RuleContext } from './rule';

/** Findings that say a pupil can be identified: a pupil's name (on the roster or not) or a no-publish pupil. */
const PUPIL_DETAIL = new Set<Finding['category']>(['pupil', 'no-publish']);

/**
 * What two findings mean together that neither means alone. A photo on a personal account with a pupil named
 * beside it is the case the policy is firmest about — "Under no circumstances should staff share or upload
 * student/pupil pictures online other than via … school owned social media accounts" — so the media finding
 * becomes critical. Runs once over the whole post's findings.
 */
export function combineFindings(findings: Finding[], context: RuleContext): Finding[] {
  if (!context.hasMedia || context.account !== 'personal') return findings;
  if (!findings.some((finding) => PUPIL_DETAIL.has(finding.category))) return findings;
  return findings.map((finding) =>
    finding.category === 'media' && finding.severity !== 'critical'
      ? {
          ...finding,
          severity: 'critical',
          message:
            'A photo or video with a pupil named beside it, on a personal account: pupils’ pictures may only be shared through the school’s own accounts. Remove the picture or the name.',
        }
      : finding,
  );
}
