/**
 * The shape of a cue's table of examples (<id>.examples.ts beside each cue in names/cues/), run by
 * test/unit/engine/name-cues.test.ts. A finder or follow-up cue's valid example names the span it must propose;
 * a reading cue's names the word it weighs, and the weight must have the cue's sign. An invalid example is a
 * text where the cue must stay silent (for a reading cue: on the word named).
 */
export interface CueExample {
  text: string;
  /** Finder and follow-up cues: the span proposed (valid) — text.slice of it. Reading cues: the word weighed. */
  match: string;
}
