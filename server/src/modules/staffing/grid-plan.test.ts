import { describe, expect, it } from 'vitest';
import {
  buildingOf,
  buildingsOf,
  compareAddresses,
  imbalanced,
  outsideTolerance,
  proposeGrids,
  splitAlongGrids,
  type PlanHousehold,
} from './grid-plan.js';

const household = (key: string, address: string): PlanHousehold => ({
  key,
  address,
  residents: 2,
  elderlyAlone: 0,
  disabled: 0,
  lowIncome: 0,
});

describe('grid plan', () => {
  it('finds the building of an address without the places above the estate', () => {
    expect(buildingOf('安徽省合肥市蜀山区五里墩街道家家景园12栋2单元301室')).toBe('家家景园12栋');
    expect(buildingOf('试验市青山区长宁街道翠竹小区3幢1单元101室')).toBe('翠竹小区3幢');
    expect(buildingOf('某路8号院')).toBe('某路8号院');
  });

  it('orders addresses with numbers by value', () => {
    expect(['A10栋', 'A2栋', 'A1栋'].sort(compareAddresses)).toEqual(['A1栋', 'A2栋', 'A10栋']);
  });

  it('cuts 5,000 households in buildings of 12 into 17 grids within ±20 % of 300, no building split', () => {
    const hs: PlanHousehold[] = [];
    for (let h = 0; h < 5000; h++) {
      const estate = ['家家景园', '西园新村'][h % 2];
      hs.push(household(`h${h}`, `五里墩街道${estate}${1 + Math.floor(h / 24)}栋${1 + Math.floor((h % 24) / 8)}单元`));
    }
    const buildings = buildingsOf(hs);
    const grids = proposeGrids(buildings, 300);
    expect(grids).toHaveLength(17);
    expect(grids.reduce((n, g) => n + g.households, 0)).toBe(5000);
    expect(outsideTolerance(grids, 300, 0.2)).toBe(0);
    const seen = new Set<string>();
    for (const g of grids)
      for (const b of g.buildings) {
        expect(seen.has(b)).toBe(false);
        seen.add(b);
      }
    expect(seen.size).toBe(buildings.length);
    // Numbered in address order: the first grid starts at the first building.
    expect(grids[0].buildings[0]).toBe(buildings[0].label);
    expect(grids.map((g) => g.seq)).toEqual(grids.map((_, i) => i + 1));
  });

  it('keeps a building larger than a grid whole, and makes one grid of a small community', () => {
    const big = Array.from({ length: 500 }, (_, i) => household(`b${i}`, '甲小区1栋'));
    const small = Array.from({ length: 40 }, (_, i) => household(`s${i}`, '甲小区2栋'));
    const grids = proposeGrids(buildingsOf([...big, ...small]), 300);
    expect(grids.map((g) => g.households)).toEqual([500, 40]);
    expect(proposeGrids(buildingsOf(small), 300).map((g) => g.households)).toEqual([40]);
    expect(proposeGrids([], 300)).toEqual([]);
  });

  it('says when grid loads differ by more than the share', () => {
    expect(imbalanced([300, 290, 310], 0.2)).toBe(false);
    expect(imbalanced([300, 300, 450], 0.2)).toBe(true);
    expect(imbalanced([500], 0.2)).toBe(false);
  });

  it('splits an oversized community along its grids into parts under the maximum', () => {
    const grids = Array.from({ length: 17 }, (_, i) => ({ code: `g${i + 1}`, households: i === 16 ? 200 : 300 }));
    const parts = splitAlongGrids(grids, 3000)!;
    expect(parts).toHaveLength(2);
    expect(parts.flatMap((p) => p.grids)).toEqual(grids.map((g) => g.code));
    expect(parts.map((p) => p.households).reduce((a, b) => a + b, 0)).toBe(5000);
    for (const p of parts) expect(p.households).toBeLessThanOrEqual(3000);
    expect(splitAlongGrids(grids.slice(0, 5), 3000)).toBeNull();
  });
});
