import { expect, it } from 'vitest';
import { firstSentence, matchesQuery, nearestByName, normaliseAsker } from './guide.js';

it('shows the first sentence of a rule as the one line of a list', () => {
  expect(firstSentence('以户口簿为准；不能体现的，由公安机关核实。')).toBe('以户口簿为准。');
  expect(firstSentence('由医疗机构出具诊断证明。其余情形……')).toBe('由医疗机构出具诊断证明。');
  expect(firstSentence('没有句号')).toBe('没有句号');
});

it('finds a certificate by every word a resident types', () => {
  const item = { name: '亲属关系证明', description: '以户口簿为准', code: 'ZM-B-001' };
  expect(matchesQuery(item, '亲属 户口簿')).toBe(true);
  expect(matchesQuery(item, '亲属 收入')).toBe(false);
  expect(matchesQuery(item, '  ')).toBe(true);
});

it('lets the nearer list speak when the city and the district list the same certificate', () => {
  const district = { name: '亲属关系证明', jurisdiction: '340104' };
  const city = { name: '亲属关系证明', jurisdiction: '3401' };
  expect(nearestByName([district, city, { name: '出生证明', jurisdiction: '3401' }])).toEqual([
    district,
    { name: '出生证明', jurisdiction: '3401' },
  ]);
});

it('groups reports of one asking body however its name was typed', () => {
  expect(normaliseAsker('bank', '  某银行   蜀山支行 ')).toEqual({ kind: 'bank', name: '某银行 蜀山支行' });
});
