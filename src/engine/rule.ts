import type { AnalysisContext, Category, Finding, Severity, Suggestion } from './types';
import type { Settings } from '../settings/settings';
import type { PolicyClauseId } from '../policy/clauses';

/** What a rule reports; the engine adds the rule's id, category and policy clause. */
export interface RuleHit {
  severity: Severity;
  /** Offsets into the text the rule was given. */
  start: number;
  end: number;
  message: string;
  suggestion?: Suggestion;
  /** Overrides the rule's category where one rule reports two kinds (e.g. pupil vs no-publish). */
  category?: Category;
  /** Overrides the rule's default clause where a hit enforces a different line of the policy. */
  policy?: PolicyClauseId;
}

/** The context a rule sees: an unknown account is already resolved to personal. */
export interface RuleContext extends AnalysisContext {
  account: 'personal' | 'official';
}

export type RuleCheck = (text: string, context: RuleContext) => RuleHit[];

/**
 * A whole-post check that does its work in pieces: it yields after each piece and returns its hits at the end, so
 * that a 100,000-character post is checked over several slices instead of in one long task.
 */
export type SlicedCheck = (text: string, context: RuleContext) => Generator<void, RuleHit[], void>;

/**
 * One rule of the school's policy. `create` compiles the settings once (name matchers, word lists);
 * the returned check is pure and fast.
 *
 * scope 'passage': the check sees one paragraph (or a slice of a long one) at a time, and its results are
 * cached per passage, so an edit re-checks only the passage that changed. Use it for anything local.
 * scope 'document': the check sees the whole post (e.g. "is there a disclaimer anywhere?"); keep it linear, and
 * for work that grows with the post return a SlicedCheck, which the engine runs a piece per slice.
 */
export interface RuleDefinition {
  id: string;
  category: Category;
  policy: PolicyClauseId;
  scope: 'passage' | 'document';
  create(settings: Settings): RuleCheck | SlicedCheck;
}

export type { Finding };
