/**
 * Word lists for recognising personal information (src/engine/rules/personal-info.ts). Each entry says where it
 * comes from or why it is here.
 */

/**
 * UK postcode areas: the letters before the first digit of a postcode. Source: Royal Mail's list of postcode
 * areas (124 geographic areas; BF and BX are non-geographic, used by British Forces and bulk mail).
 * A code such as "Y6 2PM" is not a postcode because "Y" is not an area.
 */
export const UK_POSTCODE_AREAS: readonly string[] = [
  'AB', 'AL', 'B', 'BA', 'BB', 'BD', 'BF', 'BH', 'BL', 'BN', 'BR', 'BS', 'BT', 'BX', 'CA', 'CB', 'CF', 'CH', 'CM',
  'CO', 'CR', 'CT', 'CV', 'CW', 'DA', 'DD', 'DE', 'DG', 'DH', 'DL', 'DN', 'DT', 'DY', 'E', 'EC', 'EH', 'EN', 'EX',
  'FK', 'FY', 'G', 'GL', 'GU', 'GY', 'HA', 'HD', 'HG', 'HP', 'HR', 'HS', 'HU', 'HX', 'IG', 'IM', 'IP', 'IV', 'JE',
  'KA', 'KT', 'KW', 'KY', 'L', 'LA', 'LD', 'LE', 'LL', 'LN', 'LS', 'LU', 'M', 'ME', 'MK', 'ML', 'N', 'NE', 'NG',
  'NN', 'NP', 'NR', 'NW', 'OL', 'OX', 'PA', 'PE', 'PH', 'PL', 'PO', 'PR', 'RG', 'RH', 'RM', 'S', 'SA', 'SE', 'SG',
  'SK', 'SL', 'SM', 'SN', 'SO', 'SP', 'SR', 'SS', 'ST', 'SW', 'SY', 'TA', 'TD', 'TF', 'TN', 'TQ', 'TR', 'TS', 'TW',
  'UB', 'W', 'WA', 'WC', 'WD', 'WF', 'WN', 'WR', 'WS', 'WV', 'YO', 'ZE',
]; // prettier-ignore

/**
 * Street-type words that end a street name ("12 Acacia Avenue", "1668 Glyn St"). Source: Royal Mail and
 * Ordnance Survey street-name endings in common use, with their usual abbreviations.
 */
export const STREET_TYPES: readonly string[] = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Lane', 'Ln', 'Close', 'Cl', 'Drive', 'Dr', 'Way', 'Crescent',
  'Cres', 'Grove', 'Gr', 'Place', 'Pl', 'Court', 'Ct', 'Gardens', 'Gdns', 'Terrace', 'Terr', 'Tce', 'Mews', 'Row',
  'Square', 'Sq', 'Hill', 'Walk', 'Rise', 'Parade', 'Pde', 'Vale', 'Boulevard', 'Blvd', 'Circus', 'Wharf', 'Yard',
  'Park', 'Croft', 'Chase', 'Wynd', 'Drove', 'Path', 'Embankment', 'Quay', 'Approach', 'Broadway', 'Causeway',
  'Highway', 'Hwy', 'Green', 'Meadow', 'Meadows', 'Fields', 'Crossing', 'Brow', 'Bank', 'Lea', 'Ridge', 'Dale',
  'Glade', 'Heights', 'Loke', 'Gate',
]; // prettier-ignore

/** Prefixes for a flat or unit before a street address ("Flat 3, 22 High Street"). */
export const DWELLING_PREFIXES: readonly string[] = [
  'Flat',
  'Apartment',
  'Apt',
  'Unit',
  'Suite',
  'Room',
  'Studio',
];

/** Words just before a number that say it is a phone number ("call me on", "Tel:"). */
export const PHONE_LABELS: readonly string[] = [
  'phone', 'telephone', 'tel', 'mobile', 'mob', 'cell', 'landline', 'call', 'ring', 'text', 'txt', 'whatsapp',
  'contact', 'fax', 'number',
]; // prettier-ignore

/** Words just before a number that say it is a reference, not a phone number ("order 07700900123"). */
export const NOT_PHONE_LABELS: readonly string[] = [
  'order', 'ref', 'reference', 'invoice', 'tracking', 'booking', 'confirmation', 'parcel', 'customer', 'account',
  'acct', 'policy', 'membership', 'member', 'serial', 'transaction', 'case', 'ticket', 'receipt', 'item', 'product',
  'sku', 'barcode', 'isbn', 'id', 'pin', 'code', 'voucher', 'claim', 'application', 'urn', 'upn', 'sort',
  // identity numbers of other kinds: "social security number", "driving licence number", "NHS number"
  'security', 'insurance', 'ni', 'nhs', 'passport', 'licence', 'license', 'vat', 'company', 'charity', 'registration',
]; // prettier-ignore

/** Month names, for dates of birth. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
]; // prettier-ignore

/** Usual short forms of month names, which may end with a full stop ("Sept."). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]; // prettier-ignore

/** Number words for ages written out ("turns seven"). Children's and young people's ages. */
export const AGE_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety',
]; // prettier-ignore

/** Ordinal words for birthdays written out ("her seventh birthday"). */
export const ORDINAL_WORDS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'twenty-first', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth',
  'ninetieth', 'hundredth',
]; // prettier-ignore

/** What may follow "turns 9" for it to be an age rather than "turn 2 pages" ("turns 9 today", "turned 60 in May"). */
export const AFTER_TURNS_AGE: readonly string[] = [
  'today', 'tomorrow', 'yesterday', 'on', 'this', 'next', 'last', 'in', 'soon', 'at', 'and', 'but', 'so', 'years',
  'year', 'yrs', 'tonight', 'later', 'when', 'while',
]; // prettier-ignore

/**
 * Things that have ages but are not people: "our dog is 3 years old", "my car turned 10 today". An age with one
 * of these in the few words before it is not personal information.
 */
export const NOT_PERSON_AGE_SUBJECTS: readonly string[] = [
  // pets
  'dog', 'puppy', 'cat', 'kitten', 'hamster', 'rabbit', 'bunny', 'horse', 'pony', 'tortoise', 'guinea', 'budgie',
  'fish', 'goldfish', 'pet',
  // things and organisations
  'car', 'van', 'bike', 'house', 'home', 'building', 'church', 'school', 'blog', 'business', 'shop', 'company',
  'channel', 'podcast', 'account', 'phone', 'laptop', 'boiler', 'tree', 'garden', 'club', 'charity', 'band',
  'marriage', 'wedding', 'anniversary', 'website', 'choir', 'library', 'playground', 'hall', 'bakery', 'pub',
]; // prettier-ignore

/** Number words and their values, to tell a child's age from an adult's ("turns seven", "turned forty"). */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
}; // prettier-ignore
