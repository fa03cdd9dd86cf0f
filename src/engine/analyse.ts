import type { AnalysisContext, Finding } from './types';
import type { RuleCheck, RuleContext, RuleDefinition, RuleHit } from './rule';
import type { Settings } from '../settings/settings';
import { RULES } from './rules/index';
import { splitPassages } from './passages';

interface CompiledRule {
  definition: RuleDefinition;
  check: RuleCheck;
}

interface CompiledSettings {
  passageRules: CompiledRule[];
  documentRules: CompiledRule[];
  /** Findings of passage rules per passage text and context: an edit re-checks only the passage it touched. */
  passageCache: Map<string, Finding[]>;
}

const PASSAGE_CACHE_LIMIT = 500;
/** Compiled rules per rule list and settings object: compiling name matchers for a big roster is not free. */
const compiledByRules = new WeakMap<readonly RuleDefinition[], WeakMap<Settings, CompiledSettings>>();

/**
 * Reads a draft post and returns what the school's policy says about it, sorted by position.
 * Pure: no DOM, no browser APIs. Settings are compiled once per settings object, so pass the same object
 * again while it has not changed.
 */
export function analyse(
  text: string,
  context: AnalysisContext,
  settings: Settings,
  rules: readonly RuleDefinition[] = RULES,
): Finding[] {
  const compiled = compile(settings, rules);
  const ruleContext: RuleContext = {
    ...context,
    account: context.account === 'official' ? 'official' : 'personal',
  };
  const contextKey = `${ruleContext.platform}|${ruleContext.account}|${ruleContext.hasMedia}|${ruleContext.isReply ?? false}`;

  const findings: Finding[] = [];
  for (const passage of splitPassages(text)) {
    const cacheKey = `${contextKey}\u0000${passage.text}`;
    let local = compiled.passageCache.get(cacheKey);
    if (local) {
      // Refresh its place in the insertion-ordered map, so the cache drops the least recently used first.
      compiled.passageCache.delete(cacheKey);
    } else {
      local = runRules(compiled.passageRules, passage.text, ruleContext, 0);
    }
    compiled.passageCache.set(cacheKey, local);
    for (const finding of local) findings.push(shift(finding, passage.offset));
  }
  trimCache(compiled.passageCache);

  findings.push(...runRules(compiled.documentRules, text, ruleContext, 0));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function compile(settings: Settings, rules: readonly RuleDefinition[]): CompiledSettings {
  let bySettings = compiledByRules.get(rules);
  if (!bySettings) {
    bySettings = new WeakMap();
    compiledByRules.set(rules, bySettings);
  }
  const cached = bySettings.get(settings);
  if (cached) return cached;
  const all = rules.map((definition) => ({ definition, check: definition.create(settings) }));
  const compiled: CompiledSettings = {
    passageRules: all.filter((rule) => rule.definition.scope === 'passage'),
    documentRules: all.filter((rule) => rule.definition.scope === 'document'),
    passageCache: new Map(),
  };
  bySettings.set(settings, compiled);
  return compiled;
}

function runRules(rules: CompiledRule[], text: string, context: RuleContext, offset: number): Finding[] {
  const findings: Finding[] = [];
  for (const { definition, check } of rules) {
    for (const hit of check(text, context)) findings.push(toFinding(definition, hit, text, offset));
  }
  return findings;
}

function toFinding(definition: RuleDefinition, hit: RuleHit, text: string, offset: number): Finding {
  const finding: Finding = {
    category: hit.category ?? definition.category,
    rule: definition.id,
    severity: hit.severity,
    start: hit.start + offset,
    end: hit.end + offset,
    match: text.slice(hit.start, hit.end),
    message: hit.message,
    policy: hit.policy ?? definition.policy,
  };
  if (hit.suggestion) {
    finding.suggestion = {
      ...hit.suggestion,
      start: hit.suggestion.start + offset,
      end: hit.suggestion.end + offset,
    };
  }
  return finding;
}

function shift(finding: Finding, offset: number): Finding {
  if (offset === 0) return finding;
  const moved: Finding = { ...finding, start: finding.start + offset, end: finding.end + offset };
  if (finding.suggestion) {
    moved.suggestion = {
      ...finding.suggestion,
      start: finding.suggestion.start + offset,
      end: finding.suggestion.end + offset,
    };
  }
  return moved;
}

function trimCache(cache: Map<string, Finding[]>): void {
  while (cache.size > PASSAGE_CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) return;
    cache.delete(oldest);
  }
}
