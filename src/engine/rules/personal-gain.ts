import type { RuleDefinition, RuleHit } from '../rule';
import { PERSONAL_GAIN } from '../data/tone-conduct';
import { compileLexicon } from '../tone/lexicon';
import { hit, plain } from '../tone/conduct';
import { sharedToneTokens } from '../tone/tokens';

/**
 * Personal gain on the school's official accounts: selling or promoting one's own (or a friend's) products and
 * services, discount codes and affiliate links. The policy: "Welbeck Primary School social media accounts must
 * not be used for personal gain." Personal accounts are outside this rule.
 */

const LEXICON = compileLexicon(PERSONAL_GAIN);
/** Hashtags that mark paid or affiliate content (ASA and CMA guidance on influencer marketing). */
const AD_TAGS = /#(?:ad|advert|sponsored|gifted|affiliate|spon|paidpartnership)(?![\p{L}\p{N}_])/giu;
/** Links with an affiliate or referral tag. */
const AFFILIATE_LINK = /\bhttps?:\/\/\S*(?:[?&](?:tag|ref|aff|affiliate|referral)=|amzn\.to\/)\S*/giu;

const MESSAGES = {
  selling:
    "This promotes or sells something of someone's own. The school's accounts must not be used for personal gain.",
  affiliate:
    "This looks like a discount code, affiliate link or paid promotion. The school's accounts must not be used for personal gain.",
};

export function findPersonalGain(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  const hits: RuleHit[] = [];
  for (const match of LEXICON.find(tokens)) {
    if (plain(tokens, match, 2))
      hits.push(hit(match, 'warning', MESSAGES[match.entry.kind === 'affiliate' ? 'affiliate' : 'selling']));
  }
  for (const pattern of [AD_TAGS, AFFILIATE_LINK]) {
    for (const found of text.matchAll(pattern)) {
      const start = found.index;
      const end = start + found[0].length;
      if (!hits.some((other) => other.start < end && start < other.end))
        hits.push(hit({ start, end }, 'warning', MESSAGES.affiliate));
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const personalGain: RuleDefinition = {
  id: 'personal-gain',
  category: 'personal-gain',
  policy: 'no-personal-gain',
  scope: 'passage',
  create() {
    return (text, context) => (context.account === 'official' ? findPersonalGain(text) : []);
  },
};
