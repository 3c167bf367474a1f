import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { SUBMISSION_NS } from './i18n';
import { percentOf, type Submission, useTargetRef } from './refs';

type Value = Submission['values'][number];

function TargetStatement({ planId, targetId }: { planId: string; targetId: string }) {
  const target = useTargetRef(planId, targetId);
  if (!target.data) return <span>…</span>;
  return (
    <span>
      <Typography.Text strong>{target.data.ordinal}</Typography.Text> {target.data.statement}
    </span>
  );
}

/** The figures a unit reported against the plan's REPORTED targets, with the share they make. */
export function ReportedValues({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation(SUBMISSION_NS);
  return (
    <section aria-labelledby="submission-values">
      <Typography.Title level={2} id="submission-values" style={{ fontSize: 18 }}>
        {t('values.title')}
      </Typography.Title>
      {submission.values.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('values.empty')}</Typography.Paragraph>
      ) : (
        <Table<Value>
          aria-label={t('values.tableLabel')}
          size="small"
          rowKey="targetId"
          pagination={false}
          scroll={{ x: true }}
          dataSource={submission.values}
          columns={[
            {
              key: 'target',
              title: t('values.target'),
              render: (_, value) => <TargetStatement planId={submission.planId} targetId={value.targetId} />,
            },
            {
              key: 'numerator',
              title: t('values.numerator'),
              className: 'num',
              render: (_, value) => formatNumber(value.numerator, i18n.language),
            },
            {
              key: 'denominator',
              title: t('values.denominator'),
              className: 'num',
              render: (_, value) => formatNumber(value.denominator, i18n.language),
            },
            {
              key: 'percent',
              title: t('values.percent'),
              className: 'num',
              render: (_, value) => formatPercent(percentOf(value.numerator, value.denominator), i18n.language),
            },
          ]}
        />
      )}
    </section>
  );
}
