/**
 * A school's social media policy as data. Welbeck Primary School's policy is the first (./welbeck-policy.ts);
 * another school's policy replaces it by providing a value of the same shape.
 *
 * Every text here is quoted from the school's own policy document, word for word, except the `summary` of a
 * key rule, which is a short plain-English restatement written for the popup.
 */

/** One bullet point. `items` holds a nested list under it, as in the policy's definitions. */
export interface PolicyListItem {
  text: string;
  items?: PolicyListItem[];
}

export type PolicyBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: PolicyListItem[] };

export interface PolicySection {
  /** Stable id, used as the anchor on the full policy page, e.g. "social-media-use-staff". */
  id: string;
  /** The heading as the policy writes it. A few closing lines of a policy stand under no heading. */
  heading?: string;
  /** 2 for a main section, 3 for a section inside the one before it (e.g. "The Governing Body"). */
  level: 2 | 3;
  blocks: PolicyBlock[];
}

/** One letter of the SMART tips, e.g. S, "Safe", "Do not give out personal information, …". */
export interface SmartTip {
  letter: string;
  word: string;
  text: string;
}

/** A rule staff most often need, in plain words, with the line of the policy it comes from. */
export interface KeyRule {
  id: string;
  /** Short plain-English summary, written for the popup. */
  summary: string;
  /** The policy line it comes from, quoted exactly. */
  quote: string;
  /** Id of the section the quote is in. */
  sectionId: string;
}

export interface SchoolPolicy {
  /** The school the policy belongs to, e.g. "Welbeck Primary School". */
  schoolName: string;
  /** e.g. "Social Media Usage Policy". */
  title: string;
  /** When the governors approved it, as the policy writes it, e.g. "March 2026". */
  approved: string;
  /** When it is next due for review, e.g. "March 2027". */
  nextReview: string;
  /** The whole policy, in order. */
  sections: PolicySection[];
  /** The SMART tips for pupils. */
  smartTips: SmartTip[];
  /** Introduces the SMART tips, e.g. "We encourage pupils to take a SMART approach to social media behaviour:". */
  smartIntro: string;
  dos: string[];
  donts: string[];
  /** "Managing your personal use of Social Media". */
  personalUse: string[];
  keyRules: KeyRule[];
}
