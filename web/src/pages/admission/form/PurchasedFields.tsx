// 由政府购买服务承接: an item of the jurisdiction's 政府购买服务指导性目录 and the budget set aside for it; the
// 费随事转 pre-check counts the budget as funding (the server refuses any item outside the 目录).
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { purchasingBApi } from '../../../api/purchasingEndpoints.js';
import { keys, useApiQuery } from '../../../api/queries.js';
import { useMe } from '../../../api/session.js';

export function PurchasedFields() {
  const { t } = useTranslation();
  const me = useMe();
  const { data } = useApiQuery({
    queryKey: keys.purchasing.of('catalogue', me.orgCode),
    queryFn: ({ signal }) => purchasingBApi.catalogue(me.orgCode, signal),
  });
  const chosen = Form.useWatch<number | null | undefined>('purchasedItemId');
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <Form.Item name="purchasedItemId" label={t('purb.purchased')} extra={t('purb.purchasedHint')}>
          <Select
            allowClear
            data-testid="adm-purchased-item"
            placeholder={t('purb.purchasedNone')}
            options={(data?.items ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.jurisdiction.name}）` }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="purchasedBudgetYuan" label={t('purb.purchasedBudget')}>
          <InputNumber
            data-testid="adm-purchased-budget"
            disabled={!chosen}
            min={0}
            max={1e9}
            step={1000}
            className="full-width"
            suffix={t('adm.units.yuan')}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
