/**
 * How the given names that are also English words are used as words, for reading a sentence's grammar: a
 * singular count noun ("ruby", "daisy") cannot stand alone as a subject ("Daisy scored" can only be a name); a
 * mass noun, season or colour can ("Summer is here", "Ruby is a deep red"); a verb or modal opens sentences
 * ("Hope you…", "Will we…"). Word classes are from the part-of-speech labels of a standard English dictionary
 * (Collins English Dictionary); a name not listed is read as a mass noun, the cautious choice (a state verb after
 * it leaves the reading unsure rather than certain).
 */

/**
 * 'time': a season, month or time of day (also a mass noun): "Summer is here". 'idea': a feeling or virtue (also a
 * mass noun): "Joy is catching".
 */
export type WordClass = 'count' | 'mass' | 'verb' | 'modal' | 'adjective' | 'time' | 'idea';

interface WordNameEntry {
  classes: readonly WordClass[];
  note: string;
}

const FLOWER = 'Flower or plant (count noun)';
const STONE = 'Gem or colour: a colour is a mass noun ("Ruby is my favourite colour")';
const IDEA = 'Abstract noun (mass): "Hope is…", "Grace is…"';
const SEASON = 'Season or time of day (mass)';
const THING = 'Thing or animal (count noun)';

export const WORD_NAMES: Readonly<Record<string, WordNameEntry>> = {
  ruby: { classes: ['mass', 'count'], note: STONE },
  amber: { classes: ['mass', 'adjective'], note: STONE },
  jade: { classes: ['mass'], note: STONE },
  coral: { classes: ['mass'], note: STONE },
  pearl: { classes: ['count'], note: 'Gem (count noun)' },
  crystal: { classes: ['count', 'mass'], note: STONE },
  sapphire: { classes: ['mass', 'count'], note: STONE },
  ebony: { classes: ['mass'], note: STONE },
  violet: { classes: ['count', 'mass'], note: `${FLOWER}; also a colour` },
  rose: { classes: ['count', 'mass', 'verb'], note: `${FLOWER}; a colour; past of "rise"` },
  daisy: { classes: ['count'], note: FLOWER },
  poppy: { classes: ['count'], note: FLOWER },
  lily: { classes: ['count'], note: FLOWER },
  iris: { classes: ['count'], note: FLOWER },
  willow: { classes: ['count'], note: 'Tree (count noun)' },
  hazel: { classes: ['count', 'adjective'], note: 'Tree; eye colour' },
  holly: { classes: ['mass', 'count'], note: 'Plant (mass or count)' },
  ivy: { classes: ['mass'], note: 'Plant (mass noun): "Ivy covers the wall"' },
  heather: { classes: ['mass'], note: 'Plant (mass noun)' },
  fern: { classes: ['count'], note: FLOWER },
  olive: { classes: ['count', 'mass'], note: 'Fruit; a colour' },
  blossom: { classes: ['mass', 'verb'], note: 'Flowers (mass); to blossom' },
  primrose: { classes: ['count'], note: FLOWER },
  saffron: { classes: ['mass'], note: 'Spice (mass)' },
  sage: { classes: ['mass', 'count'], note: 'Herb (mass); a wise person' },
  juniper: { classes: ['count'], note: 'Tree (count noun)' },
  clementine: { classes: ['count'], note: 'Fruit (count noun)' },
  cherry: { classes: ['count'], note: 'Fruit (count noun)' },
  summer: { classes: ['mass', 'time'], note: SEASON },
  autumn: { classes: ['mass', 'time'], note: SEASON },
  dawn: { classes: ['mass', 'verb', 'time'], note: `${SEASON}; "it dawned on me"` },
  hope: { classes: ['mass', 'verb', 'idea'], note: `${IDEA}; "Hope you…"` },
  grace: { classes: ['mass', 'idea'], note: IDEA },
  faith: { classes: ['mass', 'idea'], note: IDEA },
  joy: { classes: ['mass', 'idea'], note: IDEA },
  charity: { classes: ['mass', 'count', 'idea'], note: IDEA },
  patience: { classes: ['mass', 'idea'], note: IDEA },
  mercy: { classes: ['mass', 'idea'], note: IDEA },
  liberty: { classes: ['mass', 'idea'], note: IDEA },
  harmony: { classes: ['mass', 'idea'], note: IDEA },
  serenity: { classes: ['mass', 'idea'], note: IDEA },
  destiny: { classes: ['mass', 'idea'], note: IDEA },
  honey: { classes: ['mass'], note: 'Food (mass)' },
  melody: { classes: ['count'], note: THING },
  will: { classes: ['modal', 'mass'], note: 'Modal verb ("Will we…"); "free will"' },
  mark: { classes: ['count', 'verb'], note: `${THING}; to mark` },
  grant: { classes: ['count', 'verb'], note: `${THING}; to grant` },
  bill: { classes: ['count', 'verb'], note: `${THING}; to bill` },
  rob: { classes: ['verb'], note: 'To rob' },
  pat: { classes: ['verb', 'count'], note: 'To pat' },
  bob: { classes: ['verb'], note: 'To bob' },
  drew: { classes: ['verb'], note: 'Past of "draw"' },
  chase: { classes: ['verb', 'count'], note: 'To chase' },
  lance: { classes: ['verb', 'count'], note: 'To lance' },
  wade: { classes: ['verb'], note: 'To wade' },
  nick: { classes: ['verb', 'count'], note: 'To nick; a prison' },
  bear: { classes: ['count', 'verb'], note: `${THING}; to bear` },
  teddy: { classes: ['count'], note: 'A toy bear (count noun)' },
  robin: { classes: ['count'], note: 'Bird (count noun)' },
  wren: { classes: ['count'], note: 'Bird (count noun)' },
  lark: { classes: ['count'], note: 'Bird (count noun)' },
  jay: { classes: ['count'], note: 'Bird (count noun)' },
  rowan: { classes: ['count'], note: 'Tree (count noun)' },
  river: { classes: ['count'], note: THING },
  sky: { classes: ['count'], note: THING },
  ocean: { classes: ['count'], note: THING },
  angel: { classes: ['count'], note: THING },
  king: { classes: ['count'], note: THING },
  prince: { classes: ['count'], note: THING },
  duke: { classes: ['count'], note: THING },
  hunter: { classes: ['count'], note: THING },
  archer: { classes: ['count'], note: THING },
  mason: { classes: ['count'], note: THING },
  cooper: { classes: ['count'], note: THING },
  rusty: { classes: ['adjective'], note: 'Adjective' },
  sandy: { classes: ['adjective'], note: 'Adjective' },
  misty: { classes: ['adjective'], note: 'Adjective' },
  rocky: { classes: ['adjective'], note: 'Adjective' },
  precious: { classes: ['adjective'], note: 'Adjective' },
  frank: { classes: ['adjective'], note: 'Adjective' },
  sunny: { classes: ['adjective'], note: 'Adjective ("sunny spells")' },
  harper: { classes: ['count'], note: 'A harp player (count noun)' },
  august: { classes: ['adjective'], note: 'Adjective (and a month)' },
  may: { classes: ['modal', 'mass', 'time'], note: 'Modal verb; a month; hawthorn blossom' },
  june: { classes: ['mass', 'time'], note: 'A month (mass)' },
  april: { classes: ['mass', 'time'], note: 'A month (mass)' },
};

/** The word classes of a folded name key; a name not listed is read as a mass noun. */
export function wordClassesOf(key: string): readonly WordClass[] {
  return WORD_NAMES[key]?.classes ?? ['mass'];
}
