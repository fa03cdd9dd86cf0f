/**
 * The one word Post Guard reads on YouTube Studio: the reply box's Cancel, so that it is not taken for the Reply
 * button when neither has an id (src/sites/youtube/selectors.ts, `studioSubmitById`). In a language missing here,
 * Cancel counts as a way of posting too: a draft with findings then asks "Before you post" on Cancel as well,
 * which is noisy but never lets a reply out unchecked.
 */
export const STUDIO_CANCEL_LABELS: ReadonlyArray<{ lang: string; label: string; source: string }> = [
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
];
