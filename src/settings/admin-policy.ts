import { isRecord } from './spec';

/**
 * The Google Admin console's "Policy for extensions" box takes each setting wrapped as
 * {"schoolName": {"Value": "…"}} (Chromium's component-policy format; "Level" may be "Mandatory", the default,
 * or "Recommended"). These turn plain settings into that shape and back.
 */

export type AdminPolicy = Record<string, { Value: unknown; Level?: 'Mandatory' | 'Recommended' }>;

/** Plain settings → what the admin pastes into the Admin console. */
export function toAdminPolicy(values: Record<string, unknown>): AdminPolicy {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { Value: value }]));
}

/** Whether a parsed JSON file is in the Admin console's shape: every top-level value is {"Value": …}. */
export function isAdminPolicy(value: unknown): value is AdminPolicy {
  return (
    isRecord(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((entry) => isRecord(entry) && 'Value' in entry)
  );
}

/** The Admin console's shape → plain settings; anything else is returned as it is. */
export function fromAdminPolicy(value: unknown): unknown {
  if (!isAdminPolicy(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, entry.Value]));
}
