import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Grid, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '@/lib/api';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { PageHeader } from '@/components/PageHeader';
import { ErrorAlert } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import {
  behindScheduleTasks,
  countTargets,
  currentPlans,
  latestDuePeriods,
  nextPeriod,
  type AttainmentReport,
  type CompletenessReport,
  type PeriodCompleteness,
  type Plan,
  type TaskProgressReport,
} from './figures';
import { overviewKeys } from './keys';
import messages from './locales';

registerMessages('overview', messages);

const PLAN_LIMIT = 100;
/** How many tasks behind schedule a plan's card names; the count says how many there are. */
const BEHIND_LIMIT = 5;

function planName(plan: Plan, untitled: string): string {
  return plan.reference ?? untitled;
}

/** Journey 3 and 7 at a glance: every current plan, how its units submit and whether its targets are met. */
export default function OverviewPage() {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language;
  const year = dayjs().year();
  const issued = useQuery({
    queryKey: overviewKeys.plans({ status: 'ISSUED' }),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { status: 'ISSUED', size: PLAN_LIMIT } } })),
  });
  const thisYear = useQuery({
    queryKey: overviewKeys.plans({ year }),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { year, size: PLAN_LIMIT } } })),
  });
  const plans = issued.data && thisYear.data ? currentPlans(issued.data.items, thisYear.data.items) : [];

  const completeness = useQueries({
    queries: plans.map((plan) => ({
      queryKey: overviewKeys.completeness(plan.id),
      queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/completeness', { params: { path: { planId: plan.id }, query: {} } })),
    })),
  });
  const attainment = useQueries({
    queries: plans.map((plan) => ({
      queryKey: overviewKeys.attainment(plan.id),
      queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/attainment', { params: { path: { planId: plan.id }, query: {} } })),
    })),
  });

  const taskProgress = useQueries({
    queries: plans.map((plan) => ({
      queryKey: overviewKeys.taskProgress(plan.id),
      queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/task-progress', { params: { path: { planId: plan.id }, query: {} } })),
    })),
  });

  const header = <PageHeader title={t('title')} subtitle={t('subtitle')} />;

  if (issued.isPending || thisYear.isPending) {
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 8 }} aria-busy="true" aria-label={t('state.loading', { ns: 'common' })} />
      </>
    );
  }
  const listError = issued.error ?? thisYear.error;
  if (listError) {
    return (
      <>
        {header}
        <ErrorAlert
          error={listError}
          onRetry={() => {
            void issued.refetch();
            void thisYear.refetch();
          }}
        />
      </>
    );
  }
  if (plans.length === 0) {
    return (
      <>
        {header}
        <Empty description={t('empty')}>
          <Link to="/plans">{t('allPlans')}</Link>
        </Empty>
      </>
    );
  }

  const asOf = [...completeness, ...attainment, ...taskProgress]
    .map((query) => query.data?.asOf)
    .filter((day): day is string => Boolean(day))
    .sort()
    .pop();

  return (
    <>
      {header}
      <Flex vertical gap={20}>
        <Typography.Text strong data-testid="as-of" style={{ minHeight: 22 }}>
          {asOf ? t('asOf', { date: formatDate(asOf) }) : null}
        </Typography.Text>
        <Summary plans={plans} completeness={completeness} attainment={attainment} taskProgress={taskProgress} lang={lang} />
        {plans.map((plan, index) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            completeness={completeness[index]}
            attainment={attainment[index]}
            taskProgress={taskProgress[index]}
          />
        ))}
      </Flex>
    </>
  );
}

interface SummaryProps {
  plans: Plan[];
  completeness: UseQueryResult<CompletenessReport>[];
  attainment: UseQueryResult<AttainmentReport>[];
  taskProgress: UseQueryResult<TaskProgressReport>[];
  lang: string;
}

function Summary({ plans, completeness, attainment, taskProgress, lang }: SummaryProps) {
  const { t } = useTranslation('overview');
  const completenessPending = completeness.some((query) => query.isPending);
  const attainmentPending = attainment.some((query) => query.isPending);
  const tasksPending = taskProgress.some((query) => query.isPending);
  const tasks = taskProgress.reduce(
    (sum, query) =>
      query.data
        ? { behind: sum.behind + query.data.totals.tasksBehindSchedule, total: sum.total + query.data.totals.tasks }
        : sum,
    { behind: 0, total: 0 },
  );
  const missing = completeness.reduce(
    (sum, query) => sum + (query.data ? latestDuePeriods(query.data).reduce((n, period) => n + period.missing, 0) : 0),
    0,
  );
  const targets = attainment.reduce(
    (sum, query) => {
      if (!query.data) return sum;
      const counts = countTargets(query.data);
      return { MET: sum.MET + counts.MET, NOT_MET: sum.NOT_MET + counts.NOT_MET, NO_DATA: sum.NO_DATA + counts.NO_DATA, total: sum.total + counts.total };
    },
    { MET: 0, NOT_MET: 0, NO_DATA: 0, total: 0 },
  );
  const ofTotal = (count: number) =>
    t('summary.ofTotal', { count: formatNumber(count, lang), total: formatNumber(targets.total, lang) });
  const figures = [
    { key: 'plans', title: t('summary.plans'), value: formatNumber(plans.length, lang), loading: false },
    { key: 'missing', title: t('summary.missing'), value: formatNumber(missing, lang), loading: completenessPending },
    { key: 'met', title: t('summary.met'), value: ofTotal(targets.MET), loading: attainmentPending },
    { key: 'notMet', title: t('summary.notMet'), value: ofTotal(targets.NOT_MET), loading: attainmentPending },
    { key: 'noData', title: t('summary.noData'), value: ofTotal(targets.NO_DATA), loading: attainmentPending },
    {
      key: 'behind',
      title: t('summary.behind'),
      value: t('summary.ofTotal', { count: formatNumber(tasks.behind, lang), total: formatNumber(tasks.total, lang) }),
      loading: tasksPending,
    },
  ];
  return (
    <section aria-label={t('summary.label')}>
      <Flex gap={12} wrap>
        {figures.map((figure) => (
          <Card key={figure.key} size="small" style={{ flex: '1 1 170px' }} data-testid={`summary-${figure.key}`}>
            <Statistic title={figure.title} value={figure.value} formatter={() => figure.value} loading={figure.loading} />
          </Card>
        ))}
      </Flex>
    </section>
  );
}

interface PlanCardProps {
  plan: Plan;
  completeness: UseQueryResult<CompletenessReport>;
  attainment: UseQueryResult<AttainmentReport>;
  taskProgress: UseQueryResult<TaskProgressReport>;
}

function PlanCard({ plan, completeness, attainment, taskProgress }: PlanCardProps) {
  const { t } = useTranslation('overview');
  const name = planName(plan, t('plan.untitled'));
  const headingId = `overview-plan-${plan.id}`;
  const phone = Grid.useBreakpoint().xs === true;
  const latest = completeness.data ? latestDuePeriods(completeness.data) : [];
  const completenessLink =
    latest.length > 0
      ? `/plans/${plan.id}/completeness?period=${encodeURIComponent(latest[0].periodId)}`
      : `/plans/${plan.id}/completeness`;

  return (
    <section aria-labelledby={headingId} data-testid={`plan-${plan.id}`}>
      <Card size={phone ? 'small' : 'medium'}>
        <Flex vertical style={{ marginBottom: 16 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={2} id={headingId} style={{ fontSize: 18, margin: 0 }}>
              <Link to={`/plans/${plan.id}`}>{name}</Link>
            </Typography.Title>
            <StatusTag vocabulary="planStatus" value={plan.status} />
            <Typography.Text type="secondary">
              {plan.periodStart === plan.periodEnd
                ? t('plan.year', { year: plan.periodStart })
                : t('plan.years', { start: plan.periodStart, end: plan.periodEnd })}
            </Typography.Text>
          </Flex>
          <Typography.Text>{plan.title}</Typography.Text>
        </Flex>
        <Row gutter={[32, 24]}>
          <Col xs={24} xl={14}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('plan.completenessHeading')}
            </Typography.Title>
            <PlanCompleteness plan={plan} query={completeness} name={name} />
            <Link
              to={completenessLink}
              aria-label={t('plan.openCompletenessOf', { plan: name })}
              style={{ display: 'inline-block', marginTop: 12 }}
            >
              {t('plan.openCompleteness')} <ArrowRightOutlined aria-hidden />
            </Link>
          </Col>
          <Col xs={24} xl={10}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('plan.targetsHeading')}
            </Typography.Title>
            <PlanTargets plan={plan} query={attainment} />
            <Link
              to={`/plans/${plan.id}/attainment`}
              aria-label={t('plan.openAttainmentOf', { plan: name })}
              style={{ display: 'inline-block', marginTop: 12 }}
            >
              {t('plan.openAttainment')} <ArrowRightOutlined aria-hidden />
            </Link>
          </Col>
          <Col xs={24}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('plan.behindHeading')}
            </Typography.Title>
            <PlanBehindSchedule query={taskProgress} />
          </Col>
        </Row>
      </Card>
    </section>
  );
}

function rate(value: number | null | undefined, lang: string, none: string): string {
  return value === null || value === undefined ? none : formatPercent(value, lang);
}

function PlanCompleteness({ plan, query, name }: { plan: Plan; query: UseQueryResult<CompletenessReport>; name: string }) {
  const { t, i18n } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const none = t('none');
  const phone = Grid.useBreakpoint().xs === true;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} aria-busy="true" />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  if (report.periods.length === 0) return <Typography.Paragraph type="secondary">{t('plan.noPeriods')}</Typography.Paragraph>;
  const latest = latestDuePeriods(report);
  const next = nextPeriod(report);

  const columns: TableColumnsType<PeriodCompleteness> = [
    {
      key: 'obligation',
      title: t('plan.col.obligation'),
      render: (_, period) => (
        <Link to={`/plans/${plan.id}/completeness?period=${encodeURIComponent(period.periodId)}`} title={period.obligationTitle}>
          {tc(`obligationKind.${period.obligationKind}`)} {period.year}
        </Link>
      ),
    },
    ...(phone
      ? []
      : [{ key: 'dueDate', title: t('plan.col.dueDate'), dataIndex: 'dueDate', render: (day: string) => formatDate(day) }]),
    {
      key: 'submitted',
      title: t('plan.col.submitted'),
      className: 'num',
      align: 'right',
      render: (_, period) =>
        t('plan.submittedOf', { submitted: formatNumber(period.submitted, lang), expected: formatNumber(period.expected, lang) }),
    },
    {
      key: 'completenessRate',
      title: t('plan.col.completenessRate'),
      className: 'num',
      align: 'right',
      render: (_, period) => rate(period.completenessRate, lang, none),
    },
    ...(phone
      ? []
      : [
          {
            key: 'timelinessRate',
            title: t('plan.col.timelinessRate'),
            className: 'num',
            align: 'right' as const,
            render: (_: unknown, period: PeriodCompleteness) => rate(period.timelinessRate, lang, none),
          },
        ]),
    {
      key: 'missing',
      title: t('plan.col.missing'),
      dataIndex: 'missing',
      className: 'num',
      align: 'right',
      render: (missing: number) => (
        <Typography.Text strong={missing > 0} style={missing > 0 ? { color: '#cf1322' } : undefined}>
          {formatNumber(missing, lang)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <>
      {latest.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('plan.noDuePeriod')}</Typography.Paragraph>
      ) : (
        <Table<PeriodCompleteness>
          aria-label={t('plan.completenessTable', { plan: name })}
          rowKey="periodId"
          size="small"
          columns={columns}
          dataSource={latest}
          pagination={false}
          scroll={{ x: true }}
        />
      )}
      {next ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('plan.next', { kind: tc(`obligationKind.${next.obligationKind}`), date: formatDate(next.dueDate) })}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}

function PlanTargets({ plan, query }: { plan: Plan; query: UseQueryResult<AttainmentReport> }) {
  const { t, i18n } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const none = t('none');
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} aria-busy="true" />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  if (report.targets.length === 0) return <Typography.Paragraph type="secondary">{t('plan.noTargets')}</Typography.Paragraph>;
  const counts = countTargets(report);
  const notMet = report.targets.filter((target) => target.status === 'NOT_MET');
  const threshold = (target: (typeof notMet)[number]) =>
    target.comparator && target.thresholdPercent !== null && target.thresholdPercent !== undefined
      ? t('plan.threshold', { comparator: tc(`comparator.${target.comparator}`), value: formatPercent(target.thresholdPercent, lang) })
      : none;

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {(['MET', 'NOT_MET', 'NO_DATA'] as const).map((status) => (
          <Card key={status} size="small" style={{ flex: '1 1 100px' }} data-testid={`targets-${status}`}>
            <Statistic
              title={tc(`attainmentStatus.${status}`)}
              value={counts[status]}
              formatter={() => `${formatNumber(counts[status], lang)} / ${formatNumber(counts.total, lang)}`}
            />
          </Card>
        ))}
      </Flex>
      <Typography.Title level={4} style={{ fontSize: 14 }}>
        {t('plan.notMetHeading')}
      </Typography.Title>
      {notMet.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('plan.allMet')}</Typography.Paragraph>
      ) : (
        <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="not-met">
          {notMet.map((target) => (
            <li key={target.targetId} style={{ marginBottom: 6 }}>
              <Link to={`/plans/${plan.id}/attainment?target=${encodeURIComponent(target.targetId)}`}>{target.ordinal}</Link>{' '}
              <Typography.Text>
                {t('plan.notMetFigure', { value: rate(target.valuePercent, lang, none), threshold: threshold(target) })}
              </Typography.Text>
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: target.statement }} style={{ marginBottom: 0 }}>
                {target.statement}
              </Typography.Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Journey 7: the plan's tasks behind schedule (a dated task not done after its date), named, the first few. */
function PlanBehindSchedule({ query }: { query: UseQueryResult<TaskProgressReport> }) {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 2 }} aria-busy="true" />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  if (report.tasks.length === 0) return <Typography.Paragraph type="secondary">{t('plan.noTasks')}</Typography.Paragraph>;
  const behind = behindScheduleTasks(report);
  const shown = behind.slice(0, BEHIND_LIMIT);
  return (
    <>
      <Typography.Paragraph data-testid="behind-summary">
        {t('plan.behindSummary', {
          behind: formatNumber(report.totals.tasksBehindSchedule, lang),
          tasks: formatNumber(report.totals.tasks, lang),
          done: formatNumber(report.totals.tasksDone, lang),
        })}
      </Typography.Paragraph>
      {behind.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('plan.noneBehind')}</Typography.Paragraph>
      ) : (
        <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="behind-tasks">
          {shown.map((task) => (
            <li key={task.taskId} style={{ marginBottom: 6 }}>
              <Typography.Text strong>{task.ordinal}</Typography.Text>{' '}
              <Typography.Text style={{ color: '#cf1322' }}>
                {task.dueDate ? t('plan.behindDue', { date: formatDate(task.dueDate) }) : null}
              </Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: task.content }} style={{ marginBottom: 0 }}>
                {task.content}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('plan.behindDone', {
                  done: formatNumber(task.decidingDoneAccepted, lang),
                  units: formatNumber(task.decidingUnits, lang),
                })}
                {task.notUpdated > 0 ? ` · ${t('plan.notUpdated', { count: formatNumber(task.notUpdated, lang) })}` : null}
              </Typography.Text>
            </li>
          ))}
          {behind.length > shown.length ? (
            <li>
              <Typography.Text type="secondary">{t('plan.moreBehind', { count: formatNumber(behind.length - shown.length, lang) })}</Typography.Text>
            </li>
          ) : null}
        </ul>
      )}
    </>
  );
}
