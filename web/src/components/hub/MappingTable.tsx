// The column → data element mapping of an upload: the matcher's suggestion with its score, editable per
// column, with the key column (finds the subject) and the optional community column. Each dropdown
// starts with the matcher's suggestion and its alternatives (with scores), then every other element.
import { Radio, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { label, RELATION_LABELS } from '#common/i18n/labels.js';
import type { DataElement, Mapping, MatchResult } from '#common/api/hub.js';
import { hubLabel } from './labels.js';

interface Props {
  columns: string[];
  mapping: Mapping;
  onChange: (m: Mapping) => void;
  elements: DataElement[] | undefined;
  suggestions: MatchResult[] | undefined;
  sample: string[][] | undefined;
  locked: boolean;
  keyElement: string;
}

interface Row {
  index: number;
  column: string;
}

const scoreColor = (s: number) => (s >= 0.85 ? 'green' : s >= 0.6 ? 'gold' : 'default');

export function MappingTable({ columns, mapping, onChange, elements, suggestions, sample, locked, keyElement }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  // A column the steward rebinds is about the subject itself from then on.
  const setColumn = (i: number, element: string | null) =>
    onChange({
      ...mapping,
      columns: mapping.columns.map((c, j) => (j === i ? element : c)),
      relations: mapping.relations?.map((r, j) => (j === i ? null : r)),
    });
  const byCode = new Map((elements ?? []).map((e) => [e.code, e]));
  const option = (e: DataElement, score?: number) => ({
    value: e.code,
    label: (
      <span className="hub-option">
        {`${e.name}（${hubLabel(t, 'subjectTypes', e.subject)}）`}
        {score !== undefined && (
          <span className="small muted">{t('hubEdit.mapping.score', { score: score.toFixed(2) })}</span>
        )}
      </span>
    ),
    search: `${e.name} ${e.code} ${e.synonyms.join(' ')}`,
  });
  /** The options of one column: suggestion, alternatives, then the rest (each element once). */
  const optionsFor = (index: number) => {
    const s = suggestions?.[index];
    const pick = (code: string, score: number) => {
      const e = byCode.get(code);
      return e ? [option(e, score)] : [];
    };
    const suggested = s?.element ? pick(s.element, s.score) : [];
    const alternatives = (s?.alternatives ?? [])
      .filter((a) => a.element !== s?.element)
      .flatMap((a) => pick(a.element, a.score));
    const shown = new Set([...suggested, ...alternatives].map((o) => o.value));
    const rest = (elements ?? []).filter((e) => !shown.has(e.code)).map((e) => option(e));
    const skip = { value: '__skip', label: t('hub.imports.mapping.skip'), search: '' };
    if (!suggested.length && !alternatives.length) return [skip, ...rest];
    return [
      skip,
      ...(suggested.length ? [{ label: t('hubEdit.mapping.suggested'), title: 'suggested', options: suggested }] : []),
      ...(alternatives.length
        ? [{ label: t('hubEdit.mapping.alternatives'), title: 'alternatives', options: alternatives }]
        : []),
      { label: t('hubEdit.mapping.allElements'), title: 'all', options: rest },
    ];
  };
  const table: TableColumnsType<Row> = [
    {
      key: 'column',
      title: t('hub.imports.mapping.column'),
      width: 200,
      render: (_, r) => <strong>{r.column}</strong>,
    },
    {
      key: 'sample',
      title: t('hub.imports.mapping.sample'),
      render: (_, r) => (
        <span className="small muted hub-sample">
          {(sample ?? [])
            .slice(0, 3)
            .map((row) => row[r.index] || t('hub.imports.empty'))
            .join(' · ')}
        </span>
      ),
    },
    {
      key: 'element',
      title: t('hub.imports.mapping.element'),
      width: 300,
      render: (_, r) => (
        <Select<string>
          className="full-width"
          data-testid={`mapping-element-${r.index}`}
          disabled={locked}
          value={mapping.columns[r.index] ?? '__skip'}
          showSearch={{ optionFilterProp: 'search' }}
          onChange={(v) => setColumn(r.index, v === '__skip' ? null : v)}
          options={optionsFor(r.index)}
          status={r.index === mapping.keyColumn && mapping.columns[r.index] !== keyElement ? 'error' : undefined}
        />
      ),
    },
    {
      key: 'score',
      title: t('hub.imports.mapping.score'),
      width: 90,
      render: (_, r) => {
        const s = suggestions?.[r.index];
        if (!s?.element) return <span className="muted">—</span>;
        const relation = mapping.relations?.[r.index];
        return (
          <>
            {relation && (
              <Tag color="purple" data-testid={`mapping-relation-${r.index}`}>
                {label(RELATION_LABELS, relation, lang)}
              </Tag>
            )}
            <Tag color={scoreColor(s.score)} title={s.name ?? undefined}>
              {s.score.toFixed(2)}
            </Tag>
          </>
        );
      },
    },
    {
      key: 'key',
      title: t('hub.imports.mapping.key'),
      width: 70,
      align: 'center',
      render: (_, r) => (
        <Radio
          disabled={locked}
          checked={mapping.keyColumn === r.index}
          onChange={() => onChange({ ...mapping, keyColumn: r.index })}
          data-testid={`mapping-key-${r.index}`}
        />
      ),
    },
    {
      key: 'community',
      title: t('hub.imports.mapping.community'),
      width: 90,
      align: 'center',
      render: (_, r) => (
        <Radio
          disabled={locked}
          checked={mapping.communityColumn === r.index}
          onClick={() =>
            onChange({ ...mapping, communityColumn: mapping.communityColumn === r.index ? null : r.index })
          }
        />
      ),
    },
  ];
  return (
    <Table<Row>
      rowKey="index"
      size="small"
      data-testid="import-mapping"
      columns={table}
      dataSource={columns.map((column, index) => ({ index, column }))}
      pagination={false}
    />
  );
}
