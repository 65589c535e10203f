import { expect, it } from 'vitest';
import { countTree } from './counts.js';

it('counts children and descendants per level along the code prefixes', () => {
  const t = countTree([
    { code: '34', level: 'province', parentCode: null },
    { code: '3401', level: 'city', parentCode: '34' },
    { code: '340104', level: 'district', parentCode: '3401' },
    { code: '340104006', level: 'street', parentCode: '340104' },
    { code: '340104006005', level: 'community', parentCode: '340104006' },
    { code: '340104006006', level: 'community', parentCode: '340104006' },
    { code: '340104006005001', level: 'grid', parentCode: '340104006005' },
  ]);
  expect(t.get('3401')).toEqual({ childCount: 1, counts: { district: 1, street: 1, community: 2, grid: 1 } });
  expect(t.get('340104006')).toEqual({ childCount: 2, counts: { community: 2, grid: 1 } });
  expect(t.get('340104006005')).toEqual({ childCount: 1, counts: { grid: 1 } });
  expect(t.get('340104006006')).toBeUndefined();
});
