// The Hefei demo tells its story: work in different states, dated on its intended days. (Module tests
// build their own small jurisdictions; only the demo's own tests read the demo.)
import { expect, it } from 'vitest';
import { chinaDate } from '#common/dates.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { quarterTitle } from './dispatch-seed.js';
import { storyOf } from './story.js';
import { historyNumbers } from './burden-history.js';

describeEachDatabase('the Hefei demo', (env) => {
  // The story as written for 2026-12-06, moved to the day the demo was loaded (the test clock's).
  const story = () => storyOf(env().clock.today());

  it('has demo work in different states in the communities of 五里墩街道', async () => {
    const worker = await env().login('worker.jiajia');
    const inbox = (await worker.get('/api/v1/communities/340104006005/inbox')).json();
    const byTitle = Object.fromEntries(inbox.items.map((i: { title: string; status: string }) => [i.title, i.status]));
    expect(byTitle[quarterTitle(story())]).toMatch(/in_progress|overdue/);
    expect(byTitle['高龄老人名单年度核对']).toBe('overdue'); // due 2026-11-25 as written, still open
    const officer = await env().login('dept.shushan.minzheng');
    const q4 = (await officer.get('/api/v1/dispatches'))
      .json()
      .items.find((d: { title: string }) => d.title === quarterTitle(story()));
    expect(q4.counts).toMatchObject({ total: 6, done: 1, refused: 1 });
  });

  it('dates the demo work on its intended days, not when the demo was loaded', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const annual = (await officer.get('/api/v1/dispatches'))
      .json()
      .items.find((d: { title: string }) => d.title === '高龄老人名单年度核对');
    // As written: sent on 2026-08-03 (the quarter before the quarterly batch: one a quarter is admitted),
    // well before its 2026-11-25 deadline.
    expect(chinaDate(annual.createdAt)).toBe(story().day('2026-08-03'));
    expect(annual.dueDate).toBe(story().date('2026-11-25'));
    const detail = (await officer.get(`/api/v1/dispatches/${annual.id}`)).json();
    const done = detail.items.find((i: { community: { code: string } }) => i.community.code === '340104006006');
    expect(chinaDate(done.acknowledgedAt)).toBe(story().day('2026-11-03'));
    expect(chinaDate(done.completedAt)).toBe(story().day('2026-11-19'));
  });
  it('gives the reviewer two demo applications awaiting review, one of them with a warning', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const queue = (await reviewer.get('/api/v1/admissions?queue=true')).json();
    const byTitle = Object.fromEntries(queue.items.map((a: { title: string }) => [a.title, a]));
    for (const [title, status] of [
      ['社区应急避难场所标识及物资年度核查', 'consultation'],
      ['共享单车停放秩序每周报送', 'submitted'],
    ]) {
      expect(byTitle[title], title).toMatchObject({ status, isDemo: true });
      expect(byTitle[title].clock.workingDaysLeft).toBeGreaterThan(0);
    }
    // The assist item was put to the street's six communities; two answered, 家家景园社区 has not yet.
    const consulted = (
      await reviewer.get(`/api/v1/admissions/${byTitle['社区应急避难场所标识及物资年度核查'].id}`)
    ).json();
    expect(consulted.consultationProgress).toMatchObject({ required: true, answered: 2, total: 6, done: false });
    expect(consulted.comments.map((c: { communityName: string }) => c.communityName)).toEqual([
      '团安村社区',
      '龙居社区',
    ]);
    const jiajia = (await (await env().login('worker.jiajia')).get('/api/v1/admissions/consultations')).json();
    expect(jiajia.map((a: { title: string }) => a.title)).toEqual(['社区应急避难场所标识及物资年度核查']);
    const verdicts = async (title: string) =>
      (await reviewer.get(`/api/v1/admissions/${byTitle[title].id}`))
        .json()
        .prechecks // 2027 has no official holiday schedule yet: the lead time is only a weekend count, a note.
        .filter(
          (c: { rule: string; verdict: string; message: string }) =>
            c.verdict !== 'pass' && !(c.rule === 'lead_time' && c.verdict === 'warn' && c.message.includes('尚未录入')),
        )
        .map((c: { rule: string; verdict: string }) => `${c.rule}:${c.verdict}`);
    expect(await verdicts('社区应急避难场所标识及物资年度核查')).toEqual([]);
    // An assist item with no funds, staff, training or equipment following it.
    expect(await verdicts('共享单车停放秩序每周报送')).toEqual(['funding:warn']);
  });

  it('logs the demo worker of 家家景园社区 in, marked as demo', async () => {
    const me = (await (await env().login('worker.jiajia')).get('/api/v1/auth/me')).json();
    expect(me).toMatchObject({ username: 'worker.jiajia', orgCode: '340104006005', isDemo: true });
    expect(me.org.path.map((p: { name: string }) => p.name)).toEqual(['安徽省', '合肥市', '蜀山区', '五里墩街道']);
  });

  it('holds one demo zombie (unused for 120 days) and the 创卫 group exited on its day', async () => {
    const worker = await env().login('worker.jiajia');
    const mine = (await worker.get('/api/v1/communities/340104006005/apps')).json();
    const byName = Object.fromEntries(mine.items.map((a: { name: string }) => [a.name, a]));
    expect(byName['垃圾分类桶边督导'].status).toBe('zombie');
    expect(mine.counts.zombie).toBe(1);
    expect(byName['五里墩街道创卫工作群']).toMatchObject({ status: 'exited' });
    expect(chinaDate(byName['五里墩街道创卫工作群'].exitedAt)).toBe(story().day('2026-07-31'));
    expect(byName['五里墩街道创卫巩固工作群'].status).toBe('active');
  });

  it('lists the demo admissions of 蜀山区 as valid, with their departments', async () => {
    const active = (await env().anon.get('/api/v1/public/admissions?jurisdiction=340104')).json();
    expect(active.length).toBeGreaterThanOrEqual(5);
    expect(new Set(active.map((a: { kind: string }) => a.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it('knows every admission number the burden history names: each has a public record, expired or revoked', async () => {
    const numbers = historyNumbers().map((h) => story().text(h.number));
    expect(numbers).toContain(story().text('蜀准〔2024〕3号'));
    for (const n of numbers) {
      const res = (await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(n)}`)).json();
      expect(res.number, n).toBe(n);
      expect(['expired', 'revoked'], n).toContain(res.status);
      expect(res.department.code).toMatch(/^340104-/);
    }
    // Later numbers of a kept year come after the kept ones.
    const reviewer = await env().login('reviewer.shushan');
    const all = (await reviewer.get('/api/v1/admissions?limit=200')).json();
    const codes = all.items.map((a: { code: string | null }) => a.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
