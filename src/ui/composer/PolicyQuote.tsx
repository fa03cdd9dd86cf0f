import { MODEL_QUOTES, type ClauseQuote } from '../../policy/clause-quotes';

/** A rule's quote from the active policy (../../policy/active-policy.ts `clauseQuotes`). */
export type QuoteLookup = (clause: string) => ClauseQuote | undefined;

/** "The policy: “…”" under a finding; the model policy's wording says so when the school has its own document. */
export function PolicyQuote({ clause, quotes = MODEL_QUOTES }: { clause: string; quotes?: QuoteLookup }) {
  const found = quotes(clause);
  if (!found) return null;
  return (
    <blockquote>
      The policy: “{found.quote}”
      {found.modelWording && (
        <span class="model-wording">
          {' '}
          (the model policy’s wording: your school has not matched this rule to its own policy)
        </span>
      )}
    </blockquote>
  );
}
