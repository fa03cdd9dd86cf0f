import { createRequire } from 'node:module';
import { createCompromiseTagger, type Compromise } from '../../src/engine/nlp/compromise-tagger';
import { setSentenceTagger } from '../../src/engine/nlp/tagger';

const require = createRequire(import.meta.url);
let compromise: Compromise | undefined;

/**
 * Node hosts (CLI, eval, bench, unit tests) can afford compromise's start-up, so they tag sentences synchronously,
 * as the extension's service worker does for a page once its answers have arrived. compromise is required on the
 * first sentence a rule asks about, so a test or run that never needs it never pays its ~300 ms start.
 */
export function installNodeTagger(): void {
  setSentenceTagger(createCompromiseTagger(() => (compromise ??= require('compromise') as Compromise)));
}
