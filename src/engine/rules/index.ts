import type { RuleDefinition } from '../rule';

/**
 * The only registry of rules, sorted by id. A rule is one file in this folder, named by its id,
 * with its table of valid and invalid examples beside it (<id>.examples.ts).
 */
export const RULES: readonly RuleDefinition[] = [];
