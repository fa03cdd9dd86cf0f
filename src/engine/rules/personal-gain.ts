import type { RuleDefinition, RuleHit } from '../rule';
import { GAIN_BENEFICIARIES, GAIN_CHARITY, GAIN_OFFERS, PERSONAL_GAIN } from '../data/personal-gain';
import { compileLexicon } from '../tone/lexicon';
import { hit, mergeHits, plain, type ConductMatch } from '../tone/conduct';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';

/**
 * Personal gain on the school's official accounts: selling or promoting one's own (or a colleague's, relative's or
 * friend's) products and services, discount codes and affiliate links. The policy: "Welbeck Primary School social
 * media accounts must not be used for personal gain." Phrases that sell count alone ("buy my", "use my code"); the
 * rest is read as who gains (the writer, a member of staff, their family or friends) and the commercial offer made
 * for them ("Our Year 2 teacher does gorgeous bakes, DM her for a price list"). The school's own fundraising and
 * charity drives are left alone, and personal accounts are outside this rule.
 */

const LEXICON = compileLexicon(PERSONAL_GAIN);
const BENEFICIARIES = compileLexicon(GAIN_BENEFICIARIES);
const OFFERS = compileLexicon(GAIN_OFFERS);
const CHARITY = compileLexicon(GAIN_CHARITY);
/** Hashtags that mark paid or affiliate content (ASA and CMA guidance on influencer marketing). */
const AD_TAGS = /#(?:ad|advert|sponsored|gifted|affiliate|spon|paidpartnership)(?![\p{L}\p{N}_])/giu;
/** Links with an affiliate or referral tag. */
const AFFILIATE_LINK = /\bhttps?:\/\/\S*(?:[?&](?:tag|ref|aff|affiliate|referral)=|amzn\.to\/)\S*/giu;
/** Prices and discounts written with symbols: "£30", "15% off". */
const PRICE = /£\s?\d+(?:\.\d\d)?|\b\d{1,2}\s?%\s?off\b/giu;

const MESSAGES = {
  selling:
    "This promotes or sells something of someone's own. The school's accounts must not be used for personal gain.",
  affiliate:
    "This looks like a discount code, affiliate link or paid promotion. The school's accounts must not be used for personal gain.",
};

/** The commercial offers in the text: listed phrases, and prices or discounts written with symbols. */
function offers(text: string, tokens: readonly ToneToken[]): { first: number; start: number; end: number }[] {
  const found: { first: number; start: number; end: number }[] = OFFERS.find(tokens).filter((match) =>
    plain(tokens, match, 2),
  );
  for (const price of text.matchAll(PRICE)) {
    const first = tokens.findIndex((token) => token.end > price.index);
    if (first >= 0) found.push({ first, start: price.index, end: price.index + price[0].length });
  }
  return found;
}

/** Offers made for someone's gain: each offer with the nearest beneficiary in the post (posts are about one thing). */
function offersForGain(text: string, tokens: readonly ToneToken[]): RuleHit[] {
  const beneficiaries: ConductMatch[] = BENEFICIARIES.find(tokens);
  if (beneficiaries.length === 0 || CHARITY.find(tokens).length > 0) return [];
  const hits: RuleHit[] = [];
  for (const offer of offers(text, tokens)) {
    let best: ConductMatch | undefined;
    for (const beneficiary of beneficiaries)
      if (!best || Math.abs(beneficiary.first - offer.first) < Math.abs(best.first - offer.first))
        best = beneficiary;
    const same = best && tokens[best.first]!.sentence === tokens[offer.first]!.sentence;
    const span = same
      ? { start: Math.min(best!.start, offer.start), end: Math.max(best!.end, offer.end) }
      : offer;
    hits.push(hit(span, 'warning', MESSAGES.selling));
  }
  return hits;
}

export function findPersonalGain(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  const hits: RuleHit[] = [];
  let charity: boolean | undefined;
  for (const match of LEXICON.find(tokens)) {
    // A weak phrase ("sponsored") is not a sale beside a charity drive ("a sponsored silence for Red Nose Day").
    if (match.entry.strength === 'weak' && (charity ??= CHARITY.find(tokens).length > 0)) continue;
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
  hits.push(
    ...offersForGain(text, tokens).filter(
      (found) => !hits.some((other) => other.start < found.end && found.start < other.end),
    ),
  );
  return mergeHits(hits);
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
