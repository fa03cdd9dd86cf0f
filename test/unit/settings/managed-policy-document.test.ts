import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activePolicy } from '../../../src/policy/active-policy';
import { clauseQuotes } from '../../../src/policy/clause-quotes';
import { MAX_POLICY_DOCUMENT } from '../../../src/policy/parse-document';
import { fromAdminPolicy, toAdminPolicy } from '../../../src/settings/admin-policy';
import { buildManagedSchema } from '../../../src/settings/managed-schema';
import { resolveSettings } from '../../../src/settings/resolve';

// A trust sets its own policy document for every school through Chrome policy (managed storage), not the options page.
const harbourside = readFileSync('policies/harbourside/social-media-policy.md', 'utf8');
const photosPassage =
  "2.2 Images and recordings of students may be published only on the Academy's official channels, by colleagues authorised to run them, and only where the student's parent or carer has given media consent.";

describe('the school’s policy document set by the IT admin (managed storage)', () => {
  it('is offered in the managed schema with its size limit', () => {
    const schema = buildManagedSchema() as unknown as {
      properties: { policy: { properties: Record<string, { type: string; description?: string }> } };
    };
    const document = schema.properties.policy.properties.document as { type: string; description: string };
    expect(document.type).toBe('string');
    // Chrome's schema format has no maxLength: the limit is told to the admin.
    expect(document.description).toContain(
      `At most ${MAX_POLICY_DOCUMENT.toLocaleString('en-GB')} characters`,
    );
    expect(schema.properties.policy.properties.clauses?.type).toBe('array');
  });

  it('drives the policy shown and the quotes, over this device’s choice, and is locked', () => {
    const managed = fromAdminPolicy(
      toAdminPolicy({
        schoolName: 'Harbourside Academy',
        policy: {
          document: harbourside,
          clauses: [{ clause: 'pupil-images-official-only', passage: photosPassage }],
        },
      }),
    );
    const state = resolveSettings({ policy: { document: '' } }, managed);
    expect(state.managedErrors).toEqual([]);
    expect(state.managedKeys).toEqual(expect.arrayContaining(['schoolName', 'policy']));
    const active = activePolicy(state.settings);
    expect(active.own).toBe(true);
    expect(active.policy.schoolName).toBe('Harbourside Academy');
    expect(active.policy.title).toBe('Online Conduct and Social Media Policy');
    const quoteOf = clauseQuotes(state.settings);
    expect(quoteOf('pupil-images-official-only')).toEqual({ quote: photosPassage, modelWording: false });
    // A rule the admin did not map quotes the model policy, and says so.
    expect(quoteOf('confidentiality')?.modelWording).toBe(true);
  });

  it('reports a document over the size limit and keeps what this device had', () => {
    const local = { policy: { document: harbourside } };
    const state = resolveSettings(local, { policy: { document: 'x'.repeat(MAX_POLICY_DOCUMENT + 1) } });
    expect(state.managedErrors.map((error) => error.path)).toEqual(['policy.document']);
    expect(activePolicy(state.settings).own).toBe(true);
    expect(activePolicy(state.settings).policy.title).toBe('Online Conduct and Social Media Policy');
  });

  it('reports a mapping to a rule Post Guard does not have, and keeps the good mappings', () => {
    const state = resolveSettings(
      {},
      {
        policy: {
          document: harbourside,
          clauses: [
            { clause: 'pupil-images-official-only', passage: photosPassage },
            { clause: 'no-such-rule', passage: 'Anything.' },
          ],
        },
      },
    );
    expect(state.managedErrors.map((error) => error.path)).toEqual(['policy.clauses[1].clause']);
    expect(clauseQuotes(state.settings)('pupil-images-official-only')?.quote).toBe(photosPassage);
  });
});
