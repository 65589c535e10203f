// The phone rendering of a ResponsiveTable: one card per row, label–value lines from the columns,
// the untitled (action) columns at the bottom, and the table's paging as a simple pager.
import { useState, type Key, type ReactNode } from 'react';
import { Card, Empty, Pagination, Spin, type TableColumnType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

type Column<T> = TableColumnType<T> & { children?: Column<T>[] };

function leaves<T>(columns: readonly Column<T>[]): Column<T>[] {
  return columns.flatMap((c) => (c.children ? leaves(c.children) : c.hidden ? [] : [c]));
}

function valueAt(row: object, dataIndex: unknown): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>((v, k) => (v == null ? v : (v as Record<string, unknown>)[String(k)]), row);
}

function cell<T extends object>(column: Column<T>, row: T, index: number): ReactNode {
  const value = valueAt(row, column.dataIndex);
  if (column.render) {
    const out = column.render(value, row, index) as unknown;
    // A render may answer { children, props } (cell merging): the children are what shows.
    if (out && typeof out === 'object' && 'children' in out && !('$$typeof' in out))
      return (out as { children: ReactNode }).children;
    return out as ReactNode;
  }
  return value === undefined || value === null ? '' : (value as ReactNode);
}

function titleOf<T>(column: Column<T>): ReactNode {
  return typeof column.title === 'function' ? column.title({}) : column.title;
}

function keyOf<T extends object>(row: T, index: number, rowKey: TableProps<T>['rowKey']): Key {
  if (typeof rowKey === 'function') return rowKey(row, index);
  if (rowKey !== undefined) return (row as Record<string, unknown>)[String(rowKey)] as Key;
  return ((row as { key?: Key }).key ?? index) as Key;
}

const emptyText = (e: unknown): ReactNode => (typeof e === 'function' ? (e as () => ReactNode)() : (e as ReactNode));

const isEmpty = (n: ReactNode) => n === undefined || n === null || n === '' || n === false;

export function CardList<T extends object>({
  columns = [],
  dataSource = [],
  rowKey,
  loading,
  pagination,
  onRow,
  locale,
  cardTitle,
  cardTestId,
  ...rest
}: TableProps<T> & {
  cardTitle?: (row: T, index: number) => ReactNode;
  cardTestId?: (row: T) => string | undefined;
}) {
  const { t } = useTranslation();
  const [localPage, setLocalPage] = useState(1);
  const cols = leaves(columns as Column<T>[]);
  const [first, ...others] = cardTitle ? [undefined, ...cols] : cols;
  const isAction = (c: Column<T>) => c.key === 'actions' || isEmpty(titleOf(c));
  const fields = others.filter((c): c is Column<T> => !!c && !isAction(c));
  const actions = others.filter((c): c is Column<T> => !!c && isAction(c));

  // Paging: the table's own (server paging answers `total` and `onChange`) or ten at a time here.
  const paged = pagination !== false;
  const serverPaged = paged && pagination?.total !== undefined && pagination.total > dataSource.length;
  const pageSize = (paged && pagination?.pageSize) || 10;
  const current = serverPaged ? (pagination.current ?? 1) : localPage;
  const rows = !paged || serverPaged ? dataSource : dataSource.slice((current - 1) * pageSize, current * pageSize);
  const total = serverPaged ? pagination.total! : dataSource.length;
  const spinning = typeof loading === 'object' ? loading.spinning : loading;

  return (
    <Spin spinning={!!spinning}>
      <div className="m-card-list" data-testid={(rest as Record<string, unknown>)['data-testid'] as string | undefined}>
        {rows.length === 0 &&
          !spinning &&
          (emptyText(locale?.emptyText) ?? <Empty description={t('mobile.list.empty')} />)}
        {rows.map((row, i) => {
          const index = (current - 1) * (serverPaged || !paged ? 0 : pageSize) + i;
          const rowProps = onRow?.(row, index) ?? {};
          const title = cardTitle ? cardTitle(row, index) : first ? cell(first, row, index) : null;
          return (
            <Card
              key={keyOf(row, index, rowKey)}
              size="small"
              className="m-card"
              data-testid={cardTestId?.(row) ?? (rowProps as { 'data-testid'?: string })['data-testid']}
              onClick={rowProps.onClick as never}
              hoverable={!!rowProps.onClick}
            >
              {!isEmpty(title) && <div className="m-card-title">{title}</div>}
              {fields.map((c, ci) => {
                const value = cell(c, row, index);
                if (isEmpty(value)) return null;
                return (
                  <div className="m-card-row" key={String(c.key ?? ci)}>
                    <span className="m-card-label">{titleOf(c)}</span>
                    <span className="m-card-value">{value}</span>
                  </div>
                );
              })}
              {actions.length > 0 && (
                <div className="m-card-actions">
                  {actions.map((c, ci) => (
                    <span key={String(c.key ?? ci)}>{cell(c, row, index)}</span>
                  ))}
                </div>
              )}
            </Card>
          );
        })}
        {paged && total > pageSize && (
          <div className="m-card-list-pager">
            <Pagination
              simple
              current={current}
              pageSize={pageSize}
              total={total}
              onChange={(page, size) => {
                if (serverPaged) pagination.onChange?.(page, size);
                else setLocalPage(page);
              }}
            />
          </div>
        )}
      </div>
    </Spin>
  );
}
