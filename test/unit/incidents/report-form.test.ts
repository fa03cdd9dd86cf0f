import { describe, expect, it } from 'vitest';
import {
  formQuestions,
  parseReportParams,
  prefill,
  reportEmail,
  reportPagePath,
  reportText,
} from '../../../src/incidents/report-form';

describe('the report page’s address', () => {
  it('carries the kind, name, site and address, and reads back the same', () => {
    const path = reportPagePath({
      kind: 'friend-request',
      name: 'Sam O’Neill & co',
      site: 'Facebook',
      url: 'https://www.facebook.com/sam.oneill?ref=1&x=2',
    });
    expect(path.startsWith('report/index.html?kind=friend-request&name=')).toBe(true);
    expect(parseReportParams(path.slice(path.indexOf('?')))).toEqual({
      kind: 'friend-request',
      name: 'Sam O’Neill & co',
      site: 'Facebook',
      url: 'https://www.facebook.com/sam.oneill?ref=1&x=2',
    });
  });

  it('reads an unknown kind as the website content form, and leaves out empty values', () => {
    expect(parseReportParams('?kind=nonsense&name=')).toEqual({ kind: 'website-content' });
  });
});

describe('formQuestions', () => {
  it('asks Post Guard’s questions, then the school’s own for that form', () => {
    const questions = formQuestions('website-content', [
      { form: 'website-content', label: 'Device asset number' },
      { form: 'friend-request', label: 'Not on this form' },
      { form: 'both', label: 'Anything else?', long: true },
    ]);
    const labels = questions.map((question) => question.label);
    expect(labels.slice(0, 3)).toEqual(['Your name', 'Date and time it was seen', 'Web address']);
    expect(labels).toContain('Action taken');
    expect(labels.slice(-2)).toEqual(['Device asset number', 'Anything else?']);
    expect(questions.at(-1)).toMatchObject({ school: true, long: true });
  });
});

describe('prefill and reportText', () => {
  const now = Date.UTC(2026, 11, 7, 19, 55);

  it('fills in the tab, the name from the settings and the date and time', () => {
    const values = prefill(
      { kind: 'website-content', url: 'https://x.com/a', title: 'A page' },
      { staffName: ' Jo Teacher ', now, timeZone: 'Europe/London' },
    );
    expect(values).toEqual({
      when: expect.stringMatching(/^Monday,? 7 December 2026 at 19:55$/),
      staff: 'Jo Teacher',
      url: 'https://x.com/a',
      title: 'A page',
    });
  });

  it('writes every question with its answer, and says which were not given', () => {
    const questions = formQuestions('friend-request', []);
    const text = reportText(
      'friend-request',
      questions,
      { name: 'Sam Parent', site: 'Facebook' },
      'Welbeck Primary School',
    );
    expect(text.split('\n')[0]).toBe(
      'Friend or contact request from a pupil or parent – Welbeck Primary School',
    );
    expect(text).toContain('Name of the person: Sam Parent');
    expect(text).toContain('Action taken: (not given)');
  });

  it('addresses the email to the headteacher, or to nobody when the settings give no address', () => {
    const head = { role: 'headteacher' as const, name: 'Ann Head', email: 'head@welbeck.sch.uk' };
    expect(reportEmail('website-content', 'text', [head], 'Welbeck').to).toEqual(['head@welbeck.sch.uk']);
    expect(reportEmail('website-content', 'text', [{ ...head, email: undefined }], 'Welbeck').to).toEqual([]);
  });
});
