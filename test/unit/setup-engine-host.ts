import { installNodeTagger } from '../../scripts/lib/engine-host';

// Unit tests see the engine as a Node host does: sentences are tagged synchronously. A test of the rules without
// tags (as on a page before the service worker answers) removes the tagger with setSentenceTagger(undefined).
installNodeTagger();
