// The row filter of a form: conditions over data elements that must all hold (年龄 ≥ 80, 残疾等级 有值 …).
import { Button, Input, Select } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Condition, ConditionOp, DataElement } from '#common/api/hub.js';

const OPS: ConditionOp[] = ['eq', 'neq', 'present', 'absent', 'age_gte', 'age_lte', 'gte', 'lte'];
const NO_VALUE: ConditionOp[] = ['present', 'absent'];

export function FilterEditor({
  filter,
  onChange,
  elements,
}: {
  filter: Condition[];
  onChange: (f: Condition[]) => void;
  elements: DataElement[];
}) {
  const { t } = useTranslation();
  const patch = (i: number, p: Partial<Condition>) => onChange(filter.map((c, j) => (j === i ? { ...c, ...p } : c)));
  const options = elements.map((e) => ({
    value: e.code,
    label: e.name,
    search: `${e.name} ${e.code} ${e.synonyms.join(' ')}`,
  }));
  return (
    <div className="hub-columns">
      {filter.map((c, i) => (
        <div key={i} className="hub-column-row" data-testid={`form-condition-${i}`}>
          <Select<string>
            className="hub-column-element"
            value={c.element || undefined}
            placeholder={t('hub.formEdit.elementPlaceholder')}
            showSearch={{ optionFilterProp: 'search' }}
            options={options}
            onChange={(v) => patch(i, { element: v })}
            data-testid={`form-condition-element-${i}`}
          />
          <Select<ConditionOp>
            className="hub-op"
            value={c.op}
            options={OPS.map((op) => ({ value: op, label: t(`hub.forms.ops.${op}`) }))}
            onChange={(op) => patch(i, { op, value: NO_VALUE.includes(op) ? undefined : c.value })}
            data-testid={`form-condition-op-${i}`}
          />
          {!NO_VALUE.includes(c.op) && (
            <Input
              className="hub-value"
              value={c.value ?? ''}
              placeholder={t('hub.formEdit.valuePlaceholder')}
              onChange={(e) => patch(i, { value: e.target.value })}
              data-testid={`form-condition-value-${i}`}
            />
          )}
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => onChange(filter.filter((_, j) => j !== i))}
          />
        </div>
      ))}
    </div>
  );
}
