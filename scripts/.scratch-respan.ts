import { installNodeTagger } from './lib/engine-host';
installNodeTagger();
// Rewrites expected spans in a rule's examples table when the rule now reports an overlapping span (scratch tool).
import { readFileSync, writeFileSync } from 'node:fs';
import { analyse } from '../src/engine/analyse';
import { RULES } from '../src/engine/rules/index';
import { EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, type RuleExample } from '../src/engine/rules/examples';
const id = process.argv[2]!;
const path = `src/engine/rules/${id}.examples.ts`;
const mod = (await import(`../${path}`)) as { invalid: RuleExample[]; valid: RuleExample[] };
let source = readFileSync(path, 'utf8');
const rule = RULES.find((r) => r.id === id)!;
const quote = (s: string) => [`'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`, JSON.stringify(s)];
for (const ex of mod.invalid) {
  const settings = ex.settings ? { ...EXAMPLE_SETTINGS, ...ex.settings } : EXAMPLE_SETTINGS;
  const found = analyse(ex.text, { ...EXAMPLE_CONTEXT, ...ex.context }, settings, [rule]).filter((f) => f.rule === id);
  const expected = ex.findings ?? [];
  const same = found.length === expected.length && found.every((f, i) => f.match === expected[i]!.match && f.severity === expected[i]!.severity);
  if (same) continue;
  if (found.length !== expected.length || found.length === 0) { console.log('CHECK', JSON.stringify(ex.text), 'expected', expected.map((e) => e.match), 'got', found.map((f) => `${f.severity}:${f.match}`)); continue; }
  let at = -1;
  for (const q of quote(ex.text)) { at = source.indexOf(q); if (at >= 0) break; }
  if (at < 0) { console.log('NOTFOUND', ex.text); continue; }
  for (let i = 0; i < expected.length; i++) {
    const old = expected[i]!; const now = found[i]!;
    if (now.severity !== old.severity) { console.log('SEVERITY', ex.text, old, now.severity); continue; }
    for (const q of quote(old.match)) {
      const k = source.indexOf(`match: ${q}`, at);
      if (k >= 0) { source = source.slice(0, k) + `match: ${quote(now.match)[0]}` + source.slice(k + `match: ${q}`.length); at = k + 1; break; }
    }
    console.log('RESPAN', JSON.stringify(old.match), '->', JSON.stringify(now.match));
  }
}
for (const ex of mod.valid) {
  const settings = ex.settings ? { ...EXAMPLE_SETTINGS, ...ex.settings } : EXAMPLE_SETTINGS;
  const found = analyse(ex.text, { ...EXAMPLE_CONTEXT, ...ex.context }, settings, [rule]).filter((f) => f.rule === id);
  if (found.length) console.log('VALID-FLAGGED', JSON.stringify(ex.text), found.map((f) => f.match));
}
if (process.argv[3] === 'write') writeFileSync(path, source);
