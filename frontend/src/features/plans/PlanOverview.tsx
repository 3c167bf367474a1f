import { Descriptions, Empty, Table, Typography } from 'antd';
import type { DescriptionsProps, TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { StatusTag } from '@/components/StatusTag';
import { UnitName } from '@/components/UnitName';
import { formatPeriod, TOP_ALIGNED, useWide, type Plan, type S } from './util';

/** The plan's legal identity as the document states it, its legal bases and its purposes. */
export function PlanOverview({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  const wide = useWide();

  const signer = plan.signer
    ? [[plan.signer.name, plan.signer.position].filter(Boolean).join(', '), plan.signer.capacity ? t(`capacity.${plan.signer.capacity}`) : null]
        .filter(Boolean)
        .join(' — ')
    : null;

  const items: DescriptionsProps['items'] = [
    { key: 'reference', label: t('plan.field.reference'), children: plan.reference ?? <Typography.Text type="secondary">{t('list.noReference')}</Typography.Text> },
    { key: 'issuer', label: t('plan.field.issuer'), children: <UnitName id={plan.issuerId} /> },
    { key: 'issuePlace', label: t('plan.field.issuePlace'), children: plan.issuePlace ?? '' },
    { key: 'issueDate', label: t('plan.field.issueDate'), children: formatDate(plan.issueDate) },
    { key: 'title', label: t('plan.field.title'), span: 'filled', children: plan.title },
    { key: 'period', label: t('plan.field.period'), children: formatPeriod(plan.periodStart, plan.periodEnd) },
    { key: 'status', label: t('plan.field.status'), children: <StatusTag vocabulary="planStatus" value={plan.status} /> },
    ...(plan.implements ? [{ key: 'implements', label: t('plan.field.implements'), span: 'filled' as const, children: plan.implements }] : []),
    { key: 'signer', label: t('plan.field.signer'), span: 'filled', children: signer ?? '' },
    {
      key: 'recipients',
      label: t('plan.field.recipients'),
      span: 'filled',
      children:
        plan.recipients.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {plan.recipients.map((recipient, index) => (
              <li key={index}>{recipient}</li>
            ))}
          </ul>
        ) : (
          ''
        ),
    },
  ];

  const legalColumns: TableColumnsType<S['LegalReference'] & { index: number }> = [
    { key: 'index', title: t('plan.legal.index'), dataIndex: 'index', width: 56, className: 'num' },
    { key: 'type', title: t('plan.legal.type'), dataIndex: 'type', width: 120, render: (type: S['LegalReferenceType']) => t(`legalType.${type}`) },
    { key: 'number', title: t('plan.legal.number'), dataIndex: 'number', width: 170, render: (number: string) => <span style={{ whiteSpace: 'nowrap' }}>{number}</span> },
    { key: 'date', title: t('plan.legal.date'), dataIndex: 'date', width: 120, render: (date: string | null) => formatDate(date) },
    { key: 'issuingBody', title: t('plan.legal.issuingBody'), dataIndex: 'issuingBody', width: 220 },
    {
      key: 'title',
      title: t('plan.legal.title'),
      dataIndex: 'title',
      render: (title: string | null) => <div style={{ minWidth: 220 }}>{title}</div>,
    },
  ];

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('plan.identity')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        layout={wide ? 'horizontal' : 'vertical'}
        column={{ xs: 1, sm: 1, md: 2 }}
        items={items}
        styles={{ label: { width: wide ? 170 : undefined }, content: { overflowWrap: 'anywhere' } }}
        style={{ marginBottom: 24 }}
      />

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('plan.legalBases')}
      </Typography.Title>
      {plan.legalBases.length > 0 && !wide ? (
        <ol style={{ paddingInlineStart: 22, marginBottom: 24 }}>
          {plan.legalBases.map((basis, index) => (
            <li key={index} style={{ marginBottom: 8 }}>
              <LegalCitation basis={basis} />
            </li>
          ))}
        </ol>
      ) : plan.legalBases.length > 0 ? (
        <Table
          aria-label={t('plan.legalBasesLabel')}
          rowKey="index"
          size="small"
          columns={legalColumns}
          dataSource={plan.legalBases.map((basis, index) => ({ ...basis, index: index + 1 }))}
          pagination={false}
          scroll={{ x: true }}
          styles={TOP_ALIGNED}
          style={{ marginBottom: 24 }}
        />
      ) : (
        <Empty description={t('plan.noLegalBases')} style={{ marginBottom: 24 }} />
      )}

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('plan.purposes')}
      </Typography.Title>
      {plan.purposes.length > 0 ? (
        <ol style={{ paddingInlineStart: 22, maxWidth: 900 }}>
          {plan.purposes.map((purpose, index) => (
            <li key={index} style={{ marginBottom: 8, whiteSpace: 'pre-line' }}>
              {purpose}
            </li>
          ))}
        </ol>
      ) : (
        <Empty description={t('plan.noPurposes')} />
      )}
    </>
  );
}

/** A legal basis cited the way a plan cites it: Quyết định số 23-QĐ/TW ngày 30/07/2021 của Ban Chấp hành Trung ương — title. */
function LegalCitation({ basis }: { basis: S['LegalReference'] }) {
  const { t } = useTranslation('plans');
  return (
    <>
      <strong>{t('plan.legal.cite', { type: t(`legalType.${basis.type}`), number: basis.number })}</strong>
      {basis.date ? t('plan.legal.citeDate', { date: formatDate(basis.date) }) : ''}
      {basis.issuingBody ? (
        <>
          {' — '}
          <Typography.Text type="secondary">{basis.issuingBody}</Typography.Text>
        </>
      ) : null}
      {basis.title ? <div>{basis.title}</div> : null}
    </>
  );
}
