import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

const JIAJIA = '340104006005';
const WULIDUN = '340104006';

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

describeEachDatabase('burden capacity list', (env) => {
  it('pages the city for an admin, filters by district/street and by 未录入, and searches', async () => {
    const admin = await env().login('admin');
    const get = async (query: string): Promise<Reply> => {
      const r = await admin.get(`/api/v1/burden/capacity?${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    const all = await get('pageSize=20');
    expect(all.items).toHaveLength(20);
    expect(all.total).toBeGreaterThan(1000);

    // A street filter keeps only that street's communities, named with their street.
    const street = await get(`org=${WULIDUN}&pageSize=200`);
    expect(street.total).toBeGreaterThan(3);
    expect(street.total).toBeLessThan(50);
    expect(street.items.every((c) => c.code.startsWith(WULIDUN) && c.code.length === 12)).toBe(true);
    expect(street.items.find((c) => c.code === JIAJIA)).toMatchObject({
      name: '家家景园社区',
      streetName: '五里墩街道',
    });

    // 未录入 and 已录入 split the list; a saved community leaves 未录入.
    const missing = await get('status=missing&pageSize=200');
    const entered = await get('status=entered&pageSize=1');
    expect(missing.total).toBeGreaterThan(0);
    expect(missing.total + entered.total).toBe(all.total);
    expect(missing.items.every((c) => c.staff === null)).toBe(true);
    const target = missing.items[0]!;
    const put = await admin.request('PUT', '/api/v1/burden/capacity', {
      items: [{ community: target.code, staff: 7 }],
    });
    expect(put.statusCode, put.body).toBe(204);
    const after = await get('status=missing&pageSize=200');
    expect(after.total).toBe(missing.total - 1);
    expect(after.items.some((c) => c.code === target.code)).toBe(false);

    // Search by name, pinyin initials and code prefix.
    const byName = await get('q=家家景园');
    expect(byName.items.map((c) => c.code)).toContain(JIAJIA);
    const byInitials = await get('q=JJJY');
    expect(byInitials.items.map((c) => c.code)).toContain(JIAJIA);
    expect(byInitials.total).toBeLessThan(10);
    const byCode = await get(`q=${JIAJIA}`);
    expect(byCode.items.map((c) => c.code)).toEqual([JIAJIA]);
    expect((await get('q=没有这个社区')).total).toBe(0);
    // Filters combine: the street and a search that matches elsewhere only.
    expect((await get(`org=340104001&q=${JIAJIA}`)).total).toBe(0);
  });

  it('keeps a street officer to its own street, for reading and for setting', async () => {
    const street = await env().login('street.wulidun');
    const own = await street.get('/api/v1/burden/capacity?pageSize=200');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().items.every((c: Row) => c.code.startsWith(WULIDUN))).toBe(true);
    expect((await street.get('/api/v1/burden/capacity?org=340104001')).statusCode).toBe(403);
    expect((await street.get('/api/v1/burden/capacity?org=340104')).statusCode).toBe(403);
    const other = await street.request('PUT', '/api/v1/burden/capacity', {
      items: [{ community: '340104001001', staff: 3 }],
    });
    expect(other.statusCode).toBe(403);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
    const bad = await street.get('/api/v1/burden/capacity?status=all');
    expect(bad.statusCode).toBe(422);
  });
});
