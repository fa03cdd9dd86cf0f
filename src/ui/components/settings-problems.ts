import type { SettingsProblems } from '../useSettings';

/**
 * What the popup and the composer's notice say about settings Post Guard could not use: one sentence per
 * source, so each says whom to ask (the IT admin for the school's settings; the options page for this
 * computer's). Empty when all is well.
 */
export function settingsProblemSentences(
  problems: SettingsProblems,
): { source: 'managed' | 'local'; text: string }[] {
  const sentences: { source: 'managed' | 'local'; text: string }[] = [];
  const managed = problems.managed.length;
  if (managed > 0) {
    sentences.push({
      source: 'managed',
      text: `${managed === 1 ? 'A setting' : 'Some settings'} from your school could not be used as set, so Post Guard ignored or mended ${managed === 1 ? 'it' : 'them'} and carries on with the rest.`,
    });
  }
  if (problems.unreadable) {
    sentences.push({
      source: 'local',
      text: 'Post Guard could not read its settings on this computer, so it checks with its own defaults, without your pupil list.',
    });
  } else if (problems.local.length > 0) {
    sentences.push({
      source: 'local',
      text: 'Some of Post Guard’s settings on this computer are damaged. It carries on with everything it can read, and keeps the rest for you to fix.',
    });
  }
  return sentences;
}
