import { describe, expect, it } from 'vitest';
import { dispatchRuleErrors, hasText, photoProofFindings, photoProofPhrases, similarItems } from './work-rules.js';

describe('the photo-proof rule', () => {
  it('finds photo, screenshot and check-in proof, naming the phrase', () => {
    expect(photoProofPhrases('填写入户核查表并拍照上传系统')).toEqual(['核查表并拍照上传']);
    expect(photoProofPhrases('请各社区截图留痕并在群内接龙')).toEqual(['请各社区截图留痕并在']);
    expect(photoProofPhrases('每日在小程序打卡')).toHaveLength(1);
    expect(photoProofPhrases('活动结束后上传合影')).toHaveLength(1);
  });
  it('is not fooled where the text says proof is not wanted', () => {
    for (const t of [
      '如实填写走访记录即可，无需拍照，不得要求截图',
      '以认证完成率评价，不以照片考核',
      '以认证完成率和台账准确率评价，由区民政局抽查核实，不以照片、打卡作为考核依据，不对社区排名。',
      '小程序不设打卡、积分排名，不要求上传照片截图。',
      '核查结果由区应急管理局录入系统，社区不另填报表、不拍照留痕。',
      '按表格填写，10月底前完成',
    ])
      expect(photoProofPhrases(t), t).toEqual([]);
  });
  it('judges every text of an application, field by field', () => {
    expect(
      photoProofFindings({
        title: '入户核查',
        description: '填写入户核查表并拍照上传系统',
        assessment: '以照片数量考核',
      }),
    ).toEqual([
      { field: 'description', phrases: ['核查表并拍照上传'] },
      { field: 'assessment', phrases: ['以照片数量'] },
    ]);
  });
  it('refuses a dispatch that asks for it, with the same rule', () => {
    expect(dispatchRuleErrors({ title: '入户核查', instructions: '填写入户核查表并拍照上传系统' })).toEqual([
      { field: 'instructions', reason: 'photo_proof_forbidden' },
    ]);
    expect(dispatchRuleErrors({ title: '入户核查', instructions: '无需拍照' })).toEqual([]);
  });
  it('refuses a dispatch of negative-list work, unless its admission was overridden', () => {
    const negative = [{ code: 'N1', name: '开具亲属关系证明', source: 'cert_forbidden' }];
    const work = { title: '请社区为居民开具亲属关系证明' };
    expect(dispatchRuleErrors(work, negative)).toEqual([
      { field: 'instructions', reason: 'negative_list_item', params: { name: '开具亲属关系证明' } },
    ]);
    expect(dispatchRuleErrors(work, negative, true)).toEqual([]);
    expect(dispatchRuleErrors({ title: '第四季度高龄津贴资格认证' }, negative)).toEqual([]);
  });
});

describe('list matching', () => {
  it('has nothing to judge on a blank form', () => {
    expect(hasText({ title: ' ', description: '' })).toBe(false);
    expect(similarItems({}, [{ code: 'N1', name: '开具亲属关系证明', source: 'negative' }], 0)).toEqual([]);
  });
  it('ranks listed items by similarity, one per name', () => {
    const items = [
      { code: 'C1', name: '开具亲属关系证明', source: 'cert_forbidden' },
      { code: 'D1', name: '开具亲属关系证明', source: 'cert_forbidden' },
      { code: 'X', name: '垃圾分类督导', source: 'duty' },
    ];
    const m = similarItems({ title: '请社区为居民开具亲属关系证明' }, items, 0.45);
    expect(m.map((x) => x.code)).toEqual(['C1']);
  });
});
