import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromAdminPolicy, isAdminPolicy, toAdminPolicy } from '../../../src/settings/admin-policy';
import { checkSettings } from '../../../src/settings/check';
import { buildManagedSchema, MANAGED_SCHEMA_FILE } from '../../../src/settings/managed-schema';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../../src/settings/settings';
import type { ManagedSchema } from '../../../src/settings/spec';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

/**
 * The attributes Chromium's policy schema parser (components/policy/core/common/schema.cc) allows for each type.
 * Any other attribute makes Chrome refuse to load the extension.
 */
const ALLOWED: Record<string, string[]> = {
  object: [
    'type',
    'title',
    'description',
    'id',
    'properties',
    'patternProperties',
    'additionalProperties',
    'required',
    'sensitiveValue',
  ],
  array: ['type', 'title', 'description', 'id', 'items', 'sensitiveValue'],
  string: ['type', 'title', 'description', 'id', 'enum', 'pattern', 'sensitiveValue'],
  boolean: ['type', 'title', 'description', 'id', 'sensitiveValue'],
};

function nodes(schema: ManagedSchema, path = '$'): [string, ManagedSchema][] {
  return [
    [path, schema],
    ...Object.entries(schema.properties ?? {}).flatMap(([key, inner]) => nodes(inner, `${path}.${key}`)),
    ...(schema.items ? nodes(schema.items, `${path}[]`) : []),
  ];
}

/** Does `value` have the types and structure the schema describes (what Chrome checks)? */
function conforms(schema: ManagedSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.every((item) => conforms(schema.items!, item));
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([key, inner]) => schema.properties?.[key] !== undefined && conforms(schema.properties[key], inner),
        )
      );
  }
}

describe('the managed-storage schema', () => {
  const schema = buildManagedSchema();

  it('is the one the manifest names', () => {
    const manifest = readJson('manifest.json') as { storage?: { managed_schema?: string } };
    expect(manifest.storage?.managed_schema).toBe(MANAGED_SCHEMA_FILE);
  });

  it('has an object at the top with one property per setting and no additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties ?? {})).toEqual(SETTING_KEYS);
  });

  it('uses only the attributes Chrome accepts, and exactly one type per schema', () => {
    for (const [path, node] of nodes(schema)) {
      expect(Object.keys(ALLOWED), path).toContain(node.type);
      for (const key of Object.keys(node)) expect(ALLOWED[node.type], `${path}: ${key}`).toContain(key);
      if (node.type === 'array') expect(node.items, path).toBeDefined();
      if (node.type === 'object') expect(node.properties, path).toBeDefined();
    }
  });

  it('describes the defaults and the sample policy, which pass Post Guard’s checks', () => {
    expect(conforms(schema, DEFAULT_SETTINGS)).toBe(true);
    const sample = fromAdminPolicy(readJson('docs/admin-policy.sample.json'));
    expect(conforms(schema, sample)).toBe(true);
    expect(checkSettings(sample).errors).toEqual([]);
  });

  it('changes when the settings definition changes: a wrongly typed value does not conform', () => {
    expect(conforms(schema, { schoolName: 42 })).toBe(false);
    expect(conforms(schema, { pupils: [{ firstName: 'Amelia', lastName: 'Hart', noPublish: 'yes' }] })).toBe(
      false,
    );
    expect(conforms(schema, { sites: { x: false } })).toBe(true);
    expect(conforms(schema, { sites: { tiktok: true } })).toBe(false);
  });

  it('titles every setting for chrome://policy', () => {
    for (const key of SETTING_KEYS) expect(schema.properties?.[key]?.title, key).toBeTruthy();
  });
});

describe('the Admin console’s policy format', () => {
  it('wraps each value as {"Value": …} and unwraps it again', () => {
    const wrapped = toAdminPolicy({ schoolName: 'Oakfield', criticalAction: 'block' });
    expect(wrapped).toEqual({ schoolName: { Value: 'Oakfield' }, criticalAction: { Value: 'block' } });
    expect(isAdminPolicy(wrapped)).toBe(true);
    expect(fromAdminPolicy(wrapped)).toEqual({ schoolName: 'Oakfield', criticalAction: 'block' });
  });

  it('leaves plain settings as they are', () => {
    expect(isAdminPolicy({ schoolName: 'Oakfield' })).toBe(false);
    expect(fromAdminPolicy({ schoolName: 'Oakfield' })).toEqual({ schoolName: 'Oakfield' });
    expect(isAdminPolicy({})).toBe(false);
  });
});
