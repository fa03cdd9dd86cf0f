/**
 * The decision on a post with photos, as the issue sets it out: by account, by what the photo checks found, and by
 * what the text says beside the picture. Each case runs the whole engine (every rule, then the combinations).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/engine/analyse';
import type { AnalysisContext, Finding, MediaFacts } from '../../../src/engine/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  schoolName: 'Welbeck Primary School',
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Emily', lastName: 'Brown', noPublish: true },
  ],
};

function withPhoto(
  facesFound: MediaFacts['facesFound'],
  more: Partial<AnalysisContext> = {},
): AnalysisContext {
  return {
    platform: 'x',
    account: 'personal',
    hasMedia: true,
    media: { photos: 1, videos: 0, facesFound, location: false, logoMatch: false },
    ...more,
  };
}

const mediaFinding = (findings: Finding[]) => findings.find((finding) => finding.rule === 'media');
/** What the "Before you post" dialog would list: everything above a note. */
const held = (findings: Finding[]) => findings.filter((finding) => finding.severity !== 'info');

describe('a photo on a personal account', () => {
  it('with people in it is a warning that counts them, in the policy’s words', () => {
    const finding = mediaFinding(analyse('Lovely afternoon', withPhoto(3), settings));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(
      /^This photo shows 3 people\. Pupil pictures may only be shared through/,
    );
    expect(finding?.policy).toBe('pupil-images-official-only');
  });

  it.each([
    ['a pupil named', 'Well done Jack Thompson'],
    ['a class', 'Year 4 on the trip'],
    ['the school', 'Sports day at Welbeck Primary School'],
  ])('with people in it and %s beside it is critical', (_what, text) => {
    expect(mediaFinding(analyse(text, withPhoto(2), settings))?.severity).toBe('critical');
  });

  it('with nobody in it holds nothing back (no dialog), whatever the text says', () => {
    expect(held(analyse('Lovely afternoon', withPhoto(0), settings))).toEqual([]);
    expect(mediaFinding(analyse('Year 4 on the trip', withPhoto(0), settings))).toBeUndefined();
  });

  it('with nobody in it but a GPS position gets only a quiet tip', () => {
    const context = withPhoto(0);
    context.media = { ...context.media!, location: true };
    const findings = analyse('Sunset', context, settings);
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([['photo-location', 'info']]);
  });

  it('not yet checked, or whose check failed, is a note that says so, never a hold', () => {
    for (const state of ['unchecked', 'failed'] as const) {
      const findings = analyse('Lovely afternoon', withPhoto(state), settings);
      expect(held(findings)).toEqual([]);
      expect(mediaFinding(findings)?.message).toMatch(/^Photo not checked/);
    }
    const video = withPhoto('unchecked');
    video.media = { ...video.media!, photos: 0, videos: 1 };
    expect(mediaFinding(analyse('Our walk', video, settings))?.message).toMatch(/^Video not checked/);
  });

  it('not checked with a pupil detail beside it is a warning', () => {
    expect(mediaFinding(analyse('Year 4 on the trip', withPhoto('unchecked'), settings))?.severity).toBe(
      'warning',
    );
  });

  it('that looks like the school’s logo is a warning citing the logo line', () => {
    const context = withPhoto(0);
    context.media = { ...context.media!, logoMatch: true };
    const logo = analyse('Proud!', context, settings).find((finding) => finding.rule === 'photo-logo');
    expect(logo).toMatchObject({ severity: 'warning', policy: 'no-logo-personal-accounts' });
  });
});

describe('a photo on the school’s account', () => {
  const official = { account: 'official' as const };

  it('with people in it is a reminder (consent, the no-publish list, tagging)', () => {
    const finding = mediaFinding(analyse('Sports day', withPhoto(5, official), settings));
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toMatch(/consent.*no-publish list.*tagging/);
  });

  it('with people in it and a no-publish pupil named is critical', () => {
    expect(mediaFinding(analyse('Well done Emily Brown', withPhoto(5, official), settings))?.severity).toBe(
      'critical',
    );
  });

  it('with nobody in it says nothing', () => {
    expect(mediaFinding(analyse('Sports day', withPhoto(0, official), settings))).toBeUndefined();
  });
});

it('a picture nobody looked at (no media facts) counts as showing people, as before', () => {
  const context: AnalysisContext = { platform: 'x', account: 'personal', hasMedia: true };
  expect(mediaFinding(analyse('Lovely afternoon', context, settings))?.severity).toBe('warning');
});
