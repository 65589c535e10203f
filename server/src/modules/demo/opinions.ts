// The 审查意见 the demo's approvals carry (the review office's written reasons, issue 12 §7).
/** The 审查意见 of a demo approval: what the office checked before admitting it. */
export function demoOpinion(listType: 'duty' | 'assist', legalBasis: string): string {
  const kind = listType === 'assist' ? '依法协助事项，所涉社区已征求意见，经费和人员随事项下沉' : '社区依法履职事项';
  return `经审查，该事项属${kind}，依据${legalBasis}，工作量测算合理，不以照片、打卡考核，同意准入。`;
}
