import { describe, expect, it } from 'vitest';
import { compileContactMatcher, shownNameWords } from '../../../src/engine/names/contact-match';

const match = compileContactMatcher(
  [
    { firstName: 'William', preferredName: 'Will', lastName: 'Turner' },
    { firstName: 'Zoë', lastName: 'Fernández' },
    { firstName: 'Mary-Jane', lastName: "O'Brien" },
  ],
  [
    { firstName: 'Dawn', lastName: 'Achterberg', relationship: 'Mother', pupil: 'Florence Achterberg' },
    { firstName: 'Chidi', lastName: 'Okafor' },
    { firstName: 'Anna', lastName: 'van Dijk' },
  ],
);
const names = (shown: string): string[] => match(shown).map((person) => person.name);

describe('compileContactMatcher: the name a profile shows against the pupils and parents', () => {
  it.each([
    ['Dawn Achterberg', 'Dawn Achterberg'],
    ['DAWN ACHTERBERG', 'Dawn Achterberg'],
    ['dawn achterberg', 'Dawn Achterberg'],
    ['Mrs Dawn Achterberg', 'Dawn Achterberg'],
    ['Mrs. Dawn Achterberg', 'Dawn Achterberg'],
    ['Dawn Marie Achterberg', 'Dawn Achterberg'],
    ['Dawn Achterberg (she/her)', 'Dawn Achterberg'],
    ['Dawn Achterberg | Nurse', 'Dawn Achterberg'],
    ['Dawn Achterberg 🌻', 'Dawn Achterberg'],
    ['Dаwn Achterberg', 'Dawn Achterberg'], // Cyrillic а
    ['Zoe Fernandez', 'Zoë Fernández'],
    ['ZOË FERNÁNDEZ', 'Zoë Fernández'],
    ['Will Turner', 'William Turner'],
    ['William Turner', 'William Turner'],
    ['Mary Jane OBrien', undefined],
    ['Mary-Jane O’Brien', "Mary-Jane O'Brien"],
    ['Anna van Dijk', 'Anna van Dijk'],
    ['Mr Chidi Okafor', 'Chidi Okafor'],
  ])('%s is %s', (shown, expected) => {
    expect(names(shown)).toEqual(expected ? [expected] : []);
  });

  it.each([
    'Achterberg', // surname only
    'Mrs Achterberg', // title and surname
    'The Achterbergs',
    'Dawn', // given name only
    'Mrs Dawn',
    'Dawn A.', // an initial is not a surname
    'D. Achterberg', // nor a given name
    'Achterberg Dawn', // turned round
    'Dawn Achterberg-Smith', // another surname
    'Anna Dijk',
    'Chidi',
    '',
    'Will',
  ])('%s matches nobody', (shown) => {
    expect(names(shown)).toEqual([]);
  });

  it('says who a parent is to the school', () => {
    expect(match('Dawn Achterberg')).toEqual([
      {
        kind: 'parent',
        name: 'Dawn Achterberg',
        relationship: 'Mother',
        pupil: 'Florence Achterberg',
      },
    ]);
    expect(match('Will Turner')[0]!.kind).toBe('pupil');
  });

  it('an empty school list matches nobody', () => {
    expect(compileContactMatcher([], [])('Dawn Achterberg')).toEqual([]);
  });
});

describe('shownNameWords', () => {
  it('leaves out titles before the name, and keeps a title that is the whole name', () => {
    expect(shownNameWords('Dr Mrs Dawn Achterberg')).toEqual(['dawn', 'achterberg']);
    expect(shownNameWords('Mrs')).toEqual(['mrs']);
  });
});
