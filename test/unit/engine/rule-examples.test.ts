/// <reference types="vite/client" />
/**
 * Runs every rule's table of examples (src/engine/rules/<id>.examples.ts): a valid example must give no finding
 * of that rule, an invalid one exactly the findings it lists. Every rule in RULES must have a table.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/engine/analyse';
import { RULES } from '../../../src/engine/rules/index';
import { EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, type RuleExample } from '../../../src/engine/rules/examples';

interface ExamplesModule {
  valid?: RuleExample[];
  invalid?: RuleExample[];
}

const modules = import.meta.glob<ExamplesModule>('../../../src/engine/rules/*.examples.ts', { eager: true });
const tables = new Map<string, ExamplesModule>();
for (const [path, module] of Object.entries(modules)) {
  const id = /([^/]+)\.examples\.ts$/.exec(path)?.[1];
  if (id) tables.set(id, module);
}

function describeExample(example: RuleExample): string {
  const extras = [example.context && JSON.stringify(example.context), example.settings && 'custom settings'];
  return [JSON.stringify(example.text), ...extras.filter(Boolean)].join(' ');
}

function run(ruleId: string, example: RuleExample) {
  const rule = RULES.find((candidate) => candidate.id === ruleId)!;
  const settings = example.settings ? { ...EXAMPLE_SETTINGS, ...example.settings } : EXAMPLE_SETTINGS;
  const findings = analyse(example.text, { ...EXAMPLE_CONTEXT, ...example.context }, settings, [rule]);
  for (const finding of findings) expect(example.text.slice(finding.start, finding.end)).toBe(finding.match);
  return findings.filter((finding) => finding.rule === ruleId);
}

interface Shown {
  match: string;
  severity: string;
  category?: string;
}

/**
 * Pairs expected with actual findings (same match and severity, and category where the example names one);
 * returns what was expected but missing and what was found but not expected.
 */
function pair(
  expected: readonly Shown[],
  actual: readonly Shown[],
): { missing: Shown[]; unexpected: Shown[] } {
  const left = [...actual];
  const missing: Shown[] = [];
  for (const want of expected) {
    const index = left.findIndex(
      (got) =>
        got.match === want.match &&
        got.severity === want.severity &&
        (want.category === undefined || got.category === want.category),
    );
    if (index === -1) missing.push(want);
    else left.splice(index, 1);
  }
  return {
    missing,
    unexpected: left.map(({ match, severity, category }) => ({ match, severity, category })),
  };
}

it('every examples table belongs to a rule in RULES', () => {
  const ids = new Set(RULES.map((rule) => rule.id));
  expect([...tables.keys()].filter((id) => !ids.has(id))).toEqual([]);
});

describe.each(RULES.map((rule) => rule.id))('%s', (ruleId) => {
  const table = tables.get(ruleId);

  it('has a table of examples with valid and invalid cases', () => {
    expect(table, `src/engine/rules/${ruleId}.examples.ts is missing`).toBeDefined();
    expect(table?.valid?.length ?? 0).toBeGreaterThan(0);
    expect(table?.invalid?.length ?? 0).toBeGreaterThan(0);
  });

  it('has no duplicate cases', () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const example of [...(table?.valid ?? []), ...(table?.invalid ?? [])]) {
      const id = JSON.stringify([example.text, example.context ?? {}, example.settings ?? {}]);
      if (seen.has(id)) duplicates.push(describeExample(example));
      seen.add(id);
    }
    expect(duplicates).toEqual([]);
  });

  it('lists the expected findings of every invalid case, and none for a valid case', () => {
    for (const example of table?.invalid ?? []) {
      expect(
        example.findings?.length ?? 0,
        `invalid case without findings: ${describeExample(example)}`,
      ).toBeGreaterThan(0);
    }
    for (const example of table?.valid ?? []) {
      expect(example.findings ?? [], `valid case with findings: ${describeExample(example)}`).toEqual([]);
    }
  });

  const valid = table?.valid ?? [];
  const invalid = table?.invalid ?? [];
  if (valid.length > 0) {
    it.each(valid.map((example) => [describeExample(example), example] as const))(
      'valid: %s',
      (_, example) => {
        expect(run(ruleId, example).map((finding) => `${finding.match} (${finding.severity})`)).toEqual([]);
      },
    );
  }
  if (invalid.length > 0) {
    it.each(invalid.map((example) => [describeExample(example), example] as const))(
      'invalid: %s',
      (_, example) => {
        const actual = run(ruleId, example).map(({ match, severity, category }) => ({
          match,
          severity,
          category,
        }));
        expect(pair(example.findings ?? [], actual)).toEqual({ missing: [], unexpected: [] });
      },
    );
  }
});
