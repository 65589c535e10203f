// The national-standard code lists of the hub: a table of lists, and one list's items in a modal.
import { Button, Modal, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CodeList } from '#common/api/hub.js';

export function CodeListsTable({
  lists,
  loading,
  onOpen,
}: {
  lists: CodeList[] | undefined;
  loading: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CodeList> = [
    { key: 'name', title: t('hub.elements.name'), render: (_, l) => l.name },
    { key: 'id', title: t('hub.elements.code'), render: (_, l) => <span className="mono">{l.id}</span> },
    { key: 'standard', title: t('hub.elements.standard'), render: (_, l) => l.standard },
    {
      key: 'items',
      title: t('hub.elements.codeList'),
      render: (_, l) => (
        <Button type="link" size="small" onClick={() => onOpen(l.id)} data-testid={`codelist-open-${l.id}`}>
          {t('hub.elements.codeListItems', { n: l.items.length })}
        </Button>
      ),
    },
  ];
  return (
    <Table<CodeList>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={lists ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
    />
  );
}

export function CodeListModal({ list, onClose }: { list: CodeList | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={Boolean(list)}
      title={list ? `${list.name}（${list.standard}）` : ''}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
    >
      <Table
        rowKey="code"
        size="small"
        data-testid="codelist-items"
        dataSource={list?.items ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        columns={[
          {
            key: 'code',
            title: t('hub.elements.itemCode'),
            width: 90,
            render: (_, i) => <span className="mono">{i.code}</span>,
          },
          { key: 'name', title: t('hub.elements.itemName'), render: (_, i) => i.name },
          {
            key: 'synonyms',
            title: t('hub.elements.synonyms'),
            render: (_, i) => <span className="small muted">{i.synonyms.join(t('common.enumSeparator'))}</span>,
          },
        ]}
      />
    </Modal>
  );
}
