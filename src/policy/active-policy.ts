/**
 * The policy Post Guard shows and quotes: the school's own document when its settings hold one, else the model
 * policy (Welbeck Primary School's). Pure: settings in, policy and quotes out.
 */
import { POLICY_CLAUSES, POLICY_CLAUSE_IDS, type PolicyClauseId } from './clauses';
import type { PolicySettings } from './clause-quotes';
export { clauseQuotes, MODEL_QUOTES, type ClauseQuote } from './clause-quotes';
import { parsePolicyDocument } from './parse-document';
import { searchPolicy } from './search';
import { policyPassages } from './text';
import type { SchoolPolicy } from './types';
import { WELBECK_POLICY } from './welbeck-policy';

/** The parts of a policy the popup shows as lists, which a school's document may not have. */
export const OPTIONAL_PARTS = ['keyRules', 'smartTips', 'dos', 'donts', 'personalUse'] as const;
export type OptionalPart = (typeof OPTIONAL_PARTS)[number];

export interface ActivePolicy {
  policy: SchoolPolicy;
  /** Whether it is the school's own document (false: the model policy). */
  own: boolean;
  /** Parts the school's document does not have, shown from the model policy (and said so). */
  fromModel: OptionalPart[];
}

let lastParsed: { document: string; schoolName: string; policy: SchoolPolicy | undefined } | undefined;

/** The document read as a policy, or undefined when it cannot be used; the last one read is kept. */
function parsedDocument(document: string, schoolName: string): SchoolPolicy | undefined {
  if (lastParsed?.document !== document || lastParsed.schoolName !== schoolName) {
    const { policy, error } = parsePolicyDocument(document, schoolName);
    lastParsed = { document, schoolName, policy: error ? undefined : policy };
  }
  return lastParsed.policy;
}

export function activePolicy(
  settings: { schoolName: string; policy: PolicySettings },
  model: SchoolPolicy = WELBECK_POLICY,
): ActivePolicy {
  const document = settings.policy.document?.trim();
  const own = document ? parsedDocument(document, settings.schoolName) : undefined;
  if (!own) return { policy: model, own: false, fromModel: [] };
  const fromModel = OPTIONAL_PARTS.filter((part) => own[part].length === 0);
  const policy: SchoolPolicy = { ...own };
  for (const part of fromModel) (policy as unknown as Record<OptionalPart, unknown>)[part] = model[part];
  if (fromModel.includes('smartTips')) policy.smartIntro = model.smartIntro;
  return { policy, own: true, fromModel };
}

/** For each rule, the passages of the school's policy that best match the model's wording, best first. */
export function suggestPassages(policy: SchoolPolicy, clause: PolicyClauseId, limit = 5): string[] {
  // The model school's name and "social media" are in most passages of any policy: they say nothing of the rule.
  const query = POLICY_CLAUSES[clause].quote
    .replace(new RegExp(WELBECK_POLICY.schoolName, 'g'), '')
    .replace(/social media|school|staff|members? of staff|teachers?/gi, '');
  return searchPolicy(policy, query, { limit }).map((result) => result.text);
}

/** Every passage of a policy, for the review table's select. */
export function allPassages(policy: SchoolPolicy): string[] {
  return [...new Set(policyPassages(policy).map((p) => p.text))];
}

export { POLICY_CLAUSE_IDS };
