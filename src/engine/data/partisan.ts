/**
 * What a partisan post does to a political target (src/engine/data/uk-politics.ts): asks people to vote for or
 * against it, calls on them to act, gives a verdict on it, praises it or says the writer works for it. Read by
 * src/engine/rules/partisan.ts, which counts an act only with a political target in the same sentence (or a short
 * sentence beside it). Written for Post Guard; each group says where it comes from.
 */
import type { ConductEntry } from './tone-conduct';

export type PartisanKind = 'vote' | 'call' | 'verdict' | 'praise' | 'support';

export interface PartisanEntry extends ConductEntry {
  kind: PartisanKind;
}

const acts = (kind: PartisanKind, note: string, terms: readonly string[]): PartisanEntry[] =>
  terms.map((term) => ({ term, kind, note }));

const POLICY =
  'The policy\'s do\'s: "Remain non partisan"; on personal accounts linked to school as on official ones';
const VOTE = `Asks people to vote for or against a party or politician. ${POLICY}`;
const CALL = `Calls on people to remove or punish a party or government. ${POLICY}`;
const VERDICT = `Attacks a party, politician or the government (Electoral Commission: campaigning includes criticising parties). ${POLICY}`;
const PRAISE = `Praises a party or politician, or cheers its win. ${POLICY}`;
const SUPPORT = `Says the writer campaigns for, joins or backs a party. ${POLICY}`;

export const PARTISAN_ACTS: readonly PartisanEntry[] = [
  ...acts('vote', VOTE, [
    'vote for', 'voting for', 'voted for', 'vote against', 'voting against', 'vote out', 'voting out', "don't vote",
    'do not vote', 'never vote', 'never voting', 'never voting for', 'not voting for', 'wasted vote', 'votes',
    'anyone who votes', 'anyone who backs', 'anyone who supports', 'anybody who votes', 'whoever votes', 'elect',
    're-elect', 'only one choice', 'only one sensible choice', 'only sensible choice', 'the only choice',
  ]),
  ...acts('vote', `${VOTE} A vote promised to a party: "put my X next to".`, [
    'put an x', 'put my x', 'put your x', 'your x next to', 'my x next to', 'an x next to', 'cross next to', 'my vote', 'getting my vote',
    'voted out', 'booted out', 'kicked out', 'thrown out', 'get my vote', 'gets my vote', 'voting * next time',
  ]),
  ...acts('call', CALL, [
    'get rid of', 'get them out', 'get this lot out', 'kick them out', 'kick out', 'boot them out', 'boot out',
    'out with', 'out now', 'must go', 'needs to go', 'need to go', 'has to go', 'have to go', 'should go',
    'should resign', 'must resign', 'needs to resign', 'resign now', 'see the back of', 'roll on', 'make sure they',
    'make sure he', 'make sure she', 'remember that', 'remember this', "don't forget this", 'never forget',
    'bin the lot', 'bin them', 'down with', 'time for a change', 'punish them', 'send them packing', 'be gone',
    'sack', 'sack the', 'sack him', 'sack her', 'should be sacked', 'fire the', 'should be fired', 'out at the',
    'gone at the', "can't come soon enough", "can't come quick enough", 'cannot come soon enough', 'get behind',
    'share this before', 'share before the', 'spread the word before',
  ]),
  ...acts('verdict', VERDICT, [
    'ruined', 'ruining', 'ruin', 'destroyed', 'destroying', 'wrecked', 'wrecking', 'broke', 'broken', 'gut',
    'gutted', 'slashed', 'failed', 'failing', 'betrayed', 'let down', 'let teachers down', 'spiteful', 'lied',
    'liar', 'liars', 'lying', 'corrupt', 'useless', 'incompetent', 'disgrace', 'disgraceful', 'shameful', 'evil',
    'scum', 'clowns', 'chaos', 'mess', 'shambles', 'shambolic', 'disaster', 'disastrous', 'austerity', 'cuts',
    'cut', 'underfunded', 'underfunding', 'worst government', 'never trust', "can't trust", 'cannot be trusted', 'hate',
    'spineless', 'gutless', 'clueless', 'no clue', "hasn't a clue", 'hasnt a clue', 'no idea', 'fantasy',
    'pure fantasy', 'kick in the teeth', 'insult', 'an insult', 'ashamed', 'should be ashamed', 'to blame',
    'blame', 'danger', 'dangerous', 'a threat', 'mob', 'crumbling', 'worse than ever', 'never again', 'god help us',
    'heaven help us', 'emigrating', 'leave the country', 'no friend of', 'the cheek', 'have the cheek',
    'has the cheek', 'lecture us', 'u-turn', 'u turn', 'done nothing', 'done precisely nothing', 'do nothing',
    'head examining', 'needs their head examining', 'out of touch', 'pathetic', 'joke', 'a joke', 'hypocrites',
    'hypocrite', 'hypocrisy', 'wasters', 'puppets', 'liars', 'crooks', 'traitors', 'nasty party', 'lite',
  ]),
  ...acts('verdict', `${VERDICT} Said in other words: ignorance, neglect, preaching, an insult for a group.`, [
    'foggiest', "haven't the foggiest", "hasn't the foggiest", "haven't a clue", 'forgotten about', 'has forgotten', 'have forgotten', 'abandoned', 'lectures us', 'lecturing us',
    'lectures', 'lecturing', 'spare me', 'left us with', 'chancers', 'a bunch of', 'bunch of', 'charlatans',
    'grifters', 'letdown', 'let-down', 'massive letdown', 'disappointment', 'not one', 'not a single',
    'embarrassing', 'embarrassment', 'photo op', 'photo-op', 'gimmick', 'gimmicks', 'soundbite', 'soundbites',
    'spin', 'empty promises', 'broken promises', 'pay freeze', 'rubbish', 'awful', 'terrible', 'dreadful',
    'hopeless', 'a cheek', 'give it a rest', 'jog on', 'cowards', 'same difference', 'all the same',
    'none of them care', "don't care", "doesn't care", "couldn't care less", 'tone deaf', 'tone-deaf', 'wrecked',
    'gutted', 'crumbling', 'shameful', 'ashamed', 'gaslighting', 'clueless', 'no idea', "wouldn't last",
    'funny how', 'strange how', 'odd how',
  ]),
  ...acts('praise', PRAISE, [
    'best government', 'the only party', 'only party', 'the only ones', 'only hope', 'will fix', 'will save',
    'got it right', 'the best policy', 'best policy', 'best plan', 'all the way', 'the tide is turning',
    'tide is turning', 'landslide', 'delighted', 'thrilled', 'proud to back', 'proud to support', 'talking sense',
    'talks sense', 'talks more sense', 'makes sense', 'more sense than',
    'the only ones talking sense', 'finally some', 'thank god for', 'thank goodness', 'hero', 'legend', 'stand up for', 'will stand up',
    'only ones who', 'got in', 'standing up for', 'stands up for', 'stand with', 'stands with', 'standing with',
    'most sense', 'the most sense', 'more sense',
  ]),
  ...acts('support', SUPPORT, [
    'campaign for', 'campaigning for', 'canvassing for', 'canvassing', 'on the doorstep', 'out on the doorstep',
    'knocking doors', 'leafleting', 'donate to', 'proud member', 'proud to be a member', 'member of', 'joined',
    'join', 'backing', 'backs', 'support', 'supporting', 'volunteer for', 'our candidate', 'candidate',
  ]),
]; // prettier-ignore

/** Hashtags that are partisan whatever else the post says: "#VoteGreen", "#ToriesOut", "#StarmerMustGo". */
export const PARTISAN_HASHTAG =
  /#(?:vote(?:labour|tory|tories|conservative|conservatives|libdem|libdems|green|greens|reform|snp|plaid)|(?:tories|tory|labour|reform|starmer|farage|badenoch|sunak|snp|government)(?:out|mustgo)|(?:getthemout|votethemout|generalelectionnow))(?![\p{L}\p{N}_])/giu;

/** Civic, non-partisan wording about elections: never a finding. */
export const CIVIC: readonly ConductEntry[] = acts('verdict', 'Non-partisan civic content (Electoral Commission resources for schools)', [
  'remember to vote', "don't forget to vote", 'register to vote', 'polling station', 'polling day', 'school council',
  'pupil council', 'student council', 'house captain', 'house captains', 'mock election', 'election day',
  'your vote matters', 'every vote counts', 'use your vote', 'parliament week', 'uk parliament week',
  'british values', 'democracy', 'all parties', 'every party', 'each party', 'all candidates', 'hustings',
  'photo id', 'pta chair', 'parent governor',
]); // prettier-ignore
