// One rule engine (issue 12 §5): an application that asks for photos as proof is blocked at the
// pre-check, at submission and again at approval — the wording a dispatch is refused for.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { goodDraft } from '../../testing/drafts.js';
import { approveSubmitted } from '../../testing/review.js';

const PHOTO = '填写入户核查表并拍照上传系统';

async function world(env: TestEnv) {
  await env.build.cityCatalogue();
  const d = await env.build.district({ streets: 1, communities: 3 });
  const officer = (await env.build.officer(d, 'minzheng', '张海燕')).agent;
  const reviewer = (await env.build.reviewer(d, '周立新')).agent;
  return { d, officer, reviewer, draft: { ...goodDraft(env.dates, d), title: '居家安全入户核查' } };
}

describeEachDatabase('one rule engine for applications and dispatch', (env) => {
  it('blocks photo proof at the live pre-check and at submission, naming the phrase', async () => {
    const { officer, draft } = await world(env());
    const live = await officer.post('/api/v1/admissions/precheck', { ...draft, description: PHOTO });
    expect(live.statusCode, live.body).toBe(200);
    const rule = live.json().checks.find((c: { rule: string }) => c.rule === 'photo_proof');
    expect(rule).toMatchObject({ verdict: 'block' });
    expect(rule.message).toContain('拍照上传');
    expect(rule.fieldErrors).toEqual([expect.objectContaining({ field: 'description' })]);

    const created = await officer.post('/api/v1/admissions', { ...draft, description: PHOTO });
    expect(created.statusCode, created.body).toBe(201); // a draft may be saved …
    const submit = await officer.post(`/api/v1/admissions/${created.json().id}/actions`, { action: 'submit' });
    expect(submit.statusCode).toBe(409); // … but not submitted
    expect(submit.json().code).toBe('precheck_blocked');
    expect(submit.json().checks.map((c: { rule: string }) => c.rule)).toEqual(['photo_proof']);
    // Asking for a negative-list override does not lift it.
    const override = await officer.post(`/api/v1/admissions/${created.json().id}/actions`, {
      action: 'request_override',
      reason: '确需照片',
    });
    expect(override.statusCode).toBe(409);
    expect(override.json().code).toBe('nothing_to_override');
  });

  it('blocks the approval of an application whose text asks for photos, judged as it stands', async () => {
    const { officer, reviewer, draft } = await world(env());
    const { id } = (await officer.post('/api/v1/admissions', draft)).json();
    expect((await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' })).statusCode).toBe(200);
    // Submitted before the rule held (as the 入户核查表 application was): its text asks for photos.
    await env().ctx.database.db.updateTable('admissions').set({ description: PHOTO }).where('id', '=', id).execute();
    // Reviewed as any other (consulted if a 协助 item, approved with an opinion): the rules still hold.
    const approve = await approveSubmitted(env(), reviewer, id);
    expect(approve.statusCode).toBe(409);
    expect(approve.json().code).toBe('precheck_blocked');
    expect(approve.json().checks).toEqual([expect.objectContaining({ rule: 'photo_proof', verdict: 'block' })]);
    const after = (await reviewer.get(`/api/v1/admissions/${id}`)).json();
    expect(after.status).not.toBe('approved');
    expect(after.number).toBeNull();
  });

  it('refuses the same wording at dispatch', async () => {
    const { d, officer } = await world(env());
    const admission = await env().build.admission(d);
    const res = await officer.post('/api/v1/dispatches', {
      admissionId: admission.id,
      title: '居家安全入户核查',
      instructions: PHOTO,
      dueDate: env().dates.daysFromToday(20),
      targets: { type: 'all', codes: [] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'instructions', reason: 'photo_proof_forbidden' }),
    ]);
    // … and work on the negative list, sent under a number admitted for something else.
    const cert = await officer.post('/api/v1/dispatches', {
      admissionId: admission.id,
      title: '请社区为居民开具亲属关系证明',
      instructions: '为辖区居民开具亲属关系证明',
      dueDate: env().dates.daysFromToday(20),
      targets: { type: 'all', codes: [] },
    });
    expect(cert.statusCode).toBe(422);
    expect(cert.json().errors).toEqual([
      expect.objectContaining({ field: 'instructions', reason: 'negative_list_item' }),
    ]);
    expect(cert.json().errors[0].message).toContain('亲属关系');
  });

  it('shows "not checked" for a blank form, never a pass', async () => {
    const { officer } = await world(env());
    const res = (await officer.post('/api/v1/admissions/precheck', {})).json();
    const verdict = (rule: string) => res.checks.find((c: { rule: string }) => c.rule === rule)?.verdict;
    expect(verdict('negative_list')).toBe('unchecked');
    expect(verdict('photo_proof')).toBe('unchecked');
    expect(verdict('duplicates')).toBe('unchecked');
    expect(res.checks.map((c: { verdict: string }) => c.verdict)).not.toContain('pass');
  });
});
