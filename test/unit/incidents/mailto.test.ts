import { describe, expect, it } from 'vitest';
import {
  contactEmails,
  mailtoUrl,
  MAX_MAILTO_BODY,
  mistakeEmail,
  shortenBody,
} from '../../../src/incidents/mailto';
import type { Contact } from '../../../src/settings/settings';

const CONTACTS: Contact[] = [
  { role: 'headteacher', name: 'Ann Head', email: 'head@welbeck.sch.uk' },
  { role: 'e-safety', name: 'Ruth McConnochie', email: 'esafety@welbeck.sch.uk' },
  { role: 'e-safety', name: 'Carl Ollerenshaw' },
  { role: 'dsl', name: 'Ruth McConnochie', email: 'esafety@welbeck.sch.uk' },
];

/** The parts of a mailto: address, decoded. */
function parse(url: string) {
  const [to, query] = url.replace(/^mailto:/, '').split('?') as [string, string];
  const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
  return {
    to: to.split(',').map(decodeURIComponent),
    subject: params.get('subject'),
    body: params.get('body'),
  };
}

describe('mailtoUrl', () => {
  it('writes recipients, subject and body that read back exactly, line breaks as CRLF', () => {
    const url = mailtoUrl({
      to: ['head@welbeck.sch.uk', 'a+b@welbeck.sch.uk'],
      subject: 'Report & “evidence”',
      body: 'Line one\nLine two: 50% & more?',
    });
    expect(url.startsWith('mailto:head@welbeck.sch.uk,a%2Bb@welbeck.sch.uk?')).toBe(true);
    expect(parse(url)).toEqual({
      to: ['head@welbeck.sch.uk', 'a+b@welbeck.sch.uk'],
      subject: 'Report & “evidence”',
      body: 'Line one\r\nLine two: 50% & more?',
    });
  });

  it('shortens a long body, and says so', () => {
    const body = shortenBody('word '.repeat(1000));
    expect(body.length).toBeLessThanOrEqual(MAX_MAILTO_BODY);
    expect(body).toMatch(/Shortened by Post Guard/);
    expect(shortenBody('short')).toBe('short');
  });
});

describe('contactEmails', () => {
  it('gives each address of a role once, skipping contacts without one', () => {
    expect(contactEmails(CONTACTS, 'e-safety')).toEqual(['esafety@welbeck.sch.uk']);
    expect(contactEmails(CONTACTS, 'network-manager')).toEqual([]);
  });
});

describe('mistakeEmail', () => {
  const report = {
    rule: 'roster-pupil',
    category: 'A pupil’s name',
    message: '“Jack Thompson” looks like a pupil on your school’s roster.',
    match: 'Jack Thompson',
    policyQuote: 'Teachers or members of staff must not post any information which could identify a pupil.',
    site: 'X',
  };

  it('goes to the e-safety team and names the rule and the policy line', () => {
    const email = mistakeEmail(report, CONTACTS);
    expect(email.to).toEqual(['esafety@welbeck.sch.uk']);
    expect(email.body).toContain('Rule: roster-pupil');
    expect(email.body).toContain(`“${report.policyQuote}”`);
  });

  it('leaves out the post’s text, and the words pointed at, unless the member of staff included them', () => {
    const without = mistakeEmail(report, CONTACTS).body;
    expect(without).not.toContain('Jack Thompson');
    expect(without).toContain('I have not included the text of my post');
    expect(without).toContain('What Post Guard said: “[the words]” looks like a pupil');
    const withText = mistakeEmail({ ...report, text: 'Well done Jack Thompson!' }, CONTACTS).body;
    expect(withText).toContain('Well done Jack Thompson!');
    expect(withText).toContain('“Jack Thompson”');
  });
});
