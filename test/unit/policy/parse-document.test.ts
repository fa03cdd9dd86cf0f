import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../src/policy/parse-document';
import { policyPassages } from '../../../src/policy/text';

const harbourside = readFileSync('policies/harbourside/social-media-policy.md', 'utf8');
const welbeck = readFileSync('policies/welbeck/social-media-policy.txt', 'utf8');

describe('parsePolicyDocument', () => {
  it('reads a Markdown policy with numbered sections: title, school, dates, sections, do’s and don’ts', () => {
    const { policy, error } = parsePolicyDocument(harbourside);
    expect(error).toBeUndefined();
    expect(policy.schoolName).toBe('Harbourside Academy');
    expect(policy.title).toBe('Online Conduct and Social Media Policy');
    expect(policy.approved).toBe('September 2026');
    expect(policy.nextReview).toBe('September 2027');
    expect(policy.sections.map((s) => s.heading)).toContain('2. Protecting students');
    expect(policy.sections).toHaveLength(10);
    expect(policy.dos[0]).toBe('Check the consent register before publishing any image of a student.');
    expect(policy.donts).toContain('Share internal or confidential matters.');
    // It has no SMART tips and no key rules: the model's are shown instead.
    expect(policy.smartTips).toEqual([]);
    expect(policy.keyRules).toEqual([]);
  });

  it('joins the lines of a wrapped paragraph', () => {
    const { policy } = parsePolicyDocument(harbourside);
    const passages = policyPassages(policy).map((p) => p.text);
    expect(passages).toContain(
      "2.1 Colleagues must never publish a student's name, photograph, video, voice or any other detail from which a student could be recognised on a personal profile.",
    );
  });

  it('reads a plain-text policy with ALL-CAPS title lines, short headings, nested bullets and SMART tips', () => {
    const { policy } = parsePolicyDocument(welbeck);
    expect(policy.schoolName).toBe('Welbeck Primary School');
    expect(policy.title).toBe('Social Media Usage Policy');
    expect(policy.approved).toBe('March 2026');
    expect(policy.nextReview).toBe('March 2027');
    const definitions = policy.sections.find((s) => s.heading === 'Definitions')!;
    const list = definitions.blocks[0]!;
    expect(list.kind === 'list' && list.items[0]!.items?.length).toBe(4);
    expect(policy.smartTips.map((t) => t.word)).toEqual(['Safe', 'Meeting', 'Accepting', 'Reliable', 'Tell']);
    expect(policy.dos).toContain('Remain non partisan');
    expect(policy.donts).toContain('Do not use social media to air internal grievances');
    expect(policy.personalUse).toContain('Keep an eye on your digital footprint');
  });

  it('takes key rules from a "Key rules" list, and ALL-CAPS headings as sections', () => {
    const doc = [
      'ST ANNE’S C OF E PRIMARY SCHOOL',
      'E-SAFETY AND SOCIAL MEDIA POLICY',
      'Ratified by governors: 12/03/2025. Next review date: March 2026',
      '',
      'KEY RULES',
      '',
      '* Never post a photograph of a child on a personal account.',
      '* Never give a child’s surname online.',
      '',
      'PHOTOGRAPHS',
      '',
      'Photographs of children are taken only on school cameras and',
      'published only on the school website.',
    ].join('\n');
    const { policy, error } = parsePolicyDocument(doc);
    expect(error).toBeUndefined();
    expect(policy.schoolName).toBe('St Anne’s C of E Primary School');
    expect(policy.title).toBe('E-safety and Social Media Policy');
    expect(policy.approved).toBe('12/03/2025');
    expect(policy.nextReview).toBe('March 2026');
    expect(policy.keyRules.map((r) => r.quote)).toEqual([
      'Never post a photograph of a child on a personal account.',
      'Never give a child’s surname online.',
    ]);
    expect(policy.sections.map((s) => s.heading)).toEqual(['Key Rules', 'Photographs']);
    expect(policyPassages(policy).at(-1)!.text).toBe(
      'Photographs of children are taken only on school cameras and published only on the school website.',
    );
  });

  it('reads numbered sub-headings and Markdown emphasis', () => {
    const doc = '3. Use of images\n\n3.1 Photographs\n\nStaff **must not** use their own phones.\n';
    const { policy } = parsePolicyDocument(doc, 'Oakfield School');
    expect(policy.schoolName).toBe('Oakfield School');
    expect(policy.sections.map((s) => [s.heading, s.level])).toEqual([
      ['3. Use of images', 2],
      ['3.1 Photographs', 3],
    ]);
    expect(policyPassages(policy)[0]!.text).toBe('Staff must not use their own phones.');
  });

  it('says what is wrong with an empty or headless text, and with one too long', () => {
    expect(parsePolicyDocument('  \n ').error).toMatch(/empty/);
    expect(parsePolicyDocument('POLICY\n\nREVIEW').error).toMatch(/No paragraphs/);
    expect(parsePolicyDocument('a'.repeat(200_001)).error).toMatch(/at most 200,000/);
  });
});
