/**
 * Words of the VADER lexicon that rate negative but do not judge anyone: events, illness, crime, death, danger,
 * loss, plain sadness or worry ("accident", "flu", "died", "arrested"), and words with a school sense ("mock" exams,
 * "detention", "suspended", "negative" numbers, a weather "depression"). A post about a burst pipe or a sick day is
 * not a grievance, so these are never read as a verdict (src/engine/tone/negative-evaluation.ts).
 * Source: chosen for Post Guard by reading VADER's words rated −1.5 or lower (December 2026).
 */
export const NOT_JUDGING_WORDS: ReadonlySet<string> = new Set(
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
