// The public check reads a number however a person types it (issue 12 §3): every bracket, 年, 第,
// spaces, full-width digits. An unknown number suggests the nearest real ones of its jurisdiction.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describeEachDatabase('admission numbers as typed', (env) => {
  it('answers valid for each way of writing a valid number, and for its code', async () => {
    const d = await env().build.district();
    const { number, decided } = await env().build.admission(d);
    // The number carries the year of its decision (40 days ago: last year in early January), not today's.
    const year = decided.slice(0, 4);
    const a = d.abbreviation;
    expect(number).toBe(`${a}准〔${year}〕1号`);
    const variants = [
      number,
      `${a}准【${year}】1号`,
      `${a}准（${year}）1号`,
      `${a}准(${year})1号`,
      `${a}准[${year}]1号`,
      `${a}准${year}年1号`,
      `${a}准〔${year}〕1 号`,
      ` ${a}准 〔${year}〕1号 `,
      fullWidth(number),
      fullWidth(`${a}准（${year}）1号`),
      `${a}准〔${year}〕第1号`,
      `${a}准${year}年第1号`,
      `${a}准(${year}】1号`,
    ];
    for (const v of variants) {
      const res = await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(v)}`);
      expect(res.statusCode, v).toBe(200);
      expect(res.json(), v).toMatchObject({ status: 'valid', number, query: v });
    }
    const view = (await env().ctx.services.admission.viewByNumber(number))!;
    const code = fullWidth(view.code!.replace(/-0+(\d)/, '-$1'));
    expect((await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(code)}`)).json().number).toBe(number);
  });

  it('suggests the nearest real numbers of the same jurisdiction for an unknown one', async () => {
    const d = await env().build.district();
    const first = await env().build.admission(d, { title: '高龄津贴资格认证' });
    const second = await env().build.admission(d, { title: '独居老人定期探访' });
    const year = first.decided.slice(0, 4);
    const typed = `${d.abbreviation}准（${year}）3号`;
    const res = (await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(typed)}`)).json();
    expect(res.status).toBe('unknown');
    expect(res.suggestions.map((s: { number: string }) => s.number)).toEqual([second.number, first.number]);
    expect(res.suggestions[0]).toMatchObject({ title: '独居老人定期探访', status: 'valid' });
    // Another jurisdiction's abbreviation suggests nothing of this one.
    const other = (
      await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(`渝准〔${year}〕1号`)}`)
    ).json();
    expect(other).toEqual({ status: 'unknown', query: `渝准〔${year}〕1号`, suggestions: [] });
  });

  it('finds a typed variant in the admission list search', async () => {
    const d = await env().build.district();
    const { number, decided } = await env().build.admission(d);
    const reviewer = (await env().build.reviewer(d)).agent;
    const q = fullWidth(`${d.abbreviation}准(${decided.slice(0, 4)})第1号`);
    const list = (await reviewer.get(`/api/v1/admissions?q=${encodeURIComponent(q)}`)).json();
    expect(list.items.map((a: { number: string }) => a.number)).toEqual([number]);
  });
});
