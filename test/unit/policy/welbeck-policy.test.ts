import { describe, expect, it } from 'vitest';
import { policyPassages, policyPlainText } from '../../../src/policy/text';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { normalise, readPolicySource } from './source';

const source = readPolicySource();
const normalisedSource = normalise(source);
const policy = WELBECK_POLICY;

describe('Welbeck policy data', () => {
  it('quotes every paragraph and bullet point from the source document', () => {
    const passages = policyPassages(policy);
    expect(passages.length).toBeGreaterThan(100);
    const missing = passages.filter((passage) => !normalisedSource.includes(normalise(passage.text)));
    expect(missing.map((passage) => passage.text)).toEqual([]);
  });

  it('takes every heading from a line of the source document', () => {
    const lines = new Set(source.split('\n').map(normalise));
    const headings = policy.sections.flatMap((section) => (section.heading ? [section.heading] : []));
    expect(headings.filter((heading) => !lines.has(normalise(heading)))).toEqual([]);
  });

  it('leaves out no line of the source document', () => {
    const data = normalise(
      [
        policy.schoolName.toUpperCase(),
        policy.title.toUpperCase(),
        `Approved ${policy.approved}`,
        `Next Review ${policy.nextReview}`,
        policyPlainText(policy),
      ].join('\n'),
    );
    const lines = source
      .split('\n')
      .map((line) => normalise(line).replace(/^- /, ''))
      .filter((line) => line.length > 0);
    expect(lines.filter((line) => !data.includes(line))).toEqual([]);
  });

  it('keeps the curly quotes of the source and drops its bold markers', () => {
    const text = policyPlainText(policy);
    expect(text).toContain('“friend”');
    expect(text).toContain('‘Micro-blogging’');
    expect(text).toContain('The Do’s');
    expect(text).not.toContain('**');
  });

  it('has the title, dates and unique section ids', () => {
    expect(policy.schoolName).toBe('Welbeck Primary School');
    expect(policy.title).toBe('Social Media Usage Policy');
    expect(policy.approved).toBe('March 2026');
    expect(policy.nextReview).toBe('March 2027');
    const ids = policy.sections.map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the SMART tips, letter by letter', () => {
    expect(policy.smartTips.map((tip) => tip.letter).join('')).toBe('SMART');
    expect(policy.smartTips.map((tip) => tip.word)).toEqual([
      'Safe',
      'Meeting',
      'Accepting',
      'Reliable',
      'Tell',
    ]);
    expect(policy.smartTips[0]?.text).toBe(
      'Do not give out personal information, or post photos of yourself to people you talk to online. Follow age restriction rules.',
    );
    for (const tip of policy.smartTips) expect(normalisedSource).toContain(`${tip.word} – ${tip.text}`);
    expect(normalisedSource).toContain(policy.smartIntro);
  });

  it('has the Do’s, the Don’ts and the advice on personal use', () => {
    expect(policy.dos).toHaveLength(14);
    expect(policy.dos[0]).toBe(
      'Check with senior staff before publishing content that has controversial implications for the school.',
    );
    expect(policy.donts).toHaveLength(6);
    expect(policy.donts).toContain('Do not use social media to air internal grievances');
    expect(policy.personalUse).toHaveLength(7);
    expect(policy.personalUse).toContain('Know how to report a problem');
    for (const line of [...policy.dos, ...policy.donts, ...policy.personalUse]) {
      expect(normalisedSource).toContain(normalise(line));
    }
  });

  it('quotes each key rule from the section it names', () => {
    const ruleIds = policy.keyRules.map((rule) => rule.id);
    expect(ruleIds).toEqual(
      expect.arrayContaining([
        'no-contact-pupils-parents',
        'pupil-images-official-only',
        'disclaimer',
        'lesson-time',
        'report-inappropriate-content',
        'cyberbullying',
      ]),
    );
    for (const rule of policy.keyRules) {
      const inSection = policyPassages(policy).filter((passage) => passage.sectionId === rule.sectionId);
      expect(
        inSection.some((passage) => passage.text.includes(rule.quote)),
        rule.id,
      ).toBe(true);
      expect(rule.summary.length).toBeLessThan(rule.quote.length + 40);
    }
  });
});
