// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicyDocument } from '../../../src/policy/parse-document';
import { policyPassages } from '../../../src/policy/text';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { headingsNumberThemselves, PolicyPage } from '../../../src/ui/policy-page/PolicyPage';
import { axeViolations, mount, texts } from './helpers';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('PolicyPage', () => {
  it('shows the title, the school and the dates', async () => {
    const root = await mount(<PolicyPage policy={WELBECK_POLICY} />);
    expect(root.querySelector('h1')?.textContent).toBe('Social Media Usage Policy');
    expect(root.querySelector('.pg-policy-school')?.textContent).toBe('Welbeck Primary School');
    expect(texts(root, '.pg-policy-dates dd')).toEqual(['March 2026', 'March 2027']);
  });

  it('renders every section, with its heading', async () => {
    const root = await mount(<PolicyPage policy={WELBECK_POLICY} />);
    for (const section of WELBECK_POLICY.sections) {
      const element = root.querySelector(`section#${section.id}`);
      expect(element, section.id).not.toBeNull();
      if (section.heading) {
        expect(element?.querySelector(section.level === 2 ? 'h2' : 'h3')?.textContent).toBe(section.heading);
      }
    }
  });

  it('renders every paragraph and bullet point of the policy', async () => {
    const root = await mount(<PolicyPage policy={WELBECK_POLICY} />);
    const body = normalise(root.querySelector('main')?.textContent);
    const missing = policyPassages(WELBECK_POLICY).filter(
      (passage) => !body.includes(normalise(passage.text)),
    );
    expect(missing).toEqual([]);
    const definitions = root.querySelector('#definitions');
    expect(texts(definitions!, 'ul ul li')).toEqual([
      'Online discussion forums.',
      'Collaborative spaces, such as Facebook.',
      'Media sharing services, such as YouTube.',
      '‘Micro-blogging’ applications, such as Twitter.',
    ]);
  });

  it('has a table of contents that links to every headed section', async () => {
    const root = await mount(<PolicyPage policy={WELBECK_POLICY} />);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')];
    const headed = WELBECK_POLICY.sections.filter((section) => section.heading);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(headed.map((section) => `#${section.id}`));
    expect(links.map((link) => link.textContent)).toEqual(headed.map((section) => section.heading));
    expect(root.querySelectorAll('nav ol ol a').length).toBe(
      headed.filter((section) => section.level === 3).length,
    );
  });

  it('keeps list numbers for a policy whose headings have none (Welbeck)', async () => {
    expect(headingsNumberThemselves(WELBECK_POLICY.sections)).toBe(false);
    const root = await mount(<PolicyPage policy={WELBECK_POLICY} />);
    expect(root.querySelector('nav ol.pg-toc-own-numbers')).toBeNull();
  });

  it('shows only the document\'s own numbers when its headings are numbered ("1. Purpose and scope")', async () => {
    const { policy } = parsePolicyDocument(
      readFileSync('policies/harbourside/social-media-policy.md', 'utf8'),
    );
    expect(policy).toBeDefined();
    expect(headingsNumberThemselves(policy!.sections)).toBe(true);
    const root = await mount(<PolicyPage policy={policy!} />);
    const list = root.querySelector('nav > ol');
    expect(list?.classList.contains('pg-toc-own-numbers')).toBe(true);
    expect(list?.querySelector('a')?.textContent).toBe('1. Purpose and scope');
  });

  it('prints', async () => {
    // happy-dom has no window.print.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const root = await mount(<PolicyPage policy={WELBECK_POLICY} />);
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Print the policy')?.click();
    expect(print).toHaveBeenCalledTimes(1);
    Reflect.deleteProperty(window, 'print');
  });

  it('has no accessibility violations axe can find without layout', async () => {
    const root = await mount(<PolicyPage policy={WELBECK_POLICY} />);
    expect(await axeViolations(root)).toEqual([]);
  });
});
