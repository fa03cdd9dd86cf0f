import type { FinderCue } from './cue';
import { capitalisedBeforeWord } from './plain-word';
import { ARTICLES, QUESTION_AUXILIARIES } from '../../data/name-finder-words';
import type { WordToken } from '../../text/tokens';

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
    const pair = capitalisedBeforeWord(view, index);
    if (
      pair &&
      !pair.token.sentenceStart &&
      isQuestionAuxiliary(view.tokens, index - 1) &&
      pair.next.kind === 'word' &&
      !pair.next.capital &&
      !ARTICLES.has(pair.next.key)
    )
      return { first: index, last: index };
    return undefined;
  },
};
