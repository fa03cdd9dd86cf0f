// @vitest-environment happy-dom
/** A school's policy opened as a Word document reads as the same policy as its text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parsePolicyDocument } from '../../../src/policy/parse-document';
import { policyPassages } from '../../../src/policy/text';
import { docxToText } from '../../../src/ui/options/docx-to-text';

// The extension is built with mammoth's browser code (its package.json "browser" field), which reads an ArrayBuffer;
// Node's entry would not. Test the code that ships.
vi.mock('mammoth', async () => {
  // @ts-expect-error: mammoth's browser bundle ships no types; it has the same API as the typed entry.
  const browserBuild = (await import('mammoth/mammoth.browser.js')) as { default?: object };
  const mammoth = browserBuild.default ?? browserBuild;
  return { ...mammoth, default: mammoth };
});

// Made by scripts/fixtures/policy-docx.py from policies/harbourside/social-media-policy.md.
const docx = new Uint8Array(readFileSync('test/fixtures/documents/harbourside-policy.docx'));
const markdown = readFileSync('policies/harbourside/social-media-policy.md', 'utf8');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('docxToText', () => {
  it('keeps the headings as headings, in order', async () => {
    const fromWord = parsePolicyDocument(await docxToText(docx), 'Harbourside Academy').policy!;
    const fromText = parsePolicyDocument(markdown, 'Harbourside Academy').policy!;
    const headings = (sections: typeof fromText.sections) =>
      sections.map((section) => section.heading).filter(Boolean);
    expect(headings(fromWord.sections)).toEqual(headings(fromText.sections));
    expect(fromWord.title).toBe(fromText.title);
  });

  it('keeps every paragraph and bullet point of the policy, whole', async () => {
    const fromWord = parsePolicyDocument(await docxToText(docx), 'Harbourside Academy').policy!;
    const wordPassages = new Set(policyPassages(fromWord).map((passage) => flat(passage.text)));
    const textPassages = policyPassages(parsePolicyDocument(markdown).policy!).map((passage) =>
      flat(passage.text),
    );
    expect(textPassages.filter((passage) => !wordPassages.has(passage))).toEqual([]);
  });

  it('reads a table as one line per row, never as headings', async () => {
    const text = await docxToText(docx);
    expect(text).toContain('- Designated Safeguarding Lead – Ms R. Okafor');
    expect(text).toContain('- Online safety lead – Mr D. Price');
  });

  it('turns a file that is not a Word document into an error, not a policy', async () => {
    await expect(docxToText(new TextEncoder().encode('not a zip file'))).rejects.toThrow();
  });
});
