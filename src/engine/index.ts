export { analyse, AnalysisRun, compileInSteps, SLICE_BUDGET_MS } from './analyse';
export { setSpellChecker, type SpellChecker } from './tone/spelling';
export { setSentenceTagger, type SentenceTagger, type TaggedTerm } from './nlp/tagger';
export type {
  AnalysisContext,
  Finding,
  Category,
  Severity,
  Platform,
  AccountKind,
  Suggestion,
  MediaFacts,
} from './types';
export { mediaKey } from './media-facts';
