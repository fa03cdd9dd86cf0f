import {
  onExtensionMessage,
  openMailto,
  openOptionsPage,
  openExtensionPage,
  readSessionValue,
  readSettings,
  showNotification,
  writeSessionValue,
} from '../platform/browser';
import { remindOfLessonTime } from './lesson-reminder';
import { mailtoUrl, mistakeEmail, type MistakeReport } from '../incidents/mailto';
import { reportPagePath } from '../incidents/report-form';
import { CATEGORY_NAMES } from '../ui/options/labels';
import type { Category } from '../engine/types';
import { checkPhoto } from './photo-check';
import { createSpellingService } from './spelling';
import { createSentenceTagService } from './sentence-tags';
// The en-GB Hunspell files as text (vite.config.ts resolves these paths): only the service worker carries them.
import aff from 'dictionary-en-gb/index.aff?raw';
import dic from 'dictionary-en-gb/index.dic?raw';

const misspelt = createSpellingService(aff, dic);
const tagSentences = createSentenceTagService();
/** The lesson the last lesson-time reminder was for (storage.session: forgotten when the browser closes). */
const LAST_LESSON_REMINDED = 'lastLessonReminded';

/**
 * The service worker does what content scripts cannot: open the extension's own pages when the in-page UI
 * asks, look words up in the spelling dictionary, too big to build on a page, tag the grammar of the sentences
 * the rules pick out (compromise is too slow to start on a page), and pass photos to the face detector in the
 * offscreen document. It sees only the words, sentences and downscaled photos it is asked about, keeps them
 * nowhere, and sends nothing anywhere.
 */
/**
 * "Report a mistake" on a finding: the email to the e-safety team is written here, not on the page, so the
 * site never holds its words (the rule, the policy line, the post's text when the member of staff included it).
 */
async function reportMistake(report: MistakeReport, tabId?: number): Promise<void> {
  const { contacts } = await readSettings();
  const category = CATEGORY_NAMES[report.category as Category] ?? report.category;
  await openMailto(mailtoUrl(mistakeEmail({ ...report, category }, contacts)), tabId);
}

onExtensionMessage({
  'open-options': () => void openOptionsPage(),
  'open-policy': () => void openExtensionPage('policy-page/index.html'),
  'check-spelling': async (message) => misspelt(message.words),
  'tag-sentences': (message) => tagSentences(message.sentences),
  'check-photo': async (message) => checkPhoto(message.image, message.allPasses),
  'open-report': (message) => void openExtensionPage(reportPagePath(message)),
  'report-mistake': (message, sender) => void reportMistake(message.report, sender.tabId),
  'site-opened': () =>
    void remindOfLessonTime({
      readSettings,
      readLastReminded: () => readSessionValue(LAST_LESSON_REMINDED),
      writeLastReminded: (key) => writeSessionValue(LAST_LESSON_REMINDED, key),
      notify: (title, message) => showNotification('lesson-time', title, message),
    }).catch((error: unknown) => console.error('Post Guard could not show its lesson-time reminder', error)),
});
