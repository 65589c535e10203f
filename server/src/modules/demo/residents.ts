// Deterministic synthetic residents and households for the demo communities: believable names, valid
// ID numbers with real area codes, birth dates and genders consistent with them, households with
// relations, addresses on the community's buildings, and some elderly, disabled, 低保 and veterans.
// Every run with the same community code produces the same people. Pure.
import { makeIdNumber } from '#common/idcard.js';

export interface DemoSubject {
  type: 'resident' | 'household';
  key: string;
  name: string;
  communityCode: string;
  gridCode: string;
  values: Record<string, string>;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common surnames, most frequent first (weights fall off down the list).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const MALE = '伟强磊军勇杰涛斌超明刚平辉鹏华飞波宇浩凯俊文建国志新兵峰海林东亮成春';
const FEMALE = '芳娜敏静丽艳娟霞秀英华玲桂兰萍红燕梅琳雪慧莉颖婷倩欣佳琴云凤洁';
const OLD_MALE = '德福贵富荣庆发根宝山树生全有';
const OLD_FEMALE = '桂秀兰凤英珍翠玉淑素梅芝巧';

// Where hukou comes from: mostly 蜀山区, some elsewhere in Anhui (migrants keep their hukou).
const AREAS: [code: string, place: string, weight: number][] = [
  ['340104', '安徽省合肥市蜀山区', 70],
  ['340102', '安徽省合肥市瑶海区', 5],
  ['340123', '安徽省合肥市肥西县', 5],
  ['341221', '安徽省阜阳市临泉县', 5],
  ['342221', '安徽省宿州市砀山县', 4],
  ['340321', '安徽省蚌埠市怀远县', 4],
  ['341523', '安徽省六安市舒城县', 4],
  ['340824', '安徽省安庆市潜山市', 3],
];

const ESTATES: Record<string, string[]> = {
  '340104006001': ['团安新村', '团安花园'],
  '340104006002': ['青阳路小区', '青阳新苑'],
  '340104006003': ['清溪苑', '清溪小区'],
  '340104006004': ['陈村路小区', '陈村花园'],
  '340104006005': ['家家景园', '家家景园二期'],
  '340104006006': ['龙居花园', '龙居山庄'],
};

const pick = <T>(r: () => number, xs: readonly T[] | string): T => xs[Math.floor(r() * xs.length)] as T;

function weighted<T>(r: () => number, items: [T, number][]): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1][0];
}

function surname(r: () => number): string {
  // A power law over the list: the first surnames are much more common.
  return SURNAMES[Math.min(SURNAMES.length - 1, Math.floor(SURNAMES.length * r() ** 2.2))];
}

function givenName(r: () => number, male: boolean, year: number): string {
  const pool = year < 1960 ? (male ? OLD_MALE + MALE : OLD_FEMALE + FEMALE) : male ? MALE : FEMALE;
  return r() < 0.35 ? pick<string>(r, pool) : pick<string>(r, pool) + pick<string>(r, pool);
}

function birthDate(r: () => number, year: number): string {
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mobile(r: () => number): string {
  return `1${pick(r, '3456789')}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`;
}

export interface CommunityPlan {
  code: string;
  name: string;
  households: number;
  grids: string[];
}

/** People and households of one community, as of a reference year. */
export function demoPopulation(c: CommunityPlan, refYear = 2026): DemoSubject[] {
  const r = rng(Number(c.code.slice(-6)) * 7919);
  const out: DemoSubject[] = [];
  const estates = ESTATES[c.code] ?? [`${c.name.replace(/社区$/, '')}小区`];
  let seq = 0;
  const ids = new Set<string>();
  for (let h = 0; h < c.households; h++) {
    const estate = estates[h % estates.length];
    const building = 1 + Math.floor(h / 24);
    const unit = 1 + Math.floor((h % 24) / 8);
    const room = `${1 + Math.floor((h % 8) / 2)}0${1 + (h % 2)}`;
    const address = `安徽省合肥市蜀山区五里墩街道${estate}${building}栋${unit}单元${room}室`;
    const grid = c.grids[Math.min(c.grids.length - 1, Math.floor((h / c.households) * c.grids.length))];
    const householdNumber = `${c.code.slice(6)}${String(h + 1).padStart(5, '0')}`;
    const [area, place] = weighted(
      r,
      AREAS.map(([code, p, w]) => [[code, p] as const, w]),
    );
    const family = surname(r);
    // Age of the householder, in brackets near an urban Hefei community's (about 4 % of people 80+).
    const [lo, hi] = weighted<[number, number]>(r, [
      [[25, 39], 30],
      [[40, 59], 38],
      [[60, 74], 21],
      [[75, 84], 8],
      [[85, 96], 3],
    ]);
    const headAge = lo + Math.floor(r() * (hi - lo + 1));
    const members: { rel: string; male: boolean; year: number; surname: string }[] = [];
    const headMale = r() < 0.62;
    members.push({ rel: '02', male: headMale, year: refYear - headAge, surname: family });
    const alone = headAge >= 70 && r() < 0.28;
    if (!alone && r() < 0.78)
      members.push({
        rel: '10',
        male: !headMale,
        year: refYear - headAge + Math.floor(r() * 7) - 3,
        surname: surname(r),
      });
    if (!alone && headAge < 62) {
      const kids = r() < 0.25 ? 0 : r() < 0.7 ? 1 : 2;
      for (let k = 0; k < kids; k++) {
        const male = r() < 0.52;
        members.push({
          rel: male ? '20' : '30',
          male,
          year: Math.min(refYear - 1, refYear - headAge + 23 + Math.floor(r() * 8)),
          surname: family,
        });
      }
      if (headAge < 50 && r() < 0.15)
        members.push({
          rel: '50',
          male: r() < 0.4,
          year: refYear - headAge - 27 - Math.floor(r() * 4),
          surname: family,
        });
    }
    const dibao = r() < 0.015;
    let headName = '';
    for (const m of members) {
      const born = birthDate(r, m.year);
      let sequence = 1 + Math.floor(r() * 996) + (seq++ % 2);
      let id = makeIdNumber(area, born, sequence, m.male ? 'male' : 'female');
      while (ids.has(id)) id = makeIdNumber(area, born, (sequence += 2), m.male ? 'male' : 'female');
      ids.add(id);
      const name = m.surname + givenName(r, m.male, m.year);
      const age = refYear - m.year;
      const values: Record<string, string> = {
        name,
        gender: m.male ? '1' : '2',
        ethnicity: r() < 0.985 ? '01' : '03',
        birth_date: born,
        id_number: id,
        hukou_address:
          area === '340104'
            ? address
            : `${place}${pick(r, ['城关镇', '新华街道', '和平路'])}${1 + Math.floor(r() * 200)}号`,
        residence_address: address,
        household_number: householdNumber,
        relation_to_householder: m.rel,
        hukou_category: area === '340104' ? '3' : r() < 0.5 ? '2' : '3',
        marital_status:
          age < 22 ? '10' : m.rel === '02' && !members.some((x) => x.rel === '10') && age > 70 ? '30' : '20',
      };
      if (age >= 16 && r() < 0.92) values.mobile = mobile(r);
      if (age >= 60 && age < 75 && r() < 0.05) values.living_alone = alone ? 'true' : 'false';
      if (alone) values.living_alone = 'true';
      if (r() < 0.035 && age >= 18) {
        values.disability = 'true';
        values.disability_category = pick(r, ['1', '2', '4', '4', '4', '5', '6', '7']);
        values.disability_grade = pick(r, ['1', '2', '2', '3', '3', '4', '4', '4']);
      }
      if (m.male && age >= 35 && age < 80 && r() < 0.04) values.veteran = 'true';
      out.push({ type: 'resident', key: id, name, communityCode: c.code, gridCode: grid, values });
      if (m.rel === '02') {
        headName = name;
      }
    }
    out.push({
      type: 'household',
      key: householdNumber,
      name: `${headName}户`,
      communityCode: c.code,
      gridCode: grid,
      values: {
        household_number: householdNumber,
        household_size: String(members.length),
        family_address: address,
        ...(dibao ? { dibao_household: 'true' } : {}),
      },
    });
  }
  return out;
}
