import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { bandLabel, type Totals } from './scoring';

/** The totals of one sheet (raw, bonus, deductions, total, percent, band), announced politely as they change. */
export function TotalsCard({ title, totals, testId }: { title: string; totals: Totals; testId: string }) {
  const { t, i18n } = useTranslation('assessments');
  const lang = i18n.language;
  const n = (value: number) => formatNumber(value, lang);
  const band = !totals.scored ? t('totals.notScored') : totals.band ? bandLabel(totals.band, lang) : t('totals.noBand');
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>}>
      <Descriptions
        size="small"
        column={1}
        data-testid={testId}
        items={[
          { key: 'raw', label: t('totals.raw'), children: <span data-testid={`${testId}-raw`}>{n(totals.raw)}</span> },
          { key: 'bonus', label: t('totals.bonus'), children: <span data-testid={`${testId}-bonus`}>+{n(totals.bonus)}</span> },
          {
            key: 'deduction',
            label: t('totals.deduction'),
            children: <span data-testid={`${testId}-deduction`}>−{n(totals.deduction)}</span>,
          },
          {
            key: 'total',
            label: t('totals.total'),
            children: (
              <Typography.Text strong data-testid={`${testId}-total`}>
                {n(totals.total)}/{n(totals.applicableMaximum)}
              </Typography.Text>
            ),
          },
          { key: 'percent', label: t('totals.percent'), children: <span data-testid={`${testId}-percent`}>{formatPercent(totals.percent, lang)}</span> },
          { key: 'band', label: t('totals.band'), children: <Typography.Text strong data-testid={`${testId}-band`}>{band}</Typography.Text> },
        ]}
      />
      <span className="sr-only" aria-live="polite">
        {t('totals.summary', { total: n(totals.total), max: n(totals.applicableMaximum), percent: formatPercent(totals.percent, lang), band })}
      </span>
    </Card>
  );
}
