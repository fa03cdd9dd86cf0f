import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activePolicy, clauseQuotes, suggestPassages } from '../../../src/policy/active-policy';
import { POLICY_CLAUSES } from '../../../src/policy/clauses';
import { parsePolicyDocument } from '../../../src/policy/parse-document';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';

const harbourside = readFileSync('policies/harbourside/social-media-policy.md', 'utf8');

describe('activePolicy', () => {
  it('is the model policy when the school has no document, or one that cannot be read', () => {
    expect(activePolicy({ schoolName: 'X', policy: {} })).toEqual({
      policy: WELBECK_POLICY,
      own: false,
      fromModel: [],
    });
    expect(activePolicy({ schoolName: 'X', policy: { document: '   ' } }).own).toBe(false);
  });

  it('is the school’s document, with the lists it lacks taken from the model and named', () => {
    const active = activePolicy({ schoolName: 'Harbourside Academy', policy: { document: harbourside } });
    expect(active.own).toBe(true);
    expect(active.policy.title).toBe('Online Conduct and Social Media Policy');
    expect(active.policy.dos[0]).toMatch(/consent register/);
    expect(active.fromModel).toEqual(['keyRules', 'smartTips', 'personalUse']);
    expect(active.policy.smartTips).toBe(WELBECK_POLICY.smartTips);
  });
});

describe('clauseQuotes', () => {
  it('quotes the confirmed passage, else the model’s wording marked as such', () => {
    const quotes = clauseQuotes({
      policy: {
        document: harbourside,
        clauses: [{ clause: 'non-partisan', passage: '5.4 Academy channels must be politically impartial.' }],
      },
    });
    expect(quotes('non-partisan')).toEqual({
      quote: '5.4 Academy channels must be politically impartial.',
      modelWording: false,
    });
    expect(quotes('confidentiality')).toEqual({
      quote: POLICY_CLAUSES.confidentiality.quote,
      modelWording: true,
    });
    expect(quotes('no-such-rule')).toBeUndefined();
  });

  it('ignores confirmed passages when the school’s document is removed', () => {
    const quotes = clauseQuotes({ policy: { clauses: [{ clause: 'non-partisan', passage: 'x' }] } });
    expect(quotes('non-partisan')).toEqual({ quote: 'Remain non partisan', modelWording: false });
  });
});

describe('suggestPassages', () => {
  const policy = parsePolicyDocument(harbourside).policy;
  // Measured on Harbourside’s policy: 12 of the 18 rules (before main added two) get the passage that says the same first. The admin
  // confirms or changes every one in the review table; a rule with no suggestion keeps the model's wording.
  it.each([
    ['no-publish-list', /^2\.3 Students whose consent register entry/],
    ['image-permission', /^2\.2 Images and recordings of students/],
    ['avoid-identifying-as-employee', /^4\.1 If your profile says that you work/],
    ['no-derogatory-content', /^5\.1 Colleagues must not post content that is abusive/],
    ['no-internal-grievances', /^5\.2 Do not discuss internal matters/],
    ['avoid-argument', /^6\.1 Keep a courteous and professional tone/],
    ['spelling-grammar', /^6\.2 Check spelling and facts/],
    ['no-social-media-in-lessons', /^8\.1 Personal use of social media is not permitted in lessons/],
  ] as const)('suggests first for %s the passage that says the same', (clause, expected) => {
    expect(suggestPassages(policy, clause)[0]).toMatch(expected);
  });
});
