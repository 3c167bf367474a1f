import type { ComponentType, ReactNode } from 'react';
import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '@/lib/format';
import { useRules } from './rules';
import type { S } from './util';

/** The lists a plan's form and the import's draft form share: legal bases, purposes, recipients. */

export const LEGAL_TYPES: S['LegalReferenceType'][] = [
  'NGHI_QUYET',
  'NGHI_DINH',
  'QUYET_DINH',
  'CHI_THI',
  'KET_LUAN',
  'LUAT',
  'QUY_DINH',
  'THONG_TU',
  'KE_HOACH',
  'CHUONG_TRINH',
  'HUONG_DAN',
  'CONG_VAN',
  'PHAP_LENH',
  'HIEN_PHAP',
  'OTHER',
];

export const CAPACITIES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;

/** The fields of a plan's own form (a 400's violations land on them; anything else goes into the alert). */
export const PLAN_FIELDS = [
  'issuerId',
  'title',
  'number',
  'symbol',
  'issuePlace',
  'issueDate',
  'periodStart',
  'periodEnd',
  'implements',
  'legalBases',
  'purposes',
  'signer',
  'recipients',
];

/** The plan's period in years (giai đoạn), the end not before the start. */
export function PlanPeriodFields() {
  const { t } = useTranslation('plans');
  const { requiredNumber } = useRules();
  return (
    <Row gutter={12}>
      <Col xs={12}>
        <Form.Item label={t('form.periodStart')} name="periodStart" rules={[requiredNumber(t('form.periodStart'))]}>
          <InputNumber min={1945} max={2200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item
          label={t('form.periodEnd')}
          name="periodEnd"
          dependencies={['periodStart']}
          rules={[
            requiredNumber(t('form.periodEnd')),
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) => {
                const start = getFieldValue('periodStart') as number | null | undefined;
                return value == null || start == null || value >= start ? Promise.resolve() : Promise.reject(new Error(t('form.periodOrder')));
              },
            }),
          ]}
        >
          <InputNumber min={1945} max={2200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Who signed the plan: name, position and signing capacity (TM., KT., ...). */
export function SignerFields() {
  const { t } = useTranslation('plans');
  return (
    <Row gutter={12}>
      <Col xs={24} sm={10}>
        <Form.Item label={t('form.signerName')} name={['signer', 'name']} rules={[{ max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={7}>
        <Form.Item label={t('form.signerPosition')} name={['signer', 'position']} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={7}>
        <Form.Item label={t('form.signerCapacity')} name={['signer', 'capacity']}>
          <Select
            allowClear
            placeholder={t('form.signerCapacityNone')}
            options={CAPACITIES.map((capacity) => ({ value: capacity, label: t(`capacity.${capacity}`) }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** How one entry of a list is framed: a card named as a group, with its remove button. */
export interface ListItemProps {
  name: number;
  title: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

export function ListItemCard({ title, removeLabel, onRemove, children }: ListItemProps) {
  return (
    <Card
      size="small"
      title={title}
      // each entry's fields are named within their group ("Căn cứ 2" > "Số, ký hiệu")
      role="group"
      aria-label={title}
      extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={removeLabel} onClick={onRemove} />}
    >
      {children}
    </Card>
  );
}

/** The legal bases (căn cứ) of a plan: type, number, date, issuing body and title of each. */
export function LegalBasesList({ Item = ListItemCard }: { Item?: ComponentType<ListItemProps> }) {
  const { t } = useTranslation('plans');
  const { required, requiredSelect } = useRules();
  return (
    <Form.List name="legalBases">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          {fields.map((field, index) => (
            <Item
              key={field.key}
              name={field.name}
              title={t('form.legalBasis', { n: index + 1 })}
              removeLabel={t('form.removeLegalBasis', { n: index + 1 })}
              onRemove={() => remove(field.name)}
            >
              <Row gutter={12}>
                <Col xs={24} sm={8}>
                  <Form.Item label={t('form.lbType')} name={[field.name, 'type']} rules={[requiredSelect(t('form.lbType'))]}>
                    <Select options={LEGAL_TYPES.map((type) => ({ value: type, label: t(`legalType.${type}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item label={t('form.lbNumber')} name={[field.name, 'number']} rules={[required(t('form.lbNumber')), { max: 100 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item label={t('form.lbDate')} name={[field.name, 'date']}>
                    <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item label={t('form.lbIssuingBody')} name={[field.name, 'issuingBody']} rules={[{ max: 300 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item label={t('form.lbTitle')} name={[field.name, 'title']} rules={[{ max: 2000 }]} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Col>
              </Row>
            </Item>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ type: 'QUYET_DINH' })} style={{ alignSelf: 'flex-start' }}>
            {t('form.addLegalBasis')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

interface TextListProps {
  name: string;
  itemLabel: string;
  addLabel: string;
  removeLabel: string;
  max: number;
  rows?: number;
}

/** A list of texts (purposes, recipients), one labelled field each, so a violation lands on its line. */
export function TextList({ name, itemLabel, addLabel, removeLabel, max, rows }: TextListProps) {
  const { t } = useTranslation('plans');
  const { required } = useRules();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div style={{ marginBottom: 16 }}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start">
              <Form.Item
                label={t(itemLabel, { n: index + 1 })}
                name={field.name}
                rules={[required(t(itemLabel, { n: index + 1 })), { max }]}
                style={{ flex: 1, minWidth: 0 }}
              >
                {rows ? <Input.TextArea autoSize={{ minRows: 1, maxRows: rows + 3 }} /> : <Input />}
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t(removeLabel, { n: index + 1 })}
                onClick={() => remove(field.name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add('')}>
            {t(addLabel)}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
