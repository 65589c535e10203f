// The 社区人员 list (staff per community for burden capacity): paged and searched in SQL, narrowed by
// district or street and by 未录入, each test on its own district of 试验市 (builders).
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

interface Row {
  code: string;
  name: string;
  streetName: string;
  staff: number | null;
}
interface Reply {
  items: Row[];
  total: number;
  page: number;
  pageSize: number;
}

describeEachDatabase(
  'burden capacity list',
  (env) => {
    it('pages the city for an admin, filters by district/street and by 未录入, and searches', async () => {
      // Two streets of four communities: 翠竹 枫林 桂园 荷塘 and 枫林 桂园 荷塘 兰亭.
      const d = await env().build.district({ streets: 2, communities: 4 });
      const [first, second] = d.streets;
      const lanting = second.communities[3];
      const admin = (await env().build.admin()).agent;
      const get = async (query: string): Promise<Reply> => {
        const r = await admin.get(`/api/v1/burden/capacity?${query}`);
        expect(r.statusCode, r.body).toBe(200);
        return r.json();
      };
      // The admin's city holds the district's eight communities, in code order, a page at a time.
      const city = await get('pageSize=200');
      expect(city.items.filter((c) => c.code.startsWith(d.code)).map((c) => c.code)).toEqual(d.communities);
      const all = await get(`org=${d.code}&pageSize=3`);
      expect(all.total).toBe(8);
      expect(all.items.map((c) => c.code)).toEqual(d.communities.slice(0, 3));
      const last = await get(`org=${d.code}&pageSize=3&page=3`);
      expect(last.items.map((c) => c.code)).toEqual(d.communities.slice(6));

      // A street filter keeps only that street's communities, named with their street.
      const street = await get(`org=${second.code}&pageSize=200`);
      expect(street.total).toBe(4);
      expect(street.items.every((c) => c.code.startsWith(second.code) && c.code.length === 12)).toBe(true);
      expect(street.items.find((c) => c.code === lanting)).toMatchObject({ name: '兰亭社区', streetName: second.name });

      // 未录入 and 已录入 split the list; a saved community leaves 未录入.
      const entered0 = await admin.request('PUT', '/api/v1/burden/capacity', {
        items: [{ community: first.communities[0], staff: 6 }],
      });
      expect(entered0.statusCode, entered0.body).toBe(204);
      const missing = await get(`org=${d.code}&status=missing&pageSize=200`);
      const entered = await get(`org=${d.code}&status=entered&pageSize=1`);
      expect(missing.total).toBe(7);
      expect(entered.items).toEqual([expect.objectContaining({ code: first.communities[0], staff: 6 })]);
      expect(missing.total + entered.total).toBe(all.total);
      expect(missing.items.every((c) => c.staff === null)).toBe(true);
      const target = missing.items[0]!;
      const put = await admin.request('PUT', '/api/v1/burden/capacity', {
        items: [{ community: target.code, staff: 7 }],
      });
      expect(put.statusCode, put.body).toBe(204);
      const after = await get(`org=${d.code}&status=missing&pageSize=200`);
      expect(after.total).toBe(missing.total - 1);
      expect(after.items.some((c) => c.code === target.code)).toBe(false);

      // Search by name, pinyin initials and code prefix.
      const q = (term: string, org = d.code) => get(`org=${org}&q=${encodeURIComponent(term)}`);
      expect((await q('兰亭')).items.map((c) => c.code)).toEqual([lanting]);
      expect((await q('LTSQ')).items.map((c) => c.code)).toEqual([lanting]);
      expect((await q('fl')).items.map((c) => c.code)).toEqual([first.communities[1], second.communities[0]]);
      expect((await q(lanting)).items.map((c) => c.code)).toEqual([lanting]);
      expect((await q(second.code)).total).toBe(4);
      expect((await q('没有这个社区')).total).toBe(0);
      // Filters combine: the street and a search that matches elsewhere only.
      expect((await q(lanting, first.code)).total).toBe(0);
      expect((await q('兰亭', first.code)).total).toBe(0);
    });

    it('keeps a street officer to its own street, for reading and for setting', async () => {
      const d = await env().build.district({ streets: 2, communities: 3 });
      const [own, other] = d.streets;
      const street = (await env().build.streetOfficer(own.code)).agent;
      const mine = await street.get('/api/v1/burden/capacity?pageSize=200');
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json().items.map((c: Row) => c.code)).toEqual(own.communities);
      expect((await street.get(`/api/v1/burden/capacity?org=${other.code}`)).statusCode).toBe(403);
      expect((await street.get(`/api/v1/burden/capacity?org=${d.code}`)).statusCode).toBe(403);
      const set = await street.request('PUT', '/api/v1/burden/capacity', {
        items: [{ community: own.communities[0], staff: 5 }],
      });
      expect(set.statusCode, set.body).toBe(204);
      const refused = await street.request('PUT', '/api/v1/burden/capacity', {
        items: [{ community: other.communities[0], staff: 3 }],
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      const bad = await street.get('/api/v1/burden/capacity?status=all');
      expect(bad.statusCode).toBe(422);
    });
  },
  { demo: false },
);
