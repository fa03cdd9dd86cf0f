import type { AnalysisContext, Finding } from './types';
import type { RuleCheck, RuleContext, RuleDefinition, RuleHit, SlicedCheck } from './rule';
import type { Settings } from '../settings/settings';
import { RULES } from './rules/index';
import { splitPassages, type Passage } from './passages';
import { combineFindings } from './combinations';
import { spellChecker } from './tone/spelling';
import { mediaKey } from './media-facts';
import { sentenceTagger } from './nlp/tagger';

interface CompiledRule {
  definition: RuleDefinition;
  check: RuleCheck | SlicedCheck;
}

/** A whole-post rule part-way through its work. */
interface DocumentRuleRun {
  definition: RuleDefinition;
  hits: RuleHit[] | Generator<void, RuleHit[], void>;
}

interface CompiledSettings {
  passageRules: CompiledRule[];
  documentRules: CompiledRule[];
  /** Findings of passage rules per passage text and context: an edit re-checks only the passage it touched. */
  passageCache: Map<string, Finding[]>;
}

const PASSAGE_CACHE_LIMIT = 500;
/** How long one slice of a long analysis may run before the page gets a turn (a frame at 60 Hz). */
export const SLICE_BUDGET_MS = 16;
/** Compiled rules per rule list and settings object: compiling name matchers for a big roster is not free. */
const compiledByRules = new WeakMap<readonly RuleDefinition[], WeakMap<Settings, CompiledSettings>>();

/**
 * Reads a draft post and returns what the school's policy says about it, sorted by position.
 * Pure: no DOM, no browser APIs. Settings are compiled once per settings object, so pass the same object
 * again while it has not changed. For long texts in a page, use AnalysisRun to spread the work over slices.
 */
export function analyse(
  text: string,
  context: AnalysisContext,
  settings: Settings,
  rules: readonly RuleDefinition[] = RULES,
): Finding[] {
  const run = new AnalysisRun(text, context, settings, rules);
  while (!run.step()) {
    // Without a time budget one step does everything.
  }
  return run.findings;
}

/**
 * One analysis done a slice at a time, so that a 100,000-character paste never blocks the page: each step()
 * checks passages until its time budget is spent, and the caller gives the page a turn between steps.
 * Passages already checked with the same context come from the cache, so an edit costs one passage.
 */
export class AnalysisRun {
  private readonly compiled: CompiledSettings;
  private readonly context: RuleContext;
  private readonly contextKey: string;
  private readonly passages: Passage[];
  private next = 0;
  /** The passage being checked, when a step ran out of time between its rules. */
  private current: { passage: Passage; cacheKey: string; findings: Finding[]; rule: number } | undefined;
  private found: Finding[] = [];
  private documentRuns: DocumentRuleRun[] | undefined;
  private done = false;

  constructor(
    private readonly text: string,
    context: AnalysisContext,
    settings: Settings,
    rules: readonly RuleDefinition[] = RULES,
  ) {
    this.compiled = compile(settings, rules);
    this.context = { ...context, account: context.account === 'official' ? 'official' : 'personal' };
    const { platform, account, isReply, isPrivateMessage } = this.context;
    // Spelling too (whether a checker is installed, and its version): a checker installed, or a word it has
    // learnt is misspelt, changes the style findings of a passage checked before.
    const checker = spellChecker();
    const spelling = checker ? (checker.version ?? 0) : 'none';
    // The same for the sentence tagger: tags that arrive change how a passage checked before reads.
    const tagger = sentenceTagger();
    const tags = tagger ? (tagger.version ?? 0) : 'none';
    this.contextKey = `${platform}|${account}|${mediaKey(this.context)}|${isReply ?? false}|${isPrivateMessage ?? false}|${spelling}|${tags}`;
    this.passages = splitPassages(text);
  }

  /**
   * Checks passages, a rule at a time, then the whole-post rules a piece at a time, for about `budgetMs` (at least
   * one rule over one passage, or one piece), then returns whether the run is complete. A step can end between
   * the rules of one passage: a 2,000-character passage that V8 meets cold took over 100 ms with all its rules.
   */
  step(budgetMs = Infinity): boolean {
    if (this.done) return true;
    const deadline = performance.now() + budgetMs;
    const { passageCache, passageRules } = this.compiled;
    do {
      if (!this.current) {
        const passage = this.passages[this.next];
        if (!passage) break;
        this.next++;
        const cacheKey = `${this.contextKey}\u0000${passage.text}`;
        const cached = passageCache.get(cacheKey);
        if (cached) {
          // Refresh its place in the insertion-ordered map, so the cache drops the least recently used first.
          passageCache.delete(cacheKey);
          passageCache.set(cacheKey, cached);
          for (const finding of cached) this.found.push(shift(finding, passage.offset));
          continue;
        }
        this.current = { passage, cacheKey, findings: [], rule: 0 };
      }
      const current = this.current;
      const rule = passageRules[current.rule++];
      if (rule) {
        for (const finding of runRules([rule], current.passage.text, this.context, 0))
          current.findings.push(finding);
      }
      if (current.rule >= passageRules.length) {
        passageCache.set(current.cacheKey, current.findings);
        for (const finding of current.findings) this.found.push(shift(finding, current.passage.offset));
        this.current = undefined;
      }
    } while (performance.now() < deadline);
    if (this.current || this.next < this.passages.length) return false;

    if (!this.documentRuns) {
      trimCache(passageCache);
      this.documentRuns = this.compiled.documentRules.map(({ definition, check }) => ({
        definition,
        hits: check(this.text, this.context),
      }));
      if (performance.now() >= deadline && this.documentRuns.some((run) => !Array.isArray(run.hits)))
        return false;
    }
    // Whole-post rules that work in pieces: one piece at a time while the budget lasts.
    for (const run of this.documentRuns) {
      if (Array.isArray(run.hits)) continue;
      for (;;) {
        const piece = run.hits.next();
        if (piece.done) {
          run.hits = piece.value;
          break;
        }
        if (performance.now() >= deadline) return false;
      }
    }
    for (const { definition, hits } of this.documentRuns) {
      for (const hit of hits as RuleHit[]) this.found.push(toFinding(definition, hit, this.text, 0));
    }
    const combined = combineFindings(this.found, this.context);
    combined.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    this.found = combined;
    this.done = true;
    return true;
  }

  /** The findings, sorted by position, once step() has returned true. */
  get findings(): Finding[] {
    return this.found;
  }
}

/**
 * Compiles the settings for the rules a rule at a time, yielding between rules, so that a page can do it in idle
 * time before the first check instead of inside it. With a `sample`, each rule also checks it once, a rule per
 * step: V8 compiles a regular expression to machine code on its first use on a text of 1,000 characters or more,
 * which for the rules' long word lists took up to 500 ms inside the first check of a long paste.
 */
export function* compileInSteps(
  settings: Settings,
  rules: readonly RuleDefinition[] = RULES,
  sample?: { text: string; context: AnalysisContext },
): Generator<void, void, void> {
  let bySettings = compiledByRules.get(rules);
  if (!bySettings) {
    bySettings = new WeakMap();
    compiledByRules.set(rules, bySettings);
  }
  if (!bySettings.has(settings)) {
    const all: CompiledRule[] = [];
    for (const definition of rules) {
      all.push({ definition, check: definition.create(settings) });
      yield;
    }
    if (!bySettings.has(settings)) {
      bySettings.set(settings, {
        passageRules: all.filter((rule) => rule.definition.scope === 'passage'),
        documentRules: all.filter((rule) => rule.definition.scope === 'document'),
        passageCache: new Map(),
      });
    }
  }
  if (!sample) return;
  const compiled = bySettings.get(settings)!;
  const context: RuleContext = {
    ...sample.context,
    account: sample.context.account === 'official' ? 'official' : 'personal',
  };
  for (const rule of [...compiled.passageRules, ...compiled.documentRules]) {
    runRules([rule], sample.text, context, 0);
    yield;
  }
}

function compile(settings: Settings, rules: readonly RuleDefinition[]): CompiledSettings {
  const cached = compiledByRules.get(rules)?.get(settings);
  if (cached) return cached;
  for (const _ of compileInSteps(settings, rules)) {
    // One go: the caller needs the rules now.
  }
  return compiledByRules.get(rules)!.get(settings)!;
}

function runRules(rules: CompiledRule[], text: string, context: RuleContext, offset: number): Finding[] {
  const findings: Finding[] = [];
  for (const { definition, check } of rules) {
    for (const hit of allHits(check(text, context))) findings.push(toFinding(definition, hit, text, offset));
  }
  return findings;
}

/** A check's hits, running a sliced check to its end in one go. */
function allHits(hits: RuleHit[] | Generator<void, RuleHit[], void>): RuleHit[] {
  if (Array.isArray(hits)) return hits;
  for (;;) {
    const piece = hits.next();
    if (piece.done) return piece.value;
  }
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
