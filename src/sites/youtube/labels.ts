/**
 * The one word Post Guard reads on YouTube Studio: the reply box's Cancel, so that it is not taken for the Reply
 * button when neither has an id (src/sites/youtube/selectors.ts, `studioSubmitById`). In a language missing here,
 * Cancel counts as a way of posting too: a draft with findings then asks "Before you post" on Cancel as well,
 * which is noisy but never lets a reply out unchecked. The languages are Facebook's table's
 * (src/sites/facebook/labels.ts: en, cy, fr, de, es, pl, pt, it, ro, ur) and Russian. Entries marked `unverified`
 * are the usual word for Cancel in that language, not yet seen on Studio itself.
 */
export interface StudioCancelLabel {
  lang: string;
  label: string;
  source: string;
  /** Not yet seen on YouTube Studio in that language. */
  unverified?: true;
}

/** A general web dialog's Cancel button with one word per language (public code, unnamed; 2025–2026). */
const DIALOG_LOCALES =
  'the Cancel of a public web dialog component with a table of 60 languages (code search, December 2026; unnamed)';

export const STUDIO_CANCEL_LABELS: readonly StudioCancelLabel[] = [
  {
    lang: 'en',
    label: 'Cancel',
    source:
      'public Playwright code replying in Studio: `cb.locator("ytcp-button").filter(has_text="Cancel")` in the open ytcp-commentbox (2026)',
  },
  {
    lang: 'ru',
    label: 'Отмена',
    source:
      'public Studio reply assistant (2026): skips the reply box words "ответ", "введите ответ", "отмена"',
  },
  { lang: 'fr', label: 'Annuler', source: DIALOG_LOCALES, unverified: true },
  { lang: 'de', label: 'Abbrechen', source: DIALOG_LOCALES, unverified: true },
  {
    lang: 'es',
    label: 'Cancelar',
    source: `${DIALOG_LOCALES}; a 2026 diagnostic of Studio in Spanish named the send button "Responder" beside it (docs/research/composer-dom.md)`,
    unverified: true,
  },
  { lang: 'pl', label: 'Anuluj', source: DIALOG_LOCALES, unverified: true },
  { lang: 'pt', label: 'Cancelar', source: DIALOG_LOCALES, unverified: true },
  { lang: 'it', label: 'Annulla', source: DIALOG_LOCALES, unverified: true },
  { lang: 'ro', label: 'Anulare', source: DIALOG_LOCALES, unverified: true },
  {
    lang: 'ro',
    label: 'Anulați',
    source:
      'our reading: Google’s Romanian interfaces address the user formally ("Anulați"); not seen in public code',
    unverified: true,
  },
  {
    lang: 'cy',
    label: 'Canslo',
    source: 'our translation (the usual Welsh for Cancel in software); not seen in public code',
    unverified: true,
  },
  {
    lang: 'ur',
    label: 'منسوخ کریں',
    source: 'our translation (the usual Urdu for Cancel in software); not seen in public code',
    unverified: true,
  },
];
