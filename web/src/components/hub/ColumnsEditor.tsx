// The ordered columns of a form: a label as printed on the paper form and, optionally, the data element
// it is bound to (the matcher suggests one) and the person it speaks of (户主姓名: the householder's 姓名);
// a column without an element is a form-only field.
import { Button, Input, Select, Space, Tag, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DataElement } from '#common/api/hub.js';
import type { Relation } from '#common/relations.js';
import { label as labelOf, RELATION_LABELS } from '#common/i18n/labels.js';

export interface EditColumn {
  key: number;
  label: string;
  element: string | null;
  score?: number;
  /** What the matcher proposed (null: form-only); a different choice is a correction stewards learn from. */
  suggested?: string | null;
  /** The person the column speaks of (householder: 户主姓名); null or absent: the subject itself. */
  relation?: Relation | null;
}

interface Props {
  columns: EditColumn[];
  onChange: (columns: EditColumn[]) => void;
  elements: DataElement[];
  errors: Record<string, string>;
  /** Whether the caller's department lacks a grant for an element (the server refuses such a column). */
  ungranted?: (element: string) => boolean;
}

export function ColumnsEditor({ columns, onChange, elements, errors, ungranted }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const options = elements.map((e) => ({
    value: e.code,
    label: e.name,
    search: `${e.name} ${e.code} ${e.synonyms.join(' ')}`,
  }));
  const patch = (i: number, p: Partial<EditColumn>) => onChange(columns.map((c, j) => (j === i ? { ...c, ...p } : c)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...columns];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    onChange(next);
  };
  return (
    <div className="hub-columns" data-testid="form-columns">
      {columns.map((c, i) => (
        <div
          key={c.key}
          className="hub-column-row"
          data-testid={`form-column-${i}`}
          data-element={c.element ?? ''}
          data-relation={c.relation ?? ''}
        >
          <span className="hub-column-no">{i + 1}</span>
          <Input
            className="hub-column-label"
            value={c.label}
            status={errors[`columns.${i}.label`] ? 'error' : undefined}
            placeholder={t('hub.formEdit.labelPlaceholder')}
            onChange={(e) => patch(i, { label: e.target.value, score: undefined, suggested: undefined })}
            data-testid={`form-column-label-${i}`}
          />
          <Select<string>
            allowClear
            className="hub-column-element"
            value={c.element ?? undefined}
            placeholder={t('hub.formEdit.formOnly')}
            status={errors[`columns.${i}.element`] ? 'error' : undefined}
            showSearch={{ optionFilterProp: 'search' }}
            options={options}
            onChange={(v?: string) => patch(i, { element: v ?? null, relation: null, score: undefined })}
            data-testid={`form-column-element-${i}`}
          />
          <span className="hub-column-score">
            {c.score !== undefined && c.element && (
              <Tag color={c.score >= 0.85 ? 'green' : 'gold'}>
                {t('hub.formEdit.matchScore', { score: c.score.toFixed(2) })}
              </Tag>
            )}
            {!c.element && <Tag>{t('hub.formEdit.formOnly')}</Tag>}
            {c.element && ungranted?.(c.element) && (
              <Tooltip title={t('hub.formEdit.notGrantedHint')}>
                <Tag color="red" data-testid={`form-column-ungranted-${i}`}>
                  {t('hub.formEdit.notGranted')}
                </Tag>
              </Tooltip>
            )}
            {c.relation && c.element && (
              <Tag color="purple" data-testid={`form-column-relation-${i}`}>
                {labelOf(RELATION_LABELS, c.relation, lang)}
              </Tag>
            )}
          </span>
          <Space size={2}>
            <Tooltip title={t('hub.formEdit.up')}>
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              />
            </Tooltip>
            <Tooltip title={t('hub.formEdit.down')}>
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={i === columns.length - 1}
                onClick={() => move(i, 1)}
              />
            </Tooltip>
            <Tooltip title={t('hub.formEdit.remove')}>
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange(columns.filter((_, j) => j !== i))}
              />
            </Tooltip>
          </Space>
          {(errors[`columns.${i}.element`] ?? errors[`columns.${i}.label`]) && (
            <div className="hub-column-error" role="alert" data-testid={`form-column-error-${i}`}>
              {errors[`columns.${i}.element`] ?? errors[`columns.${i}.label`]}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
