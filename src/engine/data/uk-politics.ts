/**
 * UK politics, as data for the partisan rule (src/engine/rules/partisan.ts): the parties and what people call
 * them, the people who lead them and the offices of government, and words for elections. Each entry names its
 * source. Facts about who holds an office change: POLITICS_CHECKED is the date the entries were last checked,
 * and each leader's note gives the date of the source that confirmed it.
 */
import type { ConductEntry } from './tone-conduct';

/** The date the leaders and offices below were last checked. */
export const POLITICS_CHECKED = '2026-12-07';

export type PoliticalKind = 'party' | 'politician' | 'government' | 'election';

export interface PoliticalEntry extends ConductEntry {
  kind: PoliticalKind;
  /** Words that are ordinary in lower case ("labour of love", "eat your greens"): count only with a capital. */
  capitalOnly?: boolean;
}

const entries = (
  kind: PoliticalKind,
  note: string,
  terms: readonly string[],
  capitalOnly?: true,
): PoliticalEntry[] =>
  terms.map((term) => (capitalOnly ? { term, kind, note, capitalOnly } : { term, kind, note }));

const REGISTER = 'Electoral Commission register of political parties (search.electoralcommission.org.uk)';
const NICKNAME = 'Common name for the party in UK news and social media';

export const PARTY_NAMES: readonly PoliticalEntry[] = [
  ...entries('party', REGISTER, [
    'labour party', 'the labour party', 'conservative party', 'the conservative party', 'conservative and unionist party',
    'liberal democrats', 'the liberal democrats', 'green party', 'the green party', 'reform uk', 'scottish national party',
    'snp', 'plaid cymru', 'democratic unionist party', 'dup', 'sinn fein', 'sinn féin', 'sdlp', 'uup', 'alliance party',
    'ukip', 'brexit party', 'your party', 'workers party',
  ]),
  ...entries('party', NICKNAME, [
    'tories', 'tory', 'lib dems', 'lib dem', 'libdems', 'libdem', 'lib dems', 'nats', 'plaid', 'new labour',
    'red tories', 'red tory', 'tory-lite', 'tory lite', 'the tory party', 'tory government', 'labour government',
    'conservative government',
  ]),
  // Ordinary words in lower case: "labour of love", "eat your greens", "reform of the curriculum".
  ...entries('party', `${REGISTER}; only with a capital letter`, ['labour', 'conservatives', 'greens', 'reform', 'labour mps', 'reform mps'], true),
]; // prettier-ignore

const leader = (role: string, source: string): string => `${role} (${source})`;

/**
 * Leaders and well-known figures. A politician named with a verdict or a call to act is party politics even with no
 * party named ("Phillipson hasn't a clue").
 */
export const POLITICIANS: readonly PoliticalEntry[] = [
  ...entries('politician', leader('Prime Minister and Labour leader since 5 July 2024', 'gov.uk, Prime Minister; pages checked 2026-12-07, latest source 2026'), ['keir starmer', 'starmer', 'keir', 'sir keir']),
  ...entries('politician', leader('Leader of the Conservative Party and of the Opposition since 2 November 2024', 'Wikipedia, Leader of the Opposition (United Kingdom); checked 2026-12-07'), ['kemi badenoch', 'badenoch', 'kemi']),
  ...entries('politician', leader('Leader of Reform UK', 'news reports 2025, checked 2026-12-07'), ['nigel farage', 'farage']),
  ...entries('politician', leader('Leader of the Liberal Democrats since 2019', 'news reports 2025, checked 2026-12-07'), ['ed davey', 'sir ed davey']),
  ...entries('politician', leader('Leader of the Green Party of England and Wales since 2 September 2025', 'Shropshire Star and LBC, 2 September 2025; checked 2026-12-07'), ['zack polanski', 'polanski']),
  ...entries('politician', leader('Leader of the SNP and First Minister of Scotland from May 2024', 'RÚV, 7 May 2024; checked 2026-12-07'), ['john swinney', 'swinney']),
  ...entries('politician', leader('Leader of Plaid Cymru since 16 June 2023', 'BBC News profile; checked 2026-12-07'), ['rhun ap iorwerth', 'ap iorwerth']),
  ...entries('politician', leader('Chancellor of the Exchequer', 'LBC and Irish Times, October 2025; checked 2026-12-07'), ['rachel reeves', 'reeves']),
  ...entries('politician', leader('Secretary of State for Education', 'LBC and New Statesman, 25 October 2025; checked 2026-12-07'), ['bridget phillipson', 'phillipson']),
  ...entries('politician', leader('Deputy Leader of the Labour Party since 25 October 2025', 'LBC and New Statesman, 25 October 2025; checked 2026-12-07'), ['lucy powell']),
  ...entries('politician', leader('Deputy Prime Minister since 5 September 2025', 'the-common-room.co.uk, October 2025; checked 2026-12-07'), ['david lammy', 'lammy']),
  ...entries('politician', leader('Home Secretary', 'linkedprime.com, 27 October 2025; checked 2026-12-07'), ['shabana mahmood']),
  ...entries('politician', 'Former party leaders and Prime Ministers still named in political posts (gov.uk, past Prime Ministers)', [
    'rishi sunak', 'sunak', 'rishi', 'boris johnson', 'boris', 'liz truss', 'truss', 'theresa may', 'jeremy corbyn',
    'corbyn', 'angela rayner', 'rayner', 'robert jenrick', 'jenrick', 'zarah sultana', 'jeremy hunt', 'gove',
    'michael gove', 'suella braverman', 'braverman', 'lee anderson',
  ]),
  ...entries('politician', 'US political figures and movements often named in UK posts', ['trump', 'donald trump', 'maga', 'democrats', 'republicans']),
]; // prettier-ignore

/** The government and its offices: a verdict on them is party politics ("This government has failed"). */
export const GOVERNMENT: readonly PoliticalEntry[] = entries(
  'government',
  'The UK government and its offices (gov.uk, How government works)',
  [
    'this government', 'the government', 'our government', 'government', 'this lot in power', 'the prime minister',
    'prime minister', 'the pm', 'number 10', 'number ten', 'no 10', 'no. 10', 'downing street', 'westminster',
    'the chancellor', 'chancellor', 'education secretary', 'the education secretary', 'secretary of state',
    'home secretary', 'the cabinet', 'ministers', 'the minister', 'the opposition', 'shadow cabinet', 'the mp',
    'our mp', 'local mp', 'our local mp', 'mps', 'parliament',
  ],
); // prettier-ignore

/** Elections and voting: a call to act tied to one is party politics ("Make sure they're gone at the next election"). */
export const ELECTIONS: readonly PoliticalEntry[] = entries(
  'election',
  'Elections and voting (Electoral Commission, types of election)',
  [
    'next election', 'the next election', 'general election', 'next general election', 'the election', 'by-election',
    'by election', 'local elections', 'ballot box', 'the ballot box', 'the polls', 'polls open', 'when the polls open',
    'at the polls', 'generalelection', 'ge2029', 'ge29', 'election', 'elections', 'next time round',
  ],
); // prettier-ignore

/** Abbreviations that are other words in lower case ("7pm"): only in capitals. */
export const GOVERNMENT_CAPITALS: readonly PoliticalEntry[] = entries(
  'government',
  'The Prime Minister, abbreviated (gov.uk, Prime Minister)',
  ['pm'],
  true,
);

/** Everything the partisan rule treats as a political target. */
export const POLITICAL_TARGETS: readonly PoliticalEntry[] = [
  ...PARTY_NAMES,
  ...POLITICIANS,
  ...GOVERNMENT,
  ...GOVERNMENT_CAPITALS,
  ...ELECTIONS,
];
