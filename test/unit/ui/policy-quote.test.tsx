// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { clauseQuotes } from '../../../src/policy/active-policy';
import { PolicyQuote } from '../../../src/ui/composer/PolicyQuote';

function text(node: preact.ComponentChild): string {
  const root = document.createElement('div');
  render(node, root);
  return root.textContent ?? '';
}

describe('PolicyQuote', () => {
  it('quotes the model policy when the school has no document of its own, without a note', () => {
    expect(text(<PolicyQuote clause="non-partisan" />)).toBe('The policy: “Remain non partisan”');
  });
  it('quotes the school’s confirmed passage, and says when a rule still has the model’s wording', () => {
    const quotes = clauseQuotes({
      policy: {
        document: '# A policy\n\nText.',
        clauses: [{ clause: 'non-partisan', passage: 'Be impartial.' }],
      },
    });
    expect(text(<PolicyQuote clause="non-partisan" quotes={quotes} />)).toBe('The policy: “Be impartial.”');
    expect(text(<PolicyQuote clause="confidentiality" quotes={quotes} />)).toMatch(/model policy’s wording/);
  });
});
