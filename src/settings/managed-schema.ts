import { SETTINGS_SPEC } from './settings';
import { toManagedSchema, type ManagedSchema } from './spec';

/** Where the built extension keeps its managed-storage schema (manifest.json: storage.managed_schema). */
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

/**
 * Chrome's schema for Post Guard's managed storage, made from the one settings definition at build time
 * (vite.config.ts writes it into dist/). The top level is an object whose properties are the settings: the
 * "policies" an IT admin can set for the extension.
 */
export function buildManagedSchema(): ManagedSchema {
  return toManagedSchema(SETTINGS_SPEC);
}
