/** The engine's vocabulary: what goes in (text, context, settings) and what comes out (findings). */

export type Platform = 'x' | 'facebook' | 'youtube';

/** Who is posting. `unknown` is treated as personal: the safer reading of the policy. */
export type AccountKind = 'personal' | 'official' | 'unknown';

export interface AnalysisContext {
  platform: Platform;
  account: AccountKind;
  /** Images or video are attached to the post. */
  hasMedia: boolean;
  /**
   * What the on-device checks found in the attached pictures (src/photo/). Absent when the pictures were not looked
   * at (the command line without --media-faces, a composer whose pictures Post Guard cannot see): then any picture
   * is taken to show people, the safer reading of the policy.
   */
  media?: MediaFacts;
  /** The post answers someone else's post or comment. */
  isReply?: boolean;
  /**
   * A private message (Facebook /messages, X Chat): no public audience, so no disclaimer is asked for; pupils'
   * details and confidential matters still count (data protection).
   */
  isPrivateMessage?: boolean;
  /**
   * Who a private message goes to: the name the conversation shows (its header), and nothing else of the person.
   * Absent outside private messages, or when the page does not show one name.
   */
  conversationWith?: string;
}

/** What the on-device checks found in the photos and video attached to one post. */
export interface MediaFacts {
  photos: number;
  videos: number;
  /**
   * Faces found in all the photos and video frames checked. 'unchecked' when none was found yet and a picture is
   * still being checked or could not be drawn (a video whose frames the page will not give); 'failed' when the face
   * detector could not run. Either way the post is not held back for it: the finding says the photo was not checked.
   */
  facesFound: number | 'unchecked' | 'failed';
  /** A photo carries a GPS position (EXIF or XMP). */
  location: boolean;
  /** A photo looks like one of the school's logos or badges set on the options page. */
  logoMatch: boolean;
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
  | 'contact'
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
