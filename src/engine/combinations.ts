import type { Finding } from './types';
import type { RuleContext } from './rule';
import { picturesMayShowPeople, picturesUnchecked } from './media-facts';

/** Findings that say a pupil can be identified: a pupil's name (on the roster or not) or a no-publish pupil. */
const PUPIL_NAMED = new Set<Finding['category']>(['pupil', 'no-publish']);
/** Details that, beside a picture of people, tell who or where they are: a pupil, their class or the school. */
const PUPIL_DETAIL = new Set<Finding['category']>([...PUPIL_NAMED, 'class', 'school']);

/**
 * What two findings mean together that neither means alone. Only the media rule's finding (people in the
 * pictures) changes:
 * - personal account, people in the picture and a pupil, class or school detail beside it: critical. This is the
 *   case the policy is firmest about — "Under no circumstances should staff share or upload student/pupil pictures
 *   online other than via … school owned social media accounts" — and the detail makes the picture a pupil's.
 *   Without media facts only a pupil's name counts as such a detail, as before photos were looked at.
 * - personal account, a picture not yet checked and such a detail beside it: a warning, not a note.
 * - the school's account, people in the picture and a no-publish pupil named: critical.
 * Runs once over the whole post's findings.
 */
export function combineFindings(findings: Finding[], context: RuleContext): Finding[] {
  const detail = context.media ? PUPIL_DETAIL : PUPIL_NAMED;
  const has = (categories: Set<Finding['category']>) =>
    findings.some((finding) => categories.has(finding.category));
  let change: Pick<Finding, 'severity' | 'message' | 'policy'> | undefined;
  if (context.account === 'personal' && picturesMayShowPeople(context) && has(detail)) {
    change = {
      severity: 'critical',
      policy: 'pupil-images-official-only',
      message: context.media
        ? 'People in a photo or video, with a pupil, class or school detail beside it, on a personal account: pupils’ pictures may only be shared through the school’s own accounts. Remove the picture or the detail.'
        : 'A photo or video with a pupil named beside it, on a personal account: pupils’ pictures may only be shared through the school’s own accounts. Remove the picture or the name.',
    };
  } else if (context.account === 'personal' && picturesUnchecked(context) && has(PUPIL_DETAIL)) {
    change = {
      severity: 'warning',
      policy: 'pupil-images-official-only',
      message:
        'Photo not checked, with a pupil, class or school detail beside it, on a personal account: if a pupil can be seen, pupils’ pictures may only be shared through the school’s own accounts.',
    };
  } else if (
    context.account === 'official' &&
    context.media &&
    picturesMayShowPeople(context) &&
    findings.some((finding) => finding.category === 'no-publish')
  ) {
    change = {
      severity: 'critical',
      policy: 'no-publish-list',
      message:
        'People in a photo or video, with a pupil named who is on the list of children whose images must never be published. Check they are not in the picture before posting.',
    };
  }
  if (!change) return findings;
  const update = change;
  return findings.map((finding) =>
    finding.rule === 'media' && finding.severity !== 'critical' ? { ...finding, ...update } : finding,
  );
}
