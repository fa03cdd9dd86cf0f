/**
 * Personal gain, as data for src/engine/rules/personal-gain.ts: phrases that sell or promote something of the
 * writer's own (PERSONAL_GAIN, counting alone), and, read as a target and an act, who gains (the writer, a member
 * of staff, a relative or friend: GAIN_BENEFICIARIES) and the commercial offer made for them (GAIN_OFFERS: prices,
 * discounts, "DM her for a price list", "book now"). Fundraising for the school or a charity (GAIN_CHARITY) is not
 * personal gain. Written for Post Guard; each group says where it comes from.
 */
import type { ConductEntry } from './tone-conduct';

const phrases = (kind: string, note: string, terms: readonly string[]): ConductEntry[] =>
  terms.map((term) => ({ term, kind, note }));

// ---- Personal gain -------------------------------------------------------------------------------------------

const SELLING =
  'Selling or promoting something of one\'s own (the policy: accounts "must not be used for personal gain")';
const AFFILIATE = 'Discount codes and affiliate links earn the poster money';

export const PERSONAL_GAIN: readonly ConductEntry[] = [
  ...phrases('selling', SELLING, [
    'for sale', 'selling my', 'i am selling', "i'm selling", 'buy my', 'buy from me', 'order from me',
    'dm me to order', 'dm to order', 'message me to order', 'pm me to order', 'pm me for prices', 'dm for prices',
    'message me for prices', 'my shop', 'my etsy', 'my online shop', 'my small business', 'my business',
    'my side hustle', 'side hustle', 'my new book', 'my book is out', 'pre-order my', 'preorder my', 'my tutoring',
    'private tutoring', 'my etsy shop', 'dm me for prices', 'tutoring available', 'tuition available', 'i offer tutoring', 'book a session with me',
    'my rates', 'my prices', 'available for hire', 'hire me', 'my services', 'my youtube channel', 'subscribe to my',
    'follow my page', 'like my page', 'check out my', 'support my business', 'my consultancy', 'my company',
    'my products', 'my candles', 'my cakes', 'commissions open', 'open for commissions', 'my tpt store',
    'teachers pay teachers', 'my tes shop', 'buy my resources', 'my resources are', 'my patreon', 'ko-fi', 'kofi',
    'buy me a coffee', 'my gofundme', 'sponsor me', 'join my team', 'business opportunity', 'earn extra',
    'make money from home', 'passive income', 'referral link', 'referral code', 'sign up with my',
    "my husband's business", "my wife's business", "my partner's business", "my friend's business",
    'book me', 'private tuition', 'tutoring company', 'tutoring slots', 'my own business', 'sells avon',
    'shop my', 'storefront', 'hire my', 'follow my personal', 'my personal instagram', 'my cupcake business',
    'per hour', 'an hour', 'my * shop', 'my * business', 'my * company', 'my own * company', 'my * channel',
    'taking orders', 'taking bookings', 'signed copies', 'my debut', 'my new range',
  ]),
  // "#sponsored" content earns the poster money; a sponsored walk for charity does not (GAIN_CHARITY decides).
  { term: 'sponsored', kind: 'selling', note: SELLING, strength: 'weak' },
  ...phrases('affiliate', AFFILIATE, [
    'discount code', 'promo code', 'voucher code', 'coupon code', 'use my code', 'use code', 'affiliate link',
    'affiliate links', 'link in bio', 'link in my bio', 'paid partnership', 'amazon associate', 'i earn a commission',
    'earn a small commission', 'off with my code', 'we both get', 'you and i both get', 'i get one too',
    'i get one', 'through my link', 'via my link', 'with my link', 'sign up through my', 'follow my * page',
    'like my * page', 'share my * page',
  ]),
]; // prettier-ignore

const BENEFICIARY =
  'Someone who gains from the post: the writer, a member of staff, or their family or friends (the policy: accounts "must not be used for personal gain")';

/** Who gains: the writer, a member of staff named or by role, their relatives and friends. */
export const GAIN_BENEFICIARIES: readonly ConductEntry[] = phrases('beneficiary', BENEFICIARY, [
  'my', 'me', 'i', "i've", "i'm", 'mr *', 'mrs *', 'miss *', 'ms *', 'our year * teacher', 'our * teacher',
  'our teacher', 'our ta', 'our tas', 'our caretaker', 'our deputy', "our deputy's", 'our head', "our head's",
  'our chair of governors', 'chair of governors', 'our pe teacher', 'our music teacher', 'our business manager',
  'our office manager', 'our receptionist', 'our site manager', 'our cook', 'our lunchtime supervisor',
  'our nursery nurse', 'our senco', 'our learning mentor', 'our cleaner', 'my husband', 'my wife', 'my partner', 'my sister', 'my brother', 'my mum', 'my dad',
  'my mate', "my mate's", 'my friend', 'my son', 'my daughter', 'my cousin', "caretaker's brother",
]); // prettier-ignore

const OFFER =
  'A commercial offer: a price, a discount, a booking or an order (CMA and ASA guidance on advertising)';

/** What is offered for the beneficiary's gain. */
export const GAIN_OFFERS: readonly ConductEntry[] = phrases('selling', OFFER, [
  'price list', 'prices from', 'prices', 'rates', 'reasonable rates', 'very reasonable', 'per hour', 'an hour',
  'a day', 'per half hour', 'half price', 'half-price', 'buy one get one', 'free samples', 'first session free',
  'first lesson free', 'free month', 'mention this post', 'mention the school', 'mention us', 'tell them i sent you',
  'book now', 'book in', 'bookings now open', 'bookings open', 'dm for', 'dm her', 'dm him', 'dm me', 'message her',
  'message him', 'message me', 'drop me a message', 'get in touch', 'call me', 'slots left', 'dates left', 'has spaces',
  'spaces after', 'available from', 'order via', 'order through me', 'shop', 'etsy', 'website', 'market stall',
  'stall', 'brochure', 'rep', 'ambassador', 'new clients', 'link below', 'link in the comments', 'click here',
  'register through this link', 'earn me', 'i earn', 'i get a bonus', 'bonus', 'we both get', 'vote for my',
  'shameless plug', 'plug', 'podcast', 'subscribe', 'grab your copy', 'out now', 'new stock', 'collection from',
  'business', 'own company', 'side business', 'service', 'lessons', 'private', 'a tutor', 'tuition', 'sessions',
  'mini sessions', 'offer', 'offers', 'limited places', 'memberships', 'raising money for my', 'for sale',
  'personal trainer', 'photographer', 'plumber', 'cleaner', 'boutique', 'candle shop', 'gym', 'salon', 'café',
  'cafe', 'for hire', 'code', 'off the ground', 'my page', 'orders', 'bookings', 'booking', 'book via',
  'places are', 'per session', 'a session', 'a month', 'per month', 'ships', 'nationwide', 'delivery', 'catalogue',
  'catalogues', 'discount', 'free taster', 'taster session', 'first * free', 'hit subscribe', 'like and share',
  'saw it here', 'tell them you saw', 'commission', 'earn points', 'sales target', 'moonlights', 'freelance',
  'for a living', 'outside school', 'give her a ring', 'give him a ring', 'his card', 'her card', 'business card',
  'letting out', 'for rent', 'holiday let', 'pre-order', 'preorder',
]); // prettier-ignore

/** Fundraising for the school or a charity: not personal gain, whoever runs it. */
export const GAIN_CHARITY: readonly ConductEntry[] = phrases('charity', 'Fundraising for the school or a charity (not personal gain)', [
  'proceeds', 'all proceeds', 'pta', 'charity', 'children in need', 'comic relief', 'for the school', 'school fund',
  'raised', 'raise money for the', 'hospice', 'sponsor our', 'donating', 'donated', 'gave the', 'red nose day',
  'sport relief', 'sponsored silence', 'sponsored walk', 'sponsored run', 'sponsored read', 'justgiving',
  'all profits', 'profits go to', 'profits to', 'money goes to',
]); // prettier-ignore
