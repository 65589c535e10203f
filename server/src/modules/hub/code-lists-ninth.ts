// Code lists of the ninth round (2026-12-14): the kinds of retirement of 人社's 退休审批 (国务院关于工人退休、
// 退职的暂行办法 国发〔1978〕104号; 特殊工种 and 病退 early retirement; 离休 of 国发〔1980〕253号).
import type { CodeListSeed } from './code-list-seed.js';

export const NINTH_CODE_LISTS: CodeListSeed[] = [
  {
    id: 'retirement_type',
    name: '退休类别',
    standard: '国发〔1978〕104号（工人退休、退职的暂行办法）；国发〔1980〕253号（老干部离职休养）',
    items: [
      { code: '1', name: '正常退休', synonyms: ['按龄退休', '到龄退休'] },
      { code: '2', name: '特殊工种提前退休', synonyms: ['特殊工种退休'] },
      { code: '3', name: '因病提前退休', synonyms: ['病退', '因病退休'] },
      { code: '4', name: '退职' },
      { code: '5', name: '离休' },
      { code: '9', name: '其他' },
    ],
  },
];
