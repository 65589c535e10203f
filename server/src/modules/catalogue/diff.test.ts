import { expect, it } from 'vitest';
import { diffItems } from './diff.js';
import type { ItemValues } from './repository.js';

const item = (code: string, over: Partial<ItemValues> = {}): ItemValues => ({
  code,
  listType: 'assist',
  name: `事项${code}`,
  description: '',
  legalBasis: '依据',
  departmentKind: 'minzheng',
  objectKind: 'task',
  frequency: 'monthly',
  occurrencesPerYear: null,
  standardMinutes: 60,
  effectiveFrom: null,
  effectiveTo: null,
  ...over,
});

it('reports added, removed and changed items with the fields that changed', () => {
  const v1 = [item('XZ-001'), item('XZ-002'), item('XZ-003')];
  const v2 = [item('XZ-001'), item('XZ-002', { standardMinutes: 30, name: '低保动态核查' }), item('XZ-004')];
  const d = diffItems(v1, v2);
  expect(d.added.map((i) => i.code)).toEqual(['XZ-004']);
  expect(d.removed.map((i) => i.code)).toEqual(['XZ-003']);
  expect(d.changed).toEqual([
    {
      code: 'XZ-002',
      name: '低保动态核查',
      changes: [
        { field: 'name', before: '事项XZ-002', after: '低保动态核查' },
        { field: 'standardMinutes', before: 60, after: 30 },
      ],
    },
  ]);
  expect(d.unchanged).toBe(1);
});
