// Dispatch, refusal and the register of informal demands, each test on its own small district of
// 试验市 (builders), with every date relative to the test's clock.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { TEST_PASSWORD } from '../../testing/builders.js';
import { multipart } from '../../testing/multipart.js';

/** A district with its 民政局 officer and an admitted quarterly task of 民政局 over the whole district. */
async function minzhengWorld(env: TestEnv, opts: { streets?: number } = {}) {
  const d = await env.build.district({ streets: opts.streets ?? 1, communities: 3 });
  const officer = (await env.build.officer(d)).agent;
  const admission = await env.build.admission(d);
  return { d, officer, admission };
}

async function inboxItem(env: TestEnv, community: string, dispatchId: number) {
  const worker = (await env.build.worker(community, '陈晓雯')).agent;
  const inbox = (await worker.get(`/api/v1/communities/${community}/inbox`)).json();
  return { worker, item: inbox.items.find((i: { dispatchId: number }) => i.dispatchId === dispatchId) };
}

describeEachDatabase(
  'dispatch and refusal',
  (env) => {
    it('dispatches to three communities; a worker refuses one; the department sees 2 open and 1 refused', async () => {
      const { d, officer, admission } = await minzhengWorld(env());
      const dueDate = env().dates.daysFromToday(25);
      const res = await officer.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '第四季度高龄津贴资格认证',
        instructions: '请于月底前核对名单，上门协助未认证老人完成认证，无需拍照。',
        dueDate,
        targets: { type: 'communities', codes: d.communities },
      });
      expect(res.statusCode, res.body).toBe(201);
      const dispatch = res.json();
      expect(dispatch.counts).toMatchObject({ total: 3, new: 3 });
      expect(dispatch.admission.number).toBe(admission.number);
      expect(admission.number).toMatch(
        new RegExp(`^${d.abbreviation}准〔${env().dates.daysFromToday(-40).slice(0, 4)}〕1号$`),
      );

      const { worker, item } = await inboxItem(env(), d.communities[2], dispatch.id);
      expect(item).toMatchObject({ admissionNumber: admission.number, status: 'new', dueDate });
      expect(item.burden.hoursPerCommunityYear).toBeGreaterThan(0);
      expect(item.allowedActions).toEqual(['acknowledge', 'start', 'complete', 'refuse']);

      const noText = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
        action: 'refuse',
        reason: 'no_resources',
      });
      expect(noText.statusCode).toBe(422);
      const refused = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
        action: 'refuse',
        reason: 'no_resources',
        text: '未配发认证终端，也未安排经费',
      });
      expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: 'no_resources' });
      expect(
        (await worker.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'complete', note: 'x' })).statusCode,
      ).toBe(409);
      // The tabs' counts come with any page of the inbox, whatever tab is asked for.
      const tabs = (await worker.get(`/api/v1/communities/${d.communities[2]}/inbox?status=new&pageSize=1`)).json();
      expect(tabs.items).toEqual([]);
      expect(tabs.counts).toMatchObject({ all: 1, new: 0, refused: 1, overdue: 0, done: 0 });

      const progress = (await officer.get(`/api/v1/dispatches/${dispatch.id}`)).json();
      expect(progress.counts).toMatchObject({ total: 3, new: 2, refused: 1 });
      expect(
        progress.items.find((i: { community: { code: string } }) => i.community.code === d.communities[2]).refusalText,
      ).toBe('未配发认证终端，也未安排经费');
      const reviewer = (await env().build.reviewer(d)).agent;
      const refusals = (await reviewer.get('/api/v1/refusals')).json();
      expect(refusals.items.map((r: { dispatchId: number }) => r.dispatchId)).toContain(dispatch.id);
      const mine = (await officer.get('/api/v1/refusals')).json();
      expect(mine.items.some((r: { refusalReason: string }) => r.refusalReason === 'no_resources')).toBe(true);

      const xlsx = await officer.get(`/api/v1/dispatches/${dispatch.id}/progress.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    });

    it('marks an open item overdue the day after its due date, on the clock', async () => {
      const { d, officer, admission } = await minzhengWorld(env());
      const dueDate = env().dates.daysFromToday(3);
      const sent = (
        await officer.post('/api/v1/dispatches', {
          admissionId: admission.id,
          title: '名单核对',
          dueDate,
          targets: { type: 'communities', codes: [d.communities[0]] },
        })
      ).json();
      const { username } = await env().build.worker(d.communities[0]);
      const status = async () => {
        // A fresh login each time: four days on, yesterday's session has ended.
        const worker = await env().login(username, TEST_PASSWORD);
        return (await worker.get(`/api/v1/communities/${d.communities[0]}/inbox`))
          .json()
          .items.find((i: { dispatchId: number }) => i.dispatchId === sent.id).status;
      };
      expect(await status()).toBe('new');
      env().clock.advanceDays(4);
      try {
        expect(await status()).toBe('overdue');
      } finally {
        env().clock.advanceDays(-4);
      }
    });

    it('opens the reviewer’s 社区待办 on the street with the most open and overdue work', async () => {
      const { d, officer, admission } = await minzhengWorld(env(), { streets: 2 });
      const orgs = env().ctx.services.orgs;
      const streetOf = async (c: string) => (await orgs.find(c))!.parentCode!;
      const [first, second] = d.streets.map((s) => s.code);
      const ofSecond = [];
      for (const c of d.communities) if ((await streetOf(c)) === second) ofSecond.push(c);
      expect(ofSecond.length).toBeGreaterThan(0);
      const res = await officer.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '名单核对',
        dueDate: env().dates.daysFromToday(3),
        targets: { type: 'communities', codes: ofSecond },
      });
      expect(res.statusCode, res.body).toBe(201);
      const reviewer = (await env().build.reviewer(d)).agent;
      const w = (await reviewer.get('/api/v1/communities/workload')).json();
      expect(w.defaultStreet).toBe(second);
      expect(w.streets[0]).toEqual({ code: second, open: ofSecond.length, overdue: 0 });
      expect(w.streets.find((s: { code: string }) => s.code === first)).toBeUndefined();
      // The street officer sees her own street only; a worker may not ask.
      const street = (await env().build.streetOfficer(first)).agent;
      expect((await street.get('/api/v1/communities/workload')).json()).toEqual({ streets: [], defaultStreet: null });
      const worker = (await env().build.worker(ofSecond[0])).agent;
      expect((await worker.get('/api/v1/communities/workload')).statusCode).toBe(403);
    });

    it('lets a worker acknowledge, work on and complete with a note and an attachment', async () => {
      const { d, officer, admission } = await minzhengWorld(env());
      const sent = (
        await officer.post('/api/v1/dispatches', {
          admissionId: admission.id,
          title: '认证名单复核',
          dueDate: env().dates.daysFromToday(14),
          targets: { type: 'communities', codes: [d.communities[0]] },
        })
      ).json();
      const { worker, item } = await inboxItem(env(), d.communities[0], sent.id);
      expect(
        (await worker.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'acknowledge' })).json().status,
      ).toBe('acknowledged');
      expect((await worker.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'complete' })).statusCode).toBe(
        422,
      );
      const form = multipart({ data: JSON.stringify({ action: 'complete', note: '已核对 162 人，4 人上门认证' }) }, [
        { name: 'files', filename: '核对结果.pdf', type: 'application/pdf', body: Buffer.from('%PDF-1.4 result') },
      ]);
      const done = await worker.request('POST', `/api/v1/inbox-items/${item.id}/actions`, form.body, {
        'content-type': form.contentType,
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().status).toBe('done');
      const detail = (await officer.get(`/api/v1/dispatches/${sent.id}`)).json();
      const file = detail.items[0].attachments[0];
      expect(file).toMatchObject({ filename: '核对结果.pdf', contentType: 'application/pdf' });
      const download = await officer.get(`/api/v1/attachments/${file.id}`);
      expect(download.body).toBe('%PDF-1.4 result');
      const other = await env().build.district();
      const otherOfficer = (await env().build.officer(other)).agent;
      expect((await otherOfficer.get(`/api/v1/attachments/${file.id}`)).statusCode).toBe(403);
    });

    it('refuses a dispatch that demands photo proof, naming the field', async () => {
      const { officer, admission } = await minzhengWorld(env());
      const res = await officer.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '入户认证',
        instructions: '每户拍照上传作为工作留痕',
        dueDate: env().dates.daysFromToday(20),
        targets: { type: 'all', codes: [] },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field: 'instructions', reason: 'photo_proof_forbidden' }),
      ]);
    });

    it('answers 409 under an expired number and outside the admitted scope, and saves nothing', async () => {
      const { d, officer, admission } = await minzhengWorld(env(), { streets: 2 });
      const dates = env().dates;
      const before = (await officer.get('/api/v1/dispatches')).json().total;
      const expired = await env().build.admission(d, {
        title: '困难群众排查',
        decidedDaysAgo: 800,
        startDate: dates.daysFromToday(-790),
        expiryDate: dates.daysFromToday(-30),
      });
      const res = await officer.post('/api/v1/dispatches', {
        admissionId: expired.id,
        title: '排查',
        dueDate: dates.daysFromToday(20),
        targets: { type: 'all', codes: [] },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'admission_expired', title: '准入已过期，不能派单' });

      // 统计局's survey covers the first street only, and is not the 民政局's own number.
      const survey = await env().build.admission(d, {
        title: '居民收支抽样调查协助',
        kind: 'survey',
        departmentKind: 'tongji',
        scope: { type: 'streets', codes: [d.streets[0].code] },
      });
      const notOwn = await officer.post('/api/v1/dispatches', {
        admissionId: survey.id,
        title: 'x',
        dueDate: dates.daysFromToday(20),
        targets: { type: 'all', codes: [] },
      });
      expect(notOwn.statusCode).toBe(403);
      const tongji = (await env().build.officer(d, 'tongji')).agent;
      const outsideStreet = await tongji.post('/api/v1/dispatches', {
        admissionId: survey.id,
        title: '越界派单',
        dueDate: dates.daysFromToday(20),
        targets: { type: 'communities', codes: [d.streets[1].communities[0]] },
      });
      expect(outsideStreet.statusCode).toBe(409);
      expect(outsideStreet.json().code).toBe('outside_admission_scope');
      const other = await env().build.district();
      const otherDistrict = await officer.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '越界派单',
        dueDate: dates.daysFromToday(20),
        targets: { type: 'communities', codes: [other.communities[0]] },
      });
      expect(otherDistrict.statusCode).toBe(409);
      expect(otherDistrict.json().code).toBe('outside_admission_scope');
      expect((await officer.get('/api/v1/dispatches')).json().total).toBe(before);
      expect((await tongji.get('/api/v1/dispatches')).json().total).toBe(0);
    });

    it('refuses an attachment that is too large (413) or of a forbidden type (415), saving nothing', async () => {
      const { d, officer, admission } = await minzhengWorld(env());
      const before = (await officer.get('/api/v1/dispatches')).json().total;
      const data = JSON.stringify({
        admissionId: admission.id,
        title: '附件测试',
        dueDate: env().dates.daysFromToday(20),
        targets: { type: 'communities', codes: [d.communities[0]] },
      });
      const big = multipart({ data }, [
        {
          name: 'files',
          filename: '名单.pdf',
          type: 'application/pdf',
          body: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(11 * 1024 * 1024)]),
        },
      ]);
      const tooLarge = await officer.request('POST', '/api/v1/dispatches', big.body, {
        'content-type': big.contentType,
      });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json()).toMatchObject({
        code: 'attachment_too_large',
        title: '附件过大：每个附件不超过 10 MB',
      });
      const exe = multipart({ data }, [
        { name: 'files', filename: 'setup.exe', type: 'application/octet-stream', body: Buffer.from('MZ\u0090\u0000') },
      ]);
      const wrongType = await officer.request('POST', '/api/v1/dispatches', exe.body, {
        'content-type': exe.contentType,
      });
      expect(wrongType.statusCode).toBe(415);
      expect(wrongType.json().code).toBe('attachment_type');
      const disguised = multipart({ data }, [
        { name: 'files', filename: '通知.pdf', type: 'application/pdf', body: Buffer.from('MZ\u0090\u0000') },
      ]);
      expect(
        (
          await officer.request('POST', '/api/v1/dispatches', disguised.body, {
            'content-type': disguised.contentType,
          })
        ).statusCode,
      ).toBe(415);
      expect((await officer.get('/api/v1/dispatches')).json().total).toBe(before);
    });

    it('keeps inboxes to their community and dispatches to their department', async () => {
      const { d, officer, admission } = await minzhengWorld(env(), { streets: 2 });
      const [first, second] = d.streets[0].communities;
      await officer.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '名单核对',
        dueDate: env().dates.daysFromToday(20),
        targets: { type: 'all', codes: [] },
      });
      const worker = (await env().build.worker(first)).agent;
      expect((await worker.get(`/api/v1/communities/${first}/inbox`)).statusCode).toBe(200);
      const other = await worker.get(`/api/v1/communities/${second}/inbox`);
      expect(other.statusCode).toBe(403);
      expect(other.json().code).toBe('out_of_scope');
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      expect((await street.get(`/api/v1/communities/${second}/inbox`)).statusCode).toBe(200);
      expect((await street.get(`/api/v1/communities/${d.streets[1].communities[0]}/inbox`)).statusCode).toBe(403);

      const mine = (await officer.get('/api/v1/dispatches')).json();
      expect(mine.total).toBe(1);
      const elsewhere = (await env().build.officer(await env().build.district())).agent;
      expect((await elsewhere.get('/api/v1/dispatches')).json().total).toBe(0);
      expect((await elsewhere.get(`/api/v1/dispatches/${mine.items[0].id}`)).statusCode).toBe(403);
      // Only the community's own workers act on its items.
      const item = (await street.get(`/api/v1/communities/${second}/inbox?status=open`)).json().items[0];
      expect((await street.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'acknowledge' })).statusCode).toBe(
        403,
      );
    });
  },
  { demo: false },
);

describeEachDatabase(
  'register of informal demands',
  (env) => {
    it('records an anonymous phone demand; the reviewer and department see it without the reporter', async () => {
      const d = await env().build.district();
      const worker = (await env().build.worker(d.communities[0], '陈晓雯')).agent;
      const res = await worker.post('/api/v1/informal-demands', {
        departmentCode: d.department('renshe'),
        occurredOn: env().dates.daysFromToday(-3),
        channel: 'phone',
        content: '电话要求当天报送辖区灵活就业人员名单',
        estimatedMinutes: 180,
        anonymous: true,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().reporter).toBe('陈晓雯'); // the worker's own community sees who reported
      const id = res.json().id;

      const reviewer = (await env().build.reviewer(d, '周立新')).agent;
      const seen = (await reviewer.get('/api/v1/informal-demands'))
        .json()
        .items.find((x: { id: number }) => x.id === id);
      expect(seen).toMatchObject({ anonymous: true, reporter: null, channel: 'phone', estimatedMinutes: 180 });
      expect(JSON.stringify(seen)).not.toContain('陈晓雯');
      const summary = (await reviewer.get('/api/v1/informal-demands/summary')).json();
      expect(
        summary.find((s: { department: { code: string } }) => s.department.code === d.department('renshe')),
      ).toMatchObject({ entries: 1, hours: 3, open: 1 });

      const dept = (await env().build.officer(d, 'renshe')).agent;
      const deptView = (await dept.get('/api/v1/informal-demands')).json();
      expect(deptView.items).toHaveLength(1);
      expect(deptView.items[0].reporter).toBeNull();
      const minzheng = (await env().build.officer(d)).agent;
      expect(
        (await minzheng.get('/api/v1/informal-demands')).json().items.map((x: { id: number }) => x.id),
      ).not.toContain(id);

      const noReason = await reviewer.post(`/api/v1/informal-demands/${id}/reveal`, { reason: ' ' });
      expect(noReason.statusCode).toBe(422);
      const revealed = (
        await reviewer.post(`/api/v1/informal-demands/${id}/reveal`, { reason: '需向登记人核实通话时间' })
      ).json();
      expect(revealed.reporter).toBe('陈晓雯');
      expect(revealed.reveals[0]).toMatchObject({ by: '周立新', reason: '需向登记人核实通话时间' });

      const asked = (
        await reviewer.post(`/api/v1/informal-demands/${id}/review`, {
          action: 'request_application',
          note: '请人社局就名单报送申请准入',
        })
      ).json();
      expect(asked.status).toBe('asked_to_apply');
      const resolved = (
        await reviewer.post(`/api/v1/informal-demands/${id}/review`, {
          action: 'resolve',
          note: '人社局已改为数据共享',
        })
      ).json();
      expect(resolved.status).toBe('resolved');
      expect(
        (await reviewer.post(`/api/v1/informal-demands/${id}/review`, { action: 'warn', note: 'x' })).statusCode,
      ).toBe(409);
    });

    it('refuses a department outside the community’s district and a future date', async () => {
      const d = await env().build.district();
      const other = await env().build.district();
      const worker = (await env().build.worker(d.communities[0])).agent;
      const res = await worker.post('/api/v1/informal-demands', {
        departmentCode: other.department('minzheng'),
        occurredOn: env().dates.daysFromToday(1),
        channel: 'chat_group',
        content: '群里要求接龙',
        estimatedMinutes: 30,
        anonymous: false,
      });
      expect(res.statusCode).toBe(422);
      expect(
        res
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['departmentCode', 'occurredOn']);
      // The city's departments are above the community too.
      const own = await worker.post('/api/v1/informal-demands', {
        departmentCode: '9901-gongan',
        occurredOn: env().dates.today(),
        channel: 'meeting',
        content: '会议要求',
        estimatedMinutes: 60,
        anonymous: false,
      });
      expect(own.statusCode, own.body).toBe(201);
      const otherReviewer = (await env().build.reviewer(other)).agent;
      expect(
        (await otherReviewer.post(`/api/v1/informal-demands/${own.json().id}/review`, { action: 'warn', note: 'x' }))
          .statusCode,
      ).toBe(403);
    });
  },
  { demo: false },
);
