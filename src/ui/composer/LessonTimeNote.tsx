import { MODEL_QUOTES } from '../../policy/clause-quotes';
import type { QuoteLookup } from './PolicyQuote';

/** The lesson running now, by the school's lesson times and calendar. */
export interface LessonNow {
  start: string;
  end: string;
}

/** "It is lesson time", with the policy's line on it: in the findings panel and the "Before you post" dialog. */
export function LessonTimeNote({
  lesson,
  quotes = MODEL_QUOTES,
}: {
  lesson: LessonNow;
  quotes?: QuoteLookup;
}) {
  return (
    <p class="lesson">
      It is lesson time ({lesson.start}–{lesson.end}). The policy: “
      {quotes('no-social-media-in-lessons')?.quote}”
    </p>
  );
}
