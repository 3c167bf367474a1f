import { Descriptions, Grid, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '@/components/StatusTag';
import { formatDate, formatDateTime } from '@/lib/format';
import { SUBMISSION_NS } from './i18n';
import { type Submission, useObligationRef, usePeriodRef, usePlanRef } from './refs';

interface SubmissionSummaryProps {
  submission: Submission;
  /** Link the plan to its page (offices may open plans; reporters read them elsewhere). */
  linkPlan?: boolean;
  /** One column, labels above values: for a side column. */
  compact?: boolean;
}

/** Whose submission, under which plan and obligation, for which year, due when, and where it stands. */
export function SubmissionSummary({ submission, linkPlan = false, compact = false }: SubmissionSummaryProps) {
  const { t } = useTranslation(SUBMISSION_NS);
  const { t: tc } = useTranslation();
  const screens = Grid.useBreakpoint();
  const plan = usePlanRef(submission.planId);
  const obligation = useObligationRef(submission.planId, submission.obligationId);
  const period = usePeriodRef(submission.obligationId, submission.periodId);

  const planLabel = plan.data ? [plan.data.reference, plan.data.title].filter(Boolean).join(' – ') : '…';
  const none = <Typography.Text type="secondary">{t('summary.none')}</Typography.Text>;

  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: t('summary.unit'), children: <Typography.Text>{submission.unitName}</Typography.Text> },
    {
      key: 'plan',
      label: t('summary.plan'),
      children: linkPlan && plan.data ? <Link to={`/plans/${submission.planId}`}>{planLabel}</Link> : planLabel,
    },
    {
      key: 'obligation',
      label: t('summary.obligation'),
      children: obligation.data ? (
        <span>
          {obligation.data.title}{' '}
          <Typography.Text type="secondary">({tc(`obligationKind.${obligation.data.kind}`)})</Typography.Text>
        </span>
      ) : (
        '…'
      ),
    },
    { key: 'year', label: t('summary.year'), children: period.data?.year ?? '…' },
    { key: 'dueDate', label: t('summary.dueDate'), children: formatDate(submission.effectiveDueDate) },
    {
      key: 'status',
      label: t('summary.status'),
      children: <StatusTag vocabulary="submissionStatus" value={submission.status} />,
    },
    {
      key: 'timeliness',
      label: t('summary.timeliness'),
      children: submission.timeliness ? (
        <StatusTag vocabulary="timeliness" value={submission.timeliness} />
      ) : (
        <Typography.Text type="secondary">{t('summary.notSubmitted')}</Typography.Text>
      ),
    },
    {
      key: 'submittedAt',
      label: t('summary.submittedAt'),
      children: submission.submittedAt ? formatDateTime(submission.submittedAt) : none,
    },
    ...(submission.firstSubmittedAt && submission.firstSubmittedAt !== submission.submittedAt
      ? [{ key: 'firstSubmittedAt', label: t('summary.firstSubmittedAt'), children: formatDateTime(submission.firstSubmittedAt) }]
      : []),
    ...(submission.acceptedAt
      ? [{ key: 'acceptedAt', label: t('summary.acceptedAt'), children: formatDateTime(submission.acceptedAt) }]
      : []),
    { key: 'documentNumber', label: t('summary.documentNumber'), children: submission.documentNumber || none },
    {
      key: 'documentDate',
      label: t('summary.documentDate'),
      children: submission.documentDate ? formatDate(submission.documentDate) : none,
    },
  ];

  return (
    <Descriptions
      aria-label={t('summary.label')}
      bordered
      size="small"
      layout={compact || screens.md === false ? 'vertical' : 'horizontal'}
      column={compact ? 1 : { xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 2 }}
      items={items}
    />
  );
}
