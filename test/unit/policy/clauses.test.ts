import { describe, expect, it } from 'vitest';
import { POLICY_CLAUSES } from '../../../src/policy/clauses';
import { policyPlainText } from '../../../src/policy/text';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';

const text = policyPlainText(WELBECK_POLICY);
const headings = WELBECK_POLICY.sections.map((section) => section.heading);
const sameApostrophes = (value: string | undefined) => value?.replace(/’/g, "'");

describe('POLICY_CLAUSES', () => {
  it.each(Object.entries(POLICY_CLAUSES))('quotes %s word for word from the policy', (_id, clause) => {
    expect(text.includes(clause.quote), `not in the policy, word for word: “${clause.quote}”`).toBe(true);
  });

  it.each(Object.entries(POLICY_CLAUSES))('names a section of the policy for %s', (_id, clause) => {
    expect(headings.map(sameApostrophes)).toContain(sameApostrophes(clause.section));
  });
});
