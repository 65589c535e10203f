// Simplified Chinese: editing a form (编辑表单) and the matcher's alternatives in an import mapping.
export const hubEditZh = {
  form: {
    title: '编辑表单：{{title}}',
    intro: '修改后各社区的台账按新的筛选条件和列顺序生成；绑定的数据元须有本部门的有效授权。',
    updated: '表单已更新',
  },
  mapping: {
    suggested: '系统推荐',
    alternatives: '其他候选',
    allElements: '全部数据元',
    score: '{{score}} 分',
  },
};
