import { describe, expect, it } from 'vitest';
import { cleanLabel, indexElements, matchLabel } from './matcher.js';

const elements = indexElements([
  { code: 'id_number', name: '公民身份号码', synonyms: ['身份证号', '身份证号码', '公民身份证号'] },
  { code: 'mobile', name: '手机号码', synonyms: ['手机号', '联系电话', '手机'] },
  { code: 'hukou_address', name: '户籍地址', synonyms: ['户籍所在地', '户口所在地'] },
  { code: 'current_address', name: '现居住地址', synonyms: ['现住址', '居住地址', '现居住地'] },
  { code: 'householder_name', name: '户主姓名', synonyms: ['户主'] },
  { code: 'name', name: '姓名', synonyms: ['名字'] },
]);

describe('label cleaning', () => {
  it('drops numbering, brackets, prompts and units', () => {
    expect(cleanLabel('D3.公民身份号码')).toBe('公民身份号码');
    expect(cleanLabel('身份证号码(18位)')).toBe('身份证号码');
    expect(cleanLabel('（一）户籍所在地：')).toBe('户籍所在地');
    expect(cleanLabel('月收入（元）')).toBe('月收入');
  });
});

describe('field matcher', () => {
  it.each([
    ['公民身份号码', 'id_number'],
    ['身份证号码(18位)', 'id_number'],
    ['D3.公民身份号码', 'id_number'],
    ['联系电话/手机', 'mobile'],
    ['户籍所在地', 'hukou_address'],
    ['现居住地址', 'current_address'],
    ['户主姓名', 'householder_name'],
  ])('%s → %s', (label, code) => {
    expect(matchLabel(label, elements).element).toBe(code);
  });

  it.each(['申请理由', '审批意见', '签字', '申请人签字（盖章）', '盖章', '填表日期', '备注', '序号'])(
    '%s belongs to the form only',
    (label) => {
      expect(matchLabel(label, elements)).toMatchObject({ element: null });
    },
  );

  it('offers alternatives and stays silent on unknown fields', () => {
    const m = matchLabel('户主', elements);
    expect(m.element).toBe('householder_name');
    expect(matchLabel('车辆品牌型号', elements).element).toBeNull();
  });
});
