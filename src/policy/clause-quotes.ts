/**
 * Each rule's policy quote, from the settings: kept apart from ./active-policy.ts so the composer's chunk does not
 * carry the document parser or the search. Pure.
 */
import { POLICY_CLAUSES } from './clauses';

/** What the settings say about the policy (the `policy` setting). */
export interface PolicySettings {
  document?: string;
  clauses?: readonly { clause: string; passage: string }[];
}

export interface ClauseQuote {
  quote: string;
  /** The model policy's wording, not the school's own: the UI says so. */
  modelWording: boolean;
}

/** Each rule's quote: the school's confirmed passage, else the model policy's line (marked so when the school has its own). */
export function clauseQuotes(settings: {
  policy: PolicySettings;
}): (clause: string) => ClauseQuote | undefined {
  const ownDocument = Boolean(settings.policy.document?.trim());
  const confirmed = new Map((settings.policy.clauses ?? []).map((entry) => [entry.clause, entry.passage]));
  return (clause) => {
    const model = (POLICY_CLAUSES as Record<string, { quote: string } | undefined>)[clause];
    if (!model) return undefined;
    const passage = ownDocument ? confirmed.get(clause) : undefined;
    return passage
      ? { quote: passage, modelWording: false }
      : { quote: model.quote, modelWording: ownDocument };
  };
}

/** The quotes of the model policy alone: what the UI uses when it is given no settings. */
export const MODEL_QUOTES = clauseQuotes({ policy: {} });
