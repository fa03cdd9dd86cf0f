import { describe, expect, it } from 'vitest';
import { analyse, AnalysisRun } from '../../../src/engine/analyse';
import { splitPassages, MAX_PASSAGE_LENGTH } from '../../../src/engine/passages';
import type { RuleDefinition } from '../../../src/engine/rule';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import type { AnalysisContext } from '../../../src/engine/types';

const personal: AnalysisContext = { platform: 'x', account: 'personal', hasMedia: false };

/** A rule that reports every "cake", counting how often it is asked to check a passage. */
function cakeRule(calls: string[]): RuleDefinition {
  return {
    id: 'test-cake',
    category: 'style',
    policy: 'tone-key-words',
    scope: 'passage',
    create: () => (text) => {
      calls.push(text);
      return [...text.matchAll(/cake/g)].map((match) => ({
        severity: 'warning' as const,
        start: match.index,
        end: match.index + 4,
        message: 'cake',
        suggestion: { label: 'Say bun', replacement: 'bun', start: match.index, end: match.index + 4 },
      }));
    },
  };
}

const documentRule: RuleDefinition = {
  id: 'test-length',
  category: 'style',
  policy: 'tone-key-words',
  scope: 'document',
  create: () => (text, context) =>
    context.account === 'personal'
      ? [{ severity: 'info', start: 0, end: text.length, message: 'whole' }]
      : [],
};

describe('splitPassages', () => {
  it('splits at line breaks and keeps offsets into the whole text', () => {
    const text = 'one\ntwo two\n\nthree';
    const passages = splitPassages(text);
    expect(passages.map((p) => p.text)).toEqual(['one', 'two two', 'three']);
    for (const passage of passages) {
      expect(text.slice(passage.offset, passage.offset + passage.text.length)).toBe(passage.text);
    }
  });

  it('slices a very long paragraph at sentence ends, never mid-word, covering every character', () => {
    const sentence = 'The Year 4 trip to the museum was a great success. ';
    const text = sentence.repeat(200);
    const passages = splitPassages(text);
    expect(passages.length).toBeGreaterThan(4);
    expect(passages.map((p) => p.text).join('')).toBe(text);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
      expect(passage.text.endsWith('. ') || passage.offset + passage.text.length === text.length).toBe(true);
    }
  });

  it('slices text with no spaces at the limit', () => {
    const text = 'x'.repeat(MAX_PASSAGE_LENGTH * 2 + 5);
    expect(splitPassages(text).map((p) => p.text.length)).toEqual([
      MAX_PASSAGE_LENGTH,
      MAX_PASSAGE_LENGTH,
      5,
    ]);
  });
});

describe('analyse', () => {
  it('reports findings with offsets into the whole text, sorted, with the rule id and matched text', () => {
    const text = 'no cake here\nbut cake there and cake';
    const findings = analyse(text, personal, { ...DEFAULT_SETTINGS }, [cakeRule([])]);
    expect(findings.map((f) => [f.start, f.match, f.rule, f.category, f.policy])).toEqual([
      [3, 'cake', 'test-cake', 'style', 'tone-key-words'],
      [17, 'cake', 'test-cake', 'style', 'tone-key-words'],
      [32, 'cake', 'test-cake', 'style', 'tone-key-words'],
    ]);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.match);
      expect(text.slice(finding.suggestion!.start, finding.suggestion!.end)).toBe('cake');
    }
  });

  it('treats an unknown account as personal', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const unknown = analyse('hello', { ...personal, account: 'unknown' }, settings, [documentRule]);
    const official = analyse('hello', { ...personal, account: 'official' }, settings, [documentRule]);
    expect(unknown).toHaveLength(1);
    expect(official).toHaveLength(0);
  });

  it('re-checks only the passage that changed, and compiles the settings once', () => {
    const calls: string[] = [];
    let compiled = 0;
    const rule = cakeRule(calls);
    const rules = [{ ...rule, create: (settings: Settings) => (compiled++, rule.create(settings)) }];
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const before = analyse('first cake\nsecond', personal, settings, rules);
    const after = analyse('first cake\nsecond cake', personal, settings, rules);
    expect(calls).toEqual(['first cake', 'second', 'second cake']);
    expect(compiled).toBe(1);
    expect(before).toHaveLength(1);
    expect(after.map((f) => f.start)).toEqual([6, 18]);
    // Another context is another cache entry: official findings may differ.
    analyse('first cake\nsecond cake', { ...personal, account: 'official' }, settings, rules);
    expect(calls).toHaveLength(5);
  });
});

describe('AnalysisRun', () => {
  it('spreads a long post over steps and finds exactly what one call finds', () => {
    const calls: string[] = [];
    const rules = [cakeRule(calls), documentRule];
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const text = Array.from({ length: 30 }, (_, i) => `paragraph ${i} has cake`).join('\n');
    const whole = analyse(text, personal, { ...DEFAULT_SETTINGS }, rules);
    const run = new AnalysisRun(text, personal, settings, rules);
    let steps = 0;
    while (!run.step(0)) steps++;
    // A zero budget still checks one passage a step: 30 passages, the last step also runs the document rules.
    expect(steps).toBe(29);
    expect(run.findings).toEqual(whole);
    expect(run.step(0)).toBe(true);
  });

  it('can end a step between the rules of one passage, and finds what one call finds', () => {
    const calls: string[] = [];
    const otherCalls: string[] = [];
    const otherRule: RuleDefinition = { ...cakeRule(otherCalls), id: 'test-other-cake' };
    const rules = [cakeRule(calls), otherRule];
    const text = 'a long paragraph with cake';
    const whole = analyse(text, personal, { ...DEFAULT_SETTINGS }, rules);
    calls.length = 0;
    otherCalls.length = 0;
    const run = new AnalysisRun(text, personal, { ...DEFAULT_SETTINGS }, rules);
    // Out of time after the first rule: the passage's second rule waits for the next step.
    expect(run.step(0)).toBe(false);
    expect([calls, otherCalls]).toEqual([[text], []]);
    while (!run.step(0)) {
      // The rest.
    }
    expect(otherCalls).toEqual([text]);
    expect(run.findings).toEqual(whole);
  });

  it('runs a sliced whole-post rule a piece per step, after the passages', () => {
    const pieces: number[] = [];
    const slicedRule: RuleDefinition = {
      ...documentRule,
      id: 'test-sliced',
      create: () =>
        function* (text) {
          for (let piece = 0; piece < 5; piece++) {
            pieces.push(piece);
            yield;
          }
          return [{ severity: 'info', start: 0, end: text.length, message: 'whole' }];
        },
    };
    const text = 'one cake\ntwo cake';
    const run = new AnalysisRun(text, personal, { ...DEFAULT_SETTINGS }, [cakeRule([]), slicedRule]);
    let steps = 1;
    while (!run.step(0)) steps++;
    // Two passages, then five pieces of the whole-post rule, then its answer: no step does it all.
    expect(steps).toBeGreaterThanOrEqual(6);
    expect(pieces).toEqual([0, 1, 2, 3, 4]);
    expect(run.findings.map((f) => f.rule)).toEqual(['test-sliced', 'test-cake', 'test-cake']);
  });

  it('spreads the disclaimer search over a long post and finds what one call finds', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, schoolName: 'Welbeck Primary School' };
    const line = 'A lovely day out with the class and a picnic by the lake. ';
    const text = `${line.repeat(1500)}Thank you Welbeck Primary School! ${line.repeat(200)}`;
    const whole = analyse(text, personal, settings);
    expect(whole.filter((f) => f.rule === 'disclaimer').map((f) => f.match)).toEqual([
      'Welbeck Primary School',
    ]);
    const run = new AnalysisRun(text, personal, settings);
    let stepsAfterPassages = 0;
    while (!run.step(0)) stepsAfterPassages++;
    expect(stepsAfterPassages).toBeGreaterThan(splitPassages(text).length + 5);
    expect(run.findings).toEqual(whole);
  });

  it('returns more findings than a function call can take as arguments', () => {
    const text = 'cake '.repeat(200_000);
    const findings = analyse(text, personal, { ...DEFAULT_SETTINGS }, [cakeRule([]), documentRule]);
    expect(findings).toHaveLength(200_001);
    expect(findings.at(-1)!.match).toBe('cake');
  });
});

describe('findings combined', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, pupils: [{ firstName: 'Jack', lastName: 'Thompson' }] };
  const severityOf = (findings: { category: string; severity: string }[], category: string) =>
    findings.find((finding) => finding.category === category)?.severity;

  it('makes media critical on a personal account when a pupil is named beside it', () => {
    const withPhoto = { ...personal, hasMedia: true };
    expect(severityOf(analyse('Lovely afternoon', withPhoto, settings), 'media')).toBe('warning');
    expect(severityOf(analyse('Well done Jack Thompson', withPhoto, settings), 'media')).toBe('critical');
    expect(severityOf(analyse('Well done Jack Thompson', personal, settings), 'media')).toBeUndefined();
  });

  it('leaves the school’s official account alone', () => {
    const official = { ...personal, account: 'official' as const, hasMedia: true };
    expect(severityOf(analyse('Well done Jack Thompson', official, settings), 'media')).toBe('info');
  });
});
