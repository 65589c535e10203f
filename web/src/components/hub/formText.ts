// How a form's row filter reads: "出生日期 年龄 ≥ 80；残疾等级 有值".
import type { TFunction } from 'i18next';
import type { Condition, DataElement } from '#common/api/hub.js';

export function filterText(t: TFunction, filter: Condition[], elements: DataElement[] | undefined): string {
  if (filter.length === 0) return t('hub.forms.noFilter');
  const name = (code: string) => elements?.find((e) => e.code === code)?.name ?? code;
  return filter
    .map((c) => [name(c.element), t(`hub.forms.ops.${c.op}`), c.value ?? ''].filter(Boolean).join(' '))
    .join(t('common.listSeparator'));
}
