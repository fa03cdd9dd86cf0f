import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/engine/analyse';
import { style } from '../../../src/engine/rules/style';
import { setSpellChecker } from '../../../src/engine/tone/spelling';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

const context = { platform: 'x' as const, account: 'personal' as const, hasMedia: false };

describe('style: spelling against the en-GB dictionary', () => {
  beforeAll(() => {
    // The package exports only its ESM entry (index.js); the dictionary files sit beside it.
    const folder = dirname(fileURLToPath(import.meta.resolve('dictionary-en-gb')));
    const read = (ending: string) => readFileSync(join(folder, `index.${ending}`), 'utf8');
    setSpellChecker(nspell({ aff: read('aff'), dic: read('dic') }));
  });
  afterAll(() => setSpellChecker(undefined));

  it('flags a misspelling as info, and accepts British spellings', () => {
    const findings = analyse('The assemblly has colour prints', context, { ...DEFAULT_SETTINGS }, [style]);
    expect(findings.map((f) => [f.match, f.severity])).toEqual([['assemblly', 'info']]);
  });

  it('without an installed checker, flags only its list of common misspellings', () => {
    setSpellChecker(undefined);
    const findings = analyse('The assemblly will recieve it', context, { ...DEFAULT_SETTINGS }, [style]);
    expect(findings.map((f) => f.match)).toEqual(['recieve']);
  });
});
