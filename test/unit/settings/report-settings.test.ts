import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../src/settings/check';
import { buildManagedSchema } from '../../../src/settings/managed-schema';

describe('the report forms’ settings', () => {
  it('keeps the good questions and sets a bad one aside as it was, with what is wrong', () => {
    const { values, damaged } = checkSettings({
      staffName: 'Jo Teacher',
      reportFormFields: [
        { form: 'both', label: 'Room number' },
        { form: 'every form', label: 'Asset tag' },
        { form: 'friend-request', label: '' },
      ],
    });
    expect(values.staffName).toBe('Jo Teacher');
    expect(values.reportFormFields).toEqual([{ form: 'both', label: 'Room number' }]);
    expect(damaged.map((entry) => entry.path)).toEqual(['reportFormFields[1]', 'reportFormFields[2]']);
    expect(damaged[0]!.value).toEqual({ form: 'every form', label: 'Asset tag' });
    expect(damaged[0]!.errors[0]!.message).toMatch(/must be one of/);
  });

  it('is in the managed schema, so an IT admin can set the questions for every computer', () => {
    const schema = buildManagedSchema() as { properties: Record<string, { type: string; items?: unknown }> };
    expect(schema.properties.reportFormFields?.type).toBe('array');
    expect(schema.properties.staffName?.type).toBe('string');
  });
});
