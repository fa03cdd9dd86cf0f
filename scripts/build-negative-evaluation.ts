/**
 * Writes src/engine/data/negative-evaluation.ts: a broad class of words that judge or complain ("atrocious",
 * "betrayed", "demoralizing", "shameful"), for the conduct rules to read a verdict in words their own lists do not
 * name. Source: the VADER sentiment lexicon (C. J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model
 * for Sentiment Analysis of Social Media Text", ICWSM 2014; 7,500 words, slang and emoticons, each rated −4 to +4 by
 * ten raters; MIT licence in its authors' repository), as shipped in the npm package vader-sentiment (Apache 2.0,
 * Comcast). Kept: words whose mean rating is −1.5 or lower and whose raters mostly agreed (standard deviation at
 * most 1.5), less those that name an event, an illness, a crime, a loss or plain worry rather than judge someone
 * (EXCLUDED below: "accident", "flu", "died", "arrested"), since a post about a burst pipe or a sick day is not a
 * grievance. Swear words and slurs are left to the rules that own them (src/engine/data/tone-offensive.ts,
 * tone-identity.ts).
 * Run after changing EXCLUDED:  npx tsx scripts/build-negative-evaluation.ts
 * The output is data, committed; the engine never loads the package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SWEAR_WORDS } from '../src/engine/data/tone-offensive';
import { SLURS } from '../src/engine/data/tone-identity';
import { REPO_ROOT } from './lib/config';

const OUTPUT = join(REPO_ROOT, 'src/engine/data/negative-evaluation.ts');
const folder = join(dirname(fileURLToPath(import.meta.resolve('vader-sentiment'))), '..');
const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string })
  .version;

/**
 * Rated negative but not a judgement of anyone: events, illness, crime, death, danger, loss, plain sadness; and
 * words with a school sense ("mock" exams, "detention", "suspended", "negative" numbers, a weather "depression").
 */
const EXCLUDED = new Set(
  `
  abducted abduction abductions accident accidental accidentally accidents ache aching alone allergic arrest
  arrested arrests assassination assassinations bailout bereave bereaved bereaves bereaving blurry burglar burglary
  casualty catastrophe catastrophic collision collisions constipation contagion contagions contaminant contaminants
  contaminate contaminated contaminates contaminating contamination contaminations convicted crash crime crimes
  criminal criminals dead deadly death deaths debt defenseless deformed deformities deformity deport deported
  deporting deports deportation deportations die died dying disabilities disability emergency famine fatal
  fatalities fatality felonies felony fever fire fired firing flu foreclosure foreclosures grief grieved homeless
  homesick homicide homicides hospitalized hunger ill illness illnesses illiteracy imprisoned imprisonment
  injured injury injuries kill killed killing kills manslaughter murdering murderous perjury rape raped rapist
  sick sickness terror terrorize terrorized terrorizes torture tortured tortures torturing trauma traumatic
  victim victims vomit vomited vomiting vomits warning warnings withdrawal loss losses lost losing loose looses
  sad sadly sadness sorrow sorrowful sorry miss missed missing mourn mourned mourning mournful tears tearful cry
  crying cried cries weep weeping goodbye farewell lonely cancer disease diseases drown drowned drowns
  evergreening mispricing misbranding bankster greenwash greenwasher greenwashers greenwashing green wash
  green washing fud impeachment impeachments treason treasonous tyran tyrans spammer spammers kickback kickbacks
  embezzlement swindle swindles swindling defraud defrauds blockade boycott boycotted boycotting boycotts
  hooligan hooliganism hooligans dupery slave slavery slaves enslave enslaved enslaves nuts giddy goofy goofiness
  fidgety droopy eerie eery icky no stop stopped stops cancel cancelled cancels block blocked blocks
  concerned worried worry worries worrying nervous anxious anxiety afraid fear fearful fearing frightened scared
  alarm alarmed
  corpse tumor prison prisoner prisoners jailed murder murdered murderee murderees murderer murderers murderesses
  killer killers killings suicide suicidal war wars warfares warred warring weapons bomb widowed infected recession
  unemployment poverty poorest overweight broke broken blind difficult difficultly tired exhausted exhausting
  exhaustion shattered drained stress stresses stressing stressor stressors stressful stressfully pain pains
  painful painfully paining pained error mistake mistakes mistaken doubt lose lowest dull weak weaker weakest sore
  danger dangers dangerous dangerously riskiest problem problems problematic struggles struggling suffer suffered
  sufferer sufferers suffering suffers homesickness loneliness loneliest lonesome heartbreak heartbreaker
  heartbreakers heartbroken devil devils witch mischief villain villains villainess scare scary scarey scaring
  scream screaming screamers fright frightening frightful horror horrors battle battles battlefield battleground
  fighting fights sin sins sinful crisis tragedy tragically penalty strikes damage damaged damages ban banned
  restrict restricted restricting detention detain detained expel expels expelling suspended negative haunt haunted
  messy poison poisonous poisoned pollute polluted polluter polluters pollutes prosecute prosecution riot riots rob
  robber robs smuggle smuggled smuggler smuggles smuggling thief thieve thieves terrorism terrorist terrorists
  sob sobbed sobbing sobs starved starves tantrum tantrums trapped upset upsets upsetting wept weeper unfortunate
  unfortunates sadden saddened saddening saddens sorrowed sorrower sorrowfully sorrowing sorrows mourner mourners
  mourns mourningly grieve grieves grieving griever grievance grievances melancholy apprehension panic panics
  panicking panicky crisis deficit dearth decay decayed decays obstacle obstacles overload rash severed stab stabbed
  stabs strangled stricken unprotected unsecured violence violent violently worrier worriers worrisome fears feared
  fault faults lose dx bsod kia nme doa qq po pita cwot nitl fkm btd bfe afu atab prblm prblms corpse eviction
  impatience impatiently choke chokes choking chucklehead
  mock mocks disorder depression depressions depressant depressants depressor depressors
  `
    .trim()
    .split(/\s+/),
);

/** Mean rating at most this: clearly negative, not merely glum. */
const MOST_NEGATIVE = -1.5;
/** Raters' standard deviation at most this: words they agreed on ("crushing" split them: 1.86). */
const AGREEMENT = 1.5;
/** Swear words and slurs are the offensive and discriminatory rules' to find, whoever they are aimed at. */
const OWNED_ELSEWHERE = new Set([...SWEAR_WORDS, ...SLURS].map((entry) => entry.term.toLowerCase()));
const kept = readFileSync(join(folder, 'vader_lexicon.txt'), 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .map(([word = '', mean = '0', spread = '9']) => [word, Number(mean), Number(spread)] as const)
  .filter(
    ([word, mean, spread]) =>
      /^[a-z][a-z'-]+$/.test(word) &&
      mean <= MOST_NEGATIVE &&
      spread <= AGREEMENT &&
      !EXCLUDED.has(word) &&
      !OWNED_ELSEWHERE.has(word),
  )
  .map(([word, mean]) => [word, mean] as const)
  .sort(([a], [b]) => a.localeCompare(b));

const rows: string[] = [];
let line = '';
for (const [word, score] of kept) {
  const item = `['${word.replace(/'/g, "\\'")}', ${score}], `;
  if (line.length + item.length > 110) {
    rows.push(`  ${line.trimEnd()}`);
    line = '';
  }
  line += item;
}
if (line) rows.push(`  ${line.trimEnd()}`);

writeFileSync(
  OUTPUT,
  `/**
 * Words that judge or complain, with their mean VADER rating (−4 worst): ${kept.length} words of the VADER lexicon
 * (Hutto and Gilbert, ICWSM 2014; MIT licence; npm package vader-sentiment ${version}, Apache 2.0) rated ${MOST_NEGATIVE} or
 * lower with raters agreeing (standard deviation ≤ ${AGREEMENT}), less those that name an event, an illness, a crime,
 * a loss or plain worry rather than judge someone.
 * GENERATED by scripts/build-negative-evaluation.ts. Do not edit by hand: change its EXCLUDED list and run
 * \`npx tsx scripts/build-negative-evaluation.ts\`.
 */
export const NEGATIVE_EVALUATION: readonly (readonly [word: string, rating: number])[] = [
${rows.join('\n')}
]; // prettier-ignore
`,
);
console.log(`Wrote ${OUTPUT}: ${kept.length} words`);
