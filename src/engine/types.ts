/** The engine's vocabulary: what goes in (text, context, settings) and what comes out (findings). */

export type Platform = 'x' | 'facebook' | 'youtube';

/** Who is posting. `unknown` is treated as personal: the safer reading of the policy. */
export type AccountKind = 'personal' | 'official' | 'unknown';

export interface AnalysisContext {
  platform: Platform;
  account: AccountKind;
  /** Images or video are attached to the post. */
  hasMedia: boolean;
  /** The post answers someone else's post or comment. */
  isReply?: boolean;
  /**
   * A private message (Facebook /messages, X Chat): no public audience, so no disclaimer is asked for; pupils'
   * details and confidential matters still count (data protection).
   */
  isPrivateMessage?: boolean;
}

export type Severity = 'info' | 'warning' | 'critical';

export type Category =
  | 'pupil'
  | 'no-publish'
  | 'class'
  | 'school'
  | 'personal-info'
  | 'offensive'
  | 'discriminatory'
  | 'harassment'
  | 'grievance'
  | 'confidential'
  | 'partisan'
  | 'argument'
  | 'personal-gain'
  | 'disclaimer'
  | 'media'
  | 'style';

export interface Suggestion {
  /** Button text, e.g. "Use J. instead". */
  label: string;
  /** Replace text[start, end) with this; for an insertion start === end. */
  replacement: string;
  start: number;
  end: number;
}

export interface Finding {
  category: Category;
  /** Id of the rule that made it: its file name under src/engine/rules/. */
  rule: string;
  severity: Severity;
  /** Character offsets into the analysed text: text.slice(start, end) === match. */
  start: number;
  end: number;
  match: string;
  /** What is wrong, in plain words a teacher understands. */
  message: string;
  /** Id of the policy clause this enforces (src/policy/). */
  policy: string;
  suggestion?: Suggestion;
}
