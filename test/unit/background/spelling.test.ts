import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpellingService } from '../../../src/background/spelling';

// The real nspell, counted: the dictionary is built on the first request, not before and not again.
vi.mock('nspell', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof nspell }>()).default;
  return { default: vi.fn(real) };
});
// Small limits, so the caps show with a few words.
vi.mock('../../../src/platform/browser', () => ({ MAX_SPELLING_WORDS: 4, MAX_SPELLING_WORD_LENGTH: 12 }));

// The package exports only its ESM entry (index.js); the dictionary files sit beside it.
const folder = dirname(fileURLToPath(import.meta.resolve('dictionary-en-gb')));
const read = (ending: string) => readFileSync(join(folder, `index.${ending}`), 'utf8');
const aff = read('aff');
const dic = read('dic');

beforeEach(() => {
  vi.mocked(nspell).mockClear();
});

describe('the service worker’s spelling service (en-GB dictionary)', () => {
  it('answers with the misspelt words: British spellings, and names written in lower case, are correct', () => {
    const misspelt = createSpellingService(aff, dic);
    expect(misspelt(['assemblly', 'colour', 'paris', 'realise'])).toEqual(['assemblly']);
    expect(misspelt(['color', 'organize', "didn't", 'recieve'])).toEqual(['color', 'organize', 'recieve']);
  });

  it('builds the dictionary on the first request with words, once', () => {
    const misspelt = createSpellingService(aff, dic);
    expect(nspell).not.toHaveBeenCalled();
    expect(misspelt([])).toEqual([]);
    expect(nspell).not.toHaveBeenCalled();
    misspelt(['assemblly']);
    misspelt(['colr']);
    expect(nspell).toHaveBeenCalledTimes(1);
  });

  it('checks at most the first MAX_SPELLING_WORDS words of a request, and no overlong ones', () => {
    const misspelt = createSpellingService(aff, dic);
    expect(misspelt(['colr', 'zzzzzzzzzzzzzzzzz', 'recieve', 'assemblly', 'wierd'])).toEqual([
      'colr',
      'recieve',
      'assemblly',
    ]);
  });
});
