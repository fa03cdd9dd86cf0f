/**
 * Reads a school's own policy document (plain text or Markdown, as pasted or saved from a word processor) into a
 * SchoolPolicy. Pure: no DOM, no browser APIs.
 *
 * Headings are found four ways, as schools write them: Markdown "#" lines, numbered headings ("3. Use of
 * images"), ALL-CAPS lines, and short lines standing alone before a paragraph or a list ("Definitions").
 * Bullets ("-", "*", "•") and numbered items ("1.", "a)") are lists; an indented bullet belongs to the one above.
 * Lines wrapped inside a paragraph or an item are joined.
 *
 * Do's and don'ts, SMART tips, key rules and "managing your personal use" are taken from the document only where
 * it has such a list (found by its heading or the line introducing it); otherwise they stay empty and the UI
 * shows the model policy's, saying so (./active-policy.ts).
 */
import type { KeyRule, PolicyBlock, PolicyListItem, PolicySection, SchoolPolicy, SmartTip } from './types';

export interface ParsedPolicy {
  policy: SchoolPolicy;
  /** Why the text cannot be used as a policy, if it cannot. */
  error?: string;
}

/** The longest policy document accepted, in characters (Welbeck's is about 17,000). */
export const MAX_POLICY_DOCUMENT = 200_000;

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|(?:Summer|Autumn|Spring|Winter)\\s+(?:term\\s+)?\\d{4}|\\d{4})`;
const APPROVED = new RegExp(`\\b(?:approved|adopted|ratified|agreed)\\b[^\\n]{0,60}?(${DATE})`, 'i');
const REVIEW = new RegExp(`\\b(?:review(?:ed)?|renewal)\\b[^\\n]{0,40}?(${DATE})`, 'i');

const BULLET = /^(\s*)(?:[-*•▪◦‣–]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s+(.*)$/;
/** A numbered heading: "3. Use of images", "3.2 Photographs". Numbered paragraphs ("1.1 This policy…") are long. */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

interface Line {
  indent: number;
  text: string;
  blank: boolean;
}

/** Markdown emphasis and links, which the policy page shows as plain words. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function titleCase(text: string): string {
  if (!isAllCaps(text)) return text;
  const small = new Set(['a', 'an', 'and', 'of', 'the', 'to', 'for', 'in', 'on', 'or']);
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** A line that reads as a heading on its own (without looking at what follows). */
function headingOf(text: string): { heading: string; level: 2 | 3 } | undefined {
  const markdown = MARKDOWN_HEADING.exec(text);
  if (markdown) return { heading: plain(markdown[2]!), level: markdown[1]!.length >= 3 ? 3 : 2 };
  const words = plain(text);
  if (words.length > 80 || /[.,;]$/.test(words)) return undefined;
  const numbered = NUMBERED_HEADING.exec(words);
  if (numbered && numbered[2]!.length <= 70 && /^\p{Lu}/u.test(numbered[2]!))
    return { heading: words, level: numbered[1]!.includes('.') ? 3 : 2 };
  if (isAllCaps(words)) return { heading: titleCase(words), level: 2 };
  return undefined;
}

/** A short line standing alone, e.g. "Definitions", "The Do’s": a heading when a paragraph or list follows. */
function looksLikeShortHeading(text: string): boolean {
  const words = plain(text);
  return (
    words.length > 0 &&
    words.length <= 60 &&
    !/[.,;:!?]$/.test(words) &&
    /^\p{Lu}/u.test(words) &&
    words.split(' ').length <= 8
  );
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

/** Paragraph or list blocks, from lines between two headings. */
function blocksOf(lines: Line[]): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  let paragraph: string[] = [];
  // Each open list: its indent and its items. A blank line closes a paragraph, not a list.
  let stack: { indent: number; items: PolicyListItem[] }[] = [];
  let lastItem: PolicyListItem | undefined;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: plain(paragraph.join(' ')) });
    paragraph = [];
  };
  const closeList = () => {
    stack = [];
    lastItem = undefined;
  };
  let blankBefore = false;
  for (const line of lines) {
    if (line.blank) {
      flushParagraph();
      blankBefore = true;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      flushParagraph();
      const indent = bullet[1]!.length + line.indent;
      const item: PolicyListItem = { text: plain(bullet[2]!) };
      if (!stack.length) {
        const items: PolicyListItem[] = [];
        blocks.push({ kind: 'list', items });
        stack.push({ indent, items });
      } else if (indent > stack.at(-1)!.indent && lastItem) {
        lastItem.items ??= [];
        stack.push({ indent, items: lastItem.items });
      } else {
        while (stack.length > 1 && indent < stack.at(-1)!.indent) stack.pop();
      }
      stack.at(-1)!.items.push(item);
      lastItem = item;
    } else if (lastItem && !blankBefore) {
      lastItem.text = plain(`${lastItem.text} ${line.text}`); // a wrapped item
    } else {
      closeList();
      paragraph.push(line.text.trim());
    }
    blankBefore = false;
  }
  flushParagraph();
  return blocks;
}

const DONTS = /\bdon[’']?ts?\b|\bnever\b|\bmust not\b|\bdo not\b/i;
const DOS = /\bdo[’']?s\b|\balways\b|\bdos and\b/i;
const KEY_RULES = /\b(?:key|golden|main)\s+(?:rules|points)\b|\bat a glance\b|\bin brief\b/i;
const PERSONAL_USE = /\bpersonal use\b/i;
const SMART_TIP = /^(\p{Lu})\p{L}*$/u;

/** The lists of the document with the words that introduce them: the line before, else the heading. */
function labelledLists(
  sections: PolicySection[],
): { label: string; items: PolicyListItem[]; sectionId: string }[] {
  const lists: { label: string; items: PolicyListItem[]; sectionId: string }[] = [];
  for (const section of sections) {
    section.blocks.forEach((block, i) => {
      if (block.kind !== 'list') return;
      const before = section.blocks[i - 1];
      const intro = before?.kind === 'paragraph' && before.text.length <= 120 && /:$/.test(before.text);
      lists.push({
        label: intro ? before.text : (section.heading ?? ''),
        items: block.items,
        sectionId: section.id,
      });
    });
  }
  return lists;
}

/** "Safe – Do not give out…", "S is for Safe: …" → a SMART tip. */
function smartTip(text: string): SmartTip | undefined {
  const match = /^(?:([A-Z])\s*(?:is for|=|[-–—:])\s*)?(\p{L}+)\s*[-–—:]\s*(.+)$/u.exec(text);
  if (!match || !SMART_TIP.test(match[2]!)) return undefined;
  return { letter: match[2]!.charAt(0), word: match[2]!, text: match[3]! };
}

function datesOf(text: string): { approved: string; nextReview: string } {
  const head = text.slice(0, 3000);
  const review = REVIEW.exec(head);
  // "Approved" is looked for before the review date, so "Review due: September 2027" is not read as approval.
  const approvedText = review
    ? head.slice(0, review.index) + head.slice(review.index + review[0].length)
    : head;
  return { approved: APPROVED.exec(approvedText)?.[1] ?? '', nextReview: review?.[1] ?? '' };
}

/**
 * The school's policy document as a SchoolPolicy. `schoolName` is used when the document does not name the
 * school in its first lines.
 */
export function parsePolicyDocument(source: string, schoolName = ''): ParsedPolicy {
  const text = source
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\u00a0/g, ' ');
  const empty: SchoolPolicy = {
    schoolName,
    title: 'Social Media Policy',
    approved: '',
    nextReview: '',
    sections: [],
    smartTips: [],
    smartIntro: '',
    dos: [],
    donts: [],
    personalUse: [],
    keyRules: [],
  };
  if (!text.trim()) return { policy: empty, error: 'The policy document is empty.' };
  if (text.length > MAX_POLICY_DOCUMENT)
    return {
      policy: empty,
      error: `The policy document is ${text.length.toLocaleString('en-GB')} characters long; at most ${MAX_POLICY_DOCUMENT.toLocaleString('en-GB')} fit.`,
    };

  const lines: Line[] = text.split('\n').map((raw) => ({
    indent: /^ */.exec(raw)![0].length,
    text: raw.trimEnd(),
    blank: raw.trim() === '',
  }));

  // Headings: strong ones on their own; a short line standing alone when a paragraph or list follows it.
  interface Heading {
    at: number;
    heading: string;
    level: 2 | 3;
    markdownTitle: boolean;
  }
  const headings: Heading[] = [];
  lines.forEach((line, i) => {
    if (line.blank || (BULLET.test(line.text) && !NUMBERED_HEADING.test(line.text.trim()))) return;
    const aloneAbove = i === 0 || lines[i - 1]!.blank || headings.at(-1)?.at === i - 1;
    const aloneBelow = i === lines.length - 1 || lines[i + 1]!.blank;
    // An ALL-CAPS line may have the next line directly under it (the school's name above the title).
    const trimmed = line.text.trim();
    const strong =
      MARKDOWN_HEADING.test(trimmed) || (aloneAbove && (aloneBelow || isAllCaps(plain(trimmed))))
        ? headingOf(trimmed)
        : undefined;
    if (strong) {
      headings.push({ at: i, ...strong, markdownTitle: /^#\s/.test(line.text.trim()) });
      return;
    }
    if (!aloneAbove || !aloneBelow || !looksLikeShortHeading(line.text.trim())) return;
    const next = lines.slice(i + 1).find((l) => !l.blank);
    if (next && !headingOf(next.text.trim()))
      headings.push({ at: i, heading: plain(line.text.trim()), level: 2, markdownTitle: false });
  });

  // The title: a "# " heading, else the first heading naming a policy. Headings above it name the school.
  const titleIndex = Math.max(
    headings.findIndex((h) => h.markdownTitle),
    headings.findIndex((h) => /\bpolicy\b/i.test(h.heading)),
  );
  const titleHeading =
    headings.findIndex((h) => h.markdownTitle) >= 0
      ? headings.find((h) => h.markdownTitle)
      : titleIndex >= 0 && headings[titleIndex]!.at < 40
        ? headings[titleIndex]
        : undefined;
  let title = empty.title;
  let school = schoolName;
  let bodyHeadings = headings;
  if (titleHeading) {
    const [name, rest] = titleHeading.heading.split(/\s+[—–-]\s+/, 2) as [string, string | undefined];
    if (rest && /\b(?:school|academy|college)\b/i.test(name)) [school, title] = [name, rest];
    else title = titleHeading.heading;
    const above = headings.filter((h) => h.at < titleHeading.at);
    const namer = above.find((h) => /\b(?:school|academy|college)\b/i.test(h.heading));
    if (namer) school = namer.heading;
    bodyHeadings = headings.filter((h) => h.at > titleHeading.at);
  }
  const { approved, nextReview } = datesOf(text);

  // Sections: what stands under each heading. Lines above the first heading (after the title) stand under none.
  const sections: PolicySection[] = [];
  const usedIds = new Map<string, number>();
  const uniqueId = (base: string) => {
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    return seen ? `${base}-${seen + 1}` : base;
  };
  const start = titleHeading ? titleHeading.at + 1 : 0;
  const addSection = (heading: string | undefined, level: 2 | 3, from: number, to: number) => {
    const blocks = blocksOf(lines.slice(from, to));
    if (!heading && !blocks.length) return;
    // Metadata lines ("Approved March 2026") above the first heading are shown in the header, not as a section.
    const kept = heading
      ? blocks
      : blocks.filter(
          (b) =>
            !(
              b.kind === 'paragraph' &&
              b.text.length < 200 &&
              (APPROVED.test(b.text) || REVIEW.test(b.text))
            ),
        );
    if (!heading && !kept.length) return;
    sections.push({ id: uniqueId(slug(heading ?? 'introduction')), heading, level, blocks: kept });
  };
  const firstBody = bodyHeadings[0]?.at ?? lines.length;
  addSection(undefined, 2, start, firstBody);
  bodyHeadings.forEach((h, i) =>
    addSection(h.heading, h.level, h.at + 1, bodyHeadings[i + 1]?.at ?? lines.length),
  );
  // Headings above the title (the school's name) are not sections.
  if (!sections.some((s) => s.blocks.length))
    return {
      policy: { ...empty, schoolName: school },
      error: 'No paragraphs or lists were found in the document.',
    };

  const policy: SchoolPolicy = { ...empty, schoolName: school, title, approved, nextReview, sections };
  for (const list of labelledLists(sections)) {
    const label = list.label;
    const texts = list.items.map((item) => item.text);
    if (label.length > 80) continue;
    if (/\bSMART\b/.test(label) && !policy.smartTips.length) {
      const tips = texts.map(smartTip);
      if (tips.every((tip) => tip)) {
        policy.smartTips = tips as SmartTip[];
        policy.smartIntro = label.endsWith(':') ? label : '';
      }
    } else if (KEY_RULES.test(label) && !policy.keyRules.length) {
      policy.keyRules = texts.map((quote, i): KeyRule => ({
        id: `school-rule-${i + 1}`,
        summary: quote,
        quote,
        sectionId: list.sectionId,
      }));
    } else if (PERSONAL_USE.test(label) && !policy.personalUse.length) {
      policy.personalUse = texts;
    } else if (DONTS.test(label) && !policy.donts.length) {
      policy.donts = texts;
    } else if (DOS.test(label) && !policy.dos.length) {
      policy.dos = texts;
    }
  }
  return { policy };
}
