// The grid plan (网格划分), pure: households grouped by building (buildings and courtyards stay whole),
// buildings in address order, cut into consecutive grids of about the households asked for.

export interface PlanHousehold {
  key: string;
  address: string;
  residents: number;
  elderlyAlone: number;
  disabled: number;
  lowIncome: number;
}

export interface Building {
  /** The address up to the building (…小区3栋), shortened to what follows the street. */
  label: string;
  households: PlanHousehold[];
}

const BUILDING = /^(.*?)(\d+)(栋|幢|号楼|号院|座)/;
const STREET = /^.*?(街道|镇|乡)/;

/** The building an address belongs to (its text up to 栋/幢/号楼/号院), without the places above the estate. */
export function buildingOf(address: string): string {
  const m = BUILDING.exec(address);
  const whole = m ? m[0] : address.replace(/\d+(单元|室|号).*$/, '');
  return whole.replace(STREET, '') || whole;
}

/** Address order: text first, numbers by value (2栋 before 10栋). */
export function compareAddresses(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}

/** Households grouped by building, buildings in address order. */
export function buildingsOf(households: readonly PlanHousehold[]): Building[] {
  const by = new Map<string, PlanHousehold[]>();
  for (const h of households) {
    const label = buildingOf(h.address);
    const list = by.get(label);
    if (list) list.push(h);
    else by.set(label, [h]);
  }
  return [...by.entries()]
    .sort(([a], [b]) => compareAddresses(a, b))
    .map(([label, list]) => ({ label, households: list }));
}

export interface ProposedGrid {
  seq: number;
  households: number;
  residents: number;
  elderlyAlone: number;
  disabled: number;
  lowIncome: number;
  buildings: string[];
  householdKeys: string[];
}

/**
 * Consecutive buildings cut into round(total ÷ target) grids (at least one): each cut falls at the
 * building boundary nearest the ideal share, so every grid stays close to the average and no building
 * is split.
 */
export function proposeGrids(buildings: readonly Building[], target: number): ProposedGrid[] {
  const total = buildings.reduce((n, b) => n + b.households.length, 0);
  if (total === 0) return [];
  const k = Math.max(1, Math.min(buildings.length, Math.round(total / target)));
  const grids: ProposedGrid[] = [];
  let current: Building[] = [];
  let cumulative = 0;
  const flush = () => {
    const hs = current.flatMap((b) => b.households);
    grids.push({
      seq: grids.length + 1,
      households: hs.length,
      residents: hs.reduce((n, h) => n + h.residents, 0),
      elderlyAlone: hs.reduce((n, h) => n + h.elderlyAlone, 0),
      disabled: hs.reduce((n, h) => n + h.disabled, 0),
      lowIncome: hs.reduce((n, h) => n + h.lowIncome, 0),
      buildings: current.map((b) => b.label),
      householdKeys: hs.map((h) => h.key),
    });
    current = [];
  };
  buildings.forEach((b, i) => {
    const remainingBuildings = buildings.length - i;
    const remainingGrids = k - grids.length;
    current.push(b);
    cumulative += b.households.length;
    if (i === buildings.length - 1) return flush();
    // Leave at least one building for each grid still to come.
    if (remainingGrids <= 1) return;
    if (remainingBuildings - 1 < remainingGrids - 1) return;
    const boundary = (total * (grids.length + 1)) / k;
    const next = buildings[i + 1].households.length;
    // Cut here when stopping is nearer the ideal boundary than taking the next building too,
    // or when the buildings left are just enough for the grids left.
    if (
      Math.abs(cumulative - boundary) <= Math.abs(cumulative + next - boundary) ||
      remainingBuildings - 1 === remainingGrids - 1
    )
      flush();
  });
  return grids;
}

/** Grids more than the tolerance off the households asked for. */
export function outsideTolerance(grids: readonly { households: number }[], target: number, tolerance: number): number {
  return grids.filter((g) => Math.abs(g.households - target) > target * tolerance).length;
}

/** Whether grid loads differ from their average by more than a share (time to rebalance). */
export function imbalanced(households: readonly number[], share: number): boolean {
  if (households.length < 2) return false;
  const mean = households.reduce((a, b) => a + b, 0) / households.length;
  return households.some((h) => Math.abs(h - mean) > mean * share);
}

/**
 * How an oversized community splits along its grids: consecutive grids in k = ⌈households ÷ max⌉ parts
 * of about equal households (null when it is not above the maximum or has fewer grids than parts).
 */
export function splitAlongGrids(
  grids: readonly { code: string; households: number }[],
  maxHouseholds: number,
): { grids: string[]; households: number }[] | null {
  const total = grids.reduce((n, g) => n + g.households, 0);
  const k = Math.ceil(total / maxHouseholds);
  if (k < 2 || grids.length < k) return null;
  const parts: { grids: string[]; households: number }[] = [];
  let current: { grids: string[]; households: number } = { grids: [], households: 0 };
  let cumulative = 0;
  grids.forEach((g, i) => {
    current.grids.push(g.code);
    current.households += g.households;
    cumulative += g.households;
    const left = grids.length - i - 1;
    const partsLeft = k - parts.length - 1;
    if (i === grids.length - 1 || partsLeft === 0) return;
    const boundary = (total * (parts.length + 1)) / k;
    const next = grids[i + 1].households;
    if (left === partsLeft || Math.abs(cumulative - boundary) <= Math.abs(cumulative + next - boundary)) {
      parts.push(current);
      current = { grids: [], households: 0 };
    }
  });
  parts.push(current);
  return parts;
}
