import type { FinderCue } from './cue';
import { isPlainCapitalisedWord } from './plain-word';
import { ARTICLES, QUESTION_AUXILIARIES } from '../../data/name-finder-words';
import type { WordToken } from '../../text/tokens';
import { NAME_GAP } from '../name-shapes';

function isQuestionAuxiliary(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.key === 't' && /^\s?['’]$/.test(token.gap) && tokens[index - 1]?.key.endsWith('n'))
    return QUESTION_AUXILIARIES.has(tokens[index - 2]?.key ?? '') || tokens[index - 1]!.key.length > 1;
  return QUESTION_AUXILIARIES.has(token.key);
}

/** "why does Watson blame", "did Tarzan say": the subject of a question, between its auxiliary and its verb. */
export const questionSubject: FinderCue = {
  id: 'question-subject',
  form: 'capital',
  score: 0.55,
  note: 'a capitalised word between a question auxiliary and its verb',
  find(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (
      isPlainCapitalisedWord(view, index) &&
      !token.sentenceStart &&
      isQuestionAuxiliary(tokens, index - 1) &&
      next !== undefined &&
      next.kind === 'word' &&
      !next.capital &&
      NAME_GAP.test(next.gap) &&
      !ARTICLES.has(next.key)
    )
      return { first: index, last: index };
    return undefined;
  },
};
