// Demo grids (网格) for the communities of 五里墩街道: about 300 households per grid worker.
import type { DivisionRow } from '../orgs/divisions.js';
import { pinyinInitials } from '../orgs/pinyin.js';

/** Demo household counts per community; 家家景园社区 is the large one the other demos use. */
export const DEMO_HOUSEHOLDS: Readonly<Record<string, number>> = {
  '340104006001': 2100,
  '340104006002': 2600,
  '340104006003': 1900,
  '340104006004': 2300,
  '340104006005': 5000,
  '340104006006': 1700,
};

export const HOUSEHOLDS_PER_GRID = 300;

export function demoGrids(communities: { code: string; name: string }[]): DivisionRow[] {
  const rows: DivisionRow[] = [];
  for (const c of communities) {
    const households = DEMO_HOUSEHOLDS[c.code];
    if (!households) continue;
    const n = Math.ceil(households / HOUSEHOLDS_PER_GRID);
    for (let i = 1; i <= n; i++) {
      const name = `第${i}网格`;
      rows.push({
        code: c.code + String(i).padStart(3, '0'),
        name,
        fullName: c.name + name,
        level: 'grid',
        parentCode: c.code,
        initials: pinyinInitials(name),
      });
    }
  }
  return rows;
}
