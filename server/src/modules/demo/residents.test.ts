import { expect, it } from 'vitest';
import { parseIdNumber } from '#common/idcard.js';
import { demoPopulation } from './residents.js';

const plan = {
  code: '340104006005',
  name: '家家景园社区',
  households: 500,
  grids: ['340104006005001', '340104006005002'],
};

it('is the same people every time', () => {
  expect(demoPopulation(plan).slice(0, 20)).toEqual(demoPopulation(plan).slice(0, 20));
});

it('gives everyone a valid ID number consistent with birth date and gender', () => {
  const people = demoPopulation(plan).filter((s) => s.type === 'resident');
  expect(people.length).toBeGreaterThan(900);
  for (const p of people) {
    const id = parseIdNumber(p.values.id_number, '2026-12-31');
    expect('problem' in id, p.values.id_number).toBe(false);
    if ('birthDate' in id) {
      expect(id.birthDate).toBe(p.values.birth_date);
      expect(id.gender === 'male' ? '1' : '2').toBe(p.values.gender);
    }
  }
  expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
});

it('has households with one householder each, and some elderly, disabled and veterans', () => {
  const subjects = demoPopulation(plan);
  const households = subjects.filter((s) => s.type === 'household');
  expect(households).toHaveLength(500);
  const people = subjects.filter((s) => s.type === 'resident');
  for (const h of households.slice(0, 50)) {
    expect(
      people.filter((p) => p.values.household_number === h.key && p.values.relation_to_householder === '02'),
    ).toHaveLength(1);
  }
  expect(people.filter((p) => 2026 - Number(p.values.birth_date.slice(0, 4)) >= 80).length).toBeGreaterThan(5);
  expect(people.some((p) => p.values.disability === 'true')).toBe(true);
  expect(people.some((p) => p.values.veteran === 'true')).toBe(true);
});
