/**
 * Emails the member of staff sends themselves, from their own email program: Post Guard only writes a mailto:
 * address (RFC 6068) with the recipients, subject and text filled in. Nothing is sent by Post Guard. Pure.
 */
import type { Contact, ContactRole } from '../settings/settings';

/**
 * Some email programs (and Windows' handler) cut a mailto: address at about 2,000 characters: a longer text is
 * shortened, and says so.
 */
export const MAX_MAILTO_BODY = 1800;

export interface Email {
  to: readonly string[];
  subject: string;
  body: string;
}

/** The part of an address: percent-encoded, with the @ kept readable. */
const encodeAddress = (address: string): string => encodeURIComponent(address).replace(/%40/g, '@');

/** Lines joined with CRLF, as RFC 6068 asks for line breaks in a body. */
const encodeText = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** The text, cut at MAX_MAILTO_BODY characters with a line saying so. */
export function shortenBody(body: string, max = MAX_MAILTO_BODY): string {
  if (body.length <= max) return body;
  const note = '\n\n[Shortened by Post Guard: the email address it opens has a length limit.]';
  return `${body.slice(0, max - note.length).trimEnd()}${note}`;
}

export function mailtoUrl({ to, subject, body }: Email): string {
  const query = [`subject=${encodeText(subject)}`, `body=${encodeText(shortenBody(body))}`].join('&');
  return `mailto:${to.map(encodeAddress).join(',')}?${query}`;
}

/** The email addresses of the school's contacts with `role`, each once, in the order of the settings. */
export function contactEmails(contacts: readonly Contact[], role: ContactRole): string[] {
  const emails = contacts
    .filter((contact) => contact.role === role)
    .map((contact) => contact.email?.trim() ?? '')
    .filter(Boolean);
  return [...new Set(emails)];
}

/** What a "Report a mistake" email says about one finding. */
export interface MistakeReport {
  /** The rule's id (engine: finding.rule) and the kind of problem, as the options page names it. */
  rule: string;
  category: string;
  /**
   * What Post Guard said, and the words it pointed at. The words are the post's own (a pupil's name, say): without
   * the text they are left out, of the message too.
   */
  message: string;
  match?: string;
  /** The policy line the finding quoted. */
  policyQuote?: string;
  /** The site, e.g. "X (Twitter)". */
  site: string;
  /** The post's text: only when the member of staff ticked "include my text". */
  text?: string;
}

/** The email to the e-safety team about a finding the member of staff thinks is wrong. */
export function mistakeEmail(report: MistakeReport, contacts: readonly Contact[]): Email {
  const withText = report.text !== undefined;
  const message =
    !withText && report.match ? report.message.split(report.match).join('[the words]') : report.message;
  const lines = [
    'Post Guard pointed this out in something I was writing, and I think it is a mistake.',
    '',
    `Site: ${report.site}`,
    `Kind of problem: ${report.category}`,
    `Rule: ${report.rule}`,
    `What Post Guard said: ${message}`,
  ];
  if (report.match && withText) lines.push(`Words it pointed at: “${report.match}”`);
  if (report.policyQuote) lines.push(`The policy line it quoted: “${report.policyQuote}”`);
  lines.push('');
  if (report.text !== undefined) lines.push('What I was writing:', report.text, '');
  else lines.push('(I have not included the text of my post.)', '');
  lines.push('Why I think it is a mistake:', '');
  return {
    to: contactEmails(contacts, 'e-safety'),
    subject: `Post Guard: a possible mistake (${report.category})`,
    body: lines.join('\n'),
  };
}
