/**
 * Word lists for recognising a class (src/engine/school/class-matcher.ts). Each entry says where it comes from
 * or why it is here. English primary schools name classes by year group ("Year 4", "Y4"), by a code of year and
 * teacher's initial ("4B"), or by a theme ("Oak Class", "Class Hedgehogs"); the themes below are the usual ones
 * (trees, animals, birds, colours, gems, planets), as seen on school websites' class pages.
 */

/** Number words for year groups: "Year Four". Year groups in England run from 1 to 13 (after Reception). */
export const YEAR_NUMBER_WORDS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
];

/**
 * Theme words schools give classes, so that "Oak Class", "Class Owls" or "Hedgehogs Class" is recognised even
 * when the school has not listed its class names. Plural forms are added by the matcher.
 */
export const CLASS_THEME_WORDS: readonly string[] = [
  // trees: the commonest class-naming theme
  'Oak',
  'Ash',
  'Elm',
  'Birch',
  'Willow',
  'Maple',
  'Hazel',
  'Rowan',
  'Cedar',
  'Beech',
  'Chestnut',
  'Holly',
  'Pine',
  'Sycamore',
  'Hawthorn',
  'Yew',
  'Larch',
  'Alder',
  'Juniper',
  'Poplar',
  'Cherry',
  'Acorn',
  'Redwood',
  'Magnolia',
  'Lime',
  // woodland and farm animals
  'Owl',
  'Hedgehog',
  'Fox',
  'Badger',
  'Squirrel',
  'Otter',
  'Rabbit',
  'Hare',
  'Deer',
  'Bear',
  'Mole',
  'Frog',
  'Toad',
  // zoo animals
  'Panda',
  'Tiger',
  'Lion',
  'Elephant',
  'Giraffe',
  'Zebra',
  'Penguin',
  'Dolphin',
  'Whale',
  'Seal',
  'Koala',
  'Meerkat',
  // birds
  'Robin',
  'Wren',
  'Kingfisher',
  'Eagle',
  'Falcon',
  'Hawk',
  'Swan',
  'Puffin',
  'Kestrel',
  'Heron',
  'Swallow',
  'Swift',
  'Sparrow',
  'Starling',
  'Kite',
  'Woodpecker',
  // minibeasts: common in Reception and Nursery
  'Butterfly',
  'Ladybird',
  'Caterpillar',
  'Bee',
  'Dragonfly',
  'Bumblebee',
  // colours
  'Red',
  'Blue',
  'Green',
  'Yellow',
  'Orange',
  'Purple',
  'Indigo',
  'Violet',
  // gems
  'Ruby',
  'Sapphire',
  'Emerald',
  'Diamond',
  'Pearl',
  'Amber',
  'Jade',
  'Topaz',
  // planets and sky
  'Mercury',
  'Venus',
  'Mars',
  'Jupiter',
  'Saturn',
  'Neptune',
  'Star',
  'Moon',
  'Rainbow',
];

/**
 * Capitalised words that come before "Class" without naming one: kinds of class, travel classes, social class,
 * lessons and determiners ("First Class", "Yoga Class", "Our Class").
 */
export const NOT_CLASS_NAMES_BEFORE: readonly string[] = [
  // travel and quality classes
  'First',
  'Second',
  'Third',
  'Business',
  'Economy',
  'Premium',
  'Premier',
  'World',
  'Top',
  'High',
  'Low',
  // social class
  'Middle',
  'Working',
  'Upper',
  'Lower',
  'Ruling',
  'Under',
  // lessons and courses: a kind of class, not a school class
  'Master',
  'Yoga',
  'Dance',
  'Art',
  'Cooking',
  'Cookery',
  'Fitness',
  'Spin',
  'Pilates',
  'Zumba',
  'Swimming',
  'Swim',
  'Music',
  'Drama',
  'Language',
  'French',
  'Spanish',
  'Evening',
  'Night',
  'Online',
  'Taster',
  'Gym',
  'Boxing',
  'Baking',
  'Pottery',
  'Exercise',
  'Singing',
  'Ballet',
  'Karate',
  'Judo',
  'Sewing',
  'Knitting',
  'Photography',
  // determiners and pronouns in Title Case text
  'The',
  'A',
  'An',
  'My',
  'Our',
  'Your',
  'His',
  'Her',
  'Their',
  'This',
  'That',
  'Every',
  'Each',
  'Whole',
  'Entire',
  'Next',
  'Last',
  'Full',
  'Open',
  'Mixed',
  'Same',
  'Small',
  'Big',
  'Large',
  'New',
  'Best',
  'Great',
  'Good',
  'Lovely',
  'Amazing',
  'Fantastic',
  'Brilliant',
  'Wonderful',
  'Favourite',
  'Favorite',
  'Special',
  'Outdoor',
  'Forest',
  'Virtual',
  'Weekly',
  'Free',
  'In',
  'Of',
  'And',
  'To',
  'For',
  'With',
  'At',
  'On',
  'Year',
  'Reception',
  'Nursery',
  'School',
];

/**
 * Capitalised words that come after "Class" without naming one ("Class Dojo" is an app, "Class Act" an idiom,
 * "Class Trip" an outing).
 */
export const NOT_CLASS_NAMES_AFTER: readonly string[] = [
  'Dojo', // ClassDojo, the school messaging app
  'Charts', // "Class Charts", a behaviour app
  'Act', // idiom
  'Action', // class action
  'War',
  'Warfare',
  'Struggle',
  'Trip',
  'Teacher',
  'Teachers',
  'Photo',
  'Photos',
  'Assembly',
  'Assemblies',
  'Notes',
  'List',
  'Lists',
  'Room',
  'Rep',
  'Reps',
  'Size',
  'Sizes',
  'Time',
  'Clown',
  'Project',
  'Party',
  'News',
  'Page',
  'Blog',
  'Of',
  'Is',
  'Are',
  'Was',
  'Were',
  'Will',
  'Has',
  'Had',
  'Today',
  'Tomorrow',
  'And',
  'A', // "Class A drugs"
  'B', // "Class B drugs"
  'C', // "Class C drugs"
];

/**
 * Letters that, after a digit, usually are a unit or a technology rather than a class code ("4G", "5K run",
 * "3D", "2L bottle", "4x4", "3C outside"), so a code with them needs class words around it ("in 4G", "4G class").
 */
export const UNIT_LETTERS: readonly string[] = [
  'C', // degrees Celsius
  'D', // 3D, 4D
  'F', // degrees Fahrenheit
  'G', // 3G, 4G, 5G mobile networks
  'H', // 2H pencils, 4H
  'K', // 5K run, 4K video
  'L', // litres
  'M', // metres, millions
  'P', // pence, 1080P
  'S', // iPhone 4S, 5S
  'V', // volts
  'W', // watts
  'X', // 4x4, "2X" magnification
];

/** Words that, just before a digit-letter code, make it something else: a flat, a seat, a page ("Flat 4B"). */
export const NOT_CLASS_CODE_BEFORE: readonly string[] = [
  'flat', // addresses
  'apartment',
  'apt',
  'unit',
  'suite',
  'room',
  'block',
  'house',
  'studio',
  'plot',
  'no',
  'number',
  'gate', // travel
  'platform',
  'seat',
  'row',
  'bus',
  'route',
  'terminal',
  'pier',
  'stand',
  'bay',
  'zone',
  'level',
  'floor',
  'page', // books and worksheets
  'section',
  'chapter',
  'exercise',
  'question',
  'q',
  'paper',
  'size', // clothing and paper sizes
  'vitamin',
];

/** Words just before a class code or year group that show a class is meant ("in 4B", "my Year 6s"). */
export const CLASS_CONTEXT_BEFORE: readonly string[] = [
  'class', // "class 4B"
  'in',
  'into',
  'from',
  'my',
  'our',
  'with',
  'to',
  'for',
  'teach',
  'teaching',
  'taught',
  'visited',
  'joined',
  'joining',
  'the',
  'and',
  'all',
  'lovely',
  'amazing',
  'new',
  'fab',
  'wonderful',
  'brilliant',
];

/** Words just after a class code, year group, Reception or Nursery that show a class is meant ("4B pupils"). */
export const CLASS_CONTEXT_AFTER: readonly string[] = [
  'class',
  'classes',
  'classroom',
  'pupils',
  'children',
  'kids',
  'group',
  'trip',
  'parents',
  'families',
  'leavers',
  'teacher',
  'teachers',
  'assembly',
  'play',
  'nativity',
  'residential',
  'sats',
  'cohort',
  'intake',
  'starters',
  'graduation',
  'team',
  'unit',
  'topic',
  'homework',
  'reading',
  'phonics',
];

/**
 * Words before "reception" that make it the front desk or a party rather than the Reception class
 * ("hotel reception", "wedding reception", "sign in at reception").
 */
export const NOT_RECEPTION_CLASS_BEFORE: readonly string[] = [
  'hotel',
  'office',
  'front',
  'main',
  'school', // the school office's reception desk
  'wedding',
  'drinks',
  'evening',
  'civil',
  'garden',
  'gym',
  'spa',
  'clinic',
  'surgery',
  'dental',
  'dentist',
  'hospital',
  'at', // "sign in at reception"
  'good', // "good reception" (signal)
  'bad',
  'poor',
  'no',
  'phone',
  'mobile',
  'signal',
  'tv',
  'radio',
  'warm', // "a warm reception"
  'frosty',
  'mixed',
  'cool',
  'lukewarm',
  'positive',
  'enthusiastic',
  'plant', // garden nursery
  'tree',
];
