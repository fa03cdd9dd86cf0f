import type { ReadingCue } from './cue';

/** With tags: the tagger reads the word as a person's name ("Ruby is our new rep"). */
export const taggedPerson: ReadingCue = {
  id: 'tagged-person',
  note: "the part-of-speech tagger tags the word as a person's name",
  weigh(view, index) {
    const tags = view.tagsAt(index);
    return tags !== undefined && (tags.includes('Person') || tags.includes('FirstName')) ? 1 : 0;
  },
};
