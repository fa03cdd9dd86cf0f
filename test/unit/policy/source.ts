import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The model school's policy document, the source of truth for the policy data (policies/welbeck/README.md). */
export const POLICY_SOURCE_PATH = fileURLToPath(
  new URL('../../../policies/welbeck/social-media-policy.txt', import.meta.url),
);

export function readPolicySource(): string {
  if (!existsSync(POLICY_SOURCE_PATH)) {
    throw new Error(`The policy source is missing: ${POLICY_SOURCE_PATH}`);
  }
  return readFileSync(POLICY_SOURCE_PATH, 'utf8');
}

/** Collapses whitespace and drops the ** bold markers, so the data and the document compare as text. */
export function normalise(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}
