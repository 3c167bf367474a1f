import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Grid, Segmented, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { ExportButton } from '@/components/export';
import { reportExports } from './exports';
import { reportKeys, type UnitReportStatus } from './keys';
import messages from './locales';
import { ReportChart, STATE_COLORS, type ReportChartOption } from './ReportChart';
import { ReportHeader, VIRTUAL_FROM, unitColumns, useUrlState, withParams, useUrlPaging } from './shared';

registerMessages('reports', messages);

type Period = components['schemas']['PeriodCompleteness'];
type PeriodUnit = components['schemas']['PeriodUnit'];

const STATUSES: UnitReportStatus[] = ['MISSING', 'LATE', 'ON_TIME', 'RETURNED', 'ACCEPTED'];
const DEFAULT_SIZE = 50;

function statusOf(value: string | null): UnitReportStatus | undefined {
  return STATUSES.find((status) => status === value);
}

function useCompleteness(planId: string, obligationId?: string) {
  const filter = obligationId ? { obligationId } : {};
  return useQuery({
    queryKey: reportKeys.completeness(planId, filter),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{planId}/completeness', { params: { path: { planId }, query: filter } })),
    enabled: Boolean(planId),
  });
}

/** Journey 3: how far the units are with what they owe, period by period, down to each unit. */
export default function CompletenessPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation('reports');
  const [params, set] = useUrlState();
  const obligationId = params.get('obligation') ?? undefined;
  const periodId = params.get('period') ?? undefined;
  const all = useCompleteness(planId);
  const report = useCompleteness(planId, obligationId);

  const obligations = useMemo(() => {
    const seen = new Map<string, string>();
    for (const period of all.data?.periods ?? []) {
      if (!seen.has(period.obligationId)) seen.set(period.obligationId, period.obligationTitle);
    }
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [all.data]);

  const selected = useMemo(
    () =>
      periodId
        ? (report.data?.periods.find((period) => period.periodId === periodId) ??
          all.data?.periods.find((period) => period.periodId === periodId))
        : undefined,
    [periodId, report.data, all.data],
  );

  return (
    <>
      <ReportHeader planId={planId} current="completeness" title={t('completeness.title')} />
      <QueryState query={report} skeletonRows={8}>
        {(data) => (
          <Flex vertical gap={24}>
            <Flex justify="space-between" align="center" gap={12} wrap>
              <Typography.Text strong data-testid="as-of">
                {t('asOf', { date: formatDate(data.asOf) })}
              </Typography.Text>
              <ExportButton
                request={reportExports.completeness(planId, obligationId)}
                fallbackName="tien-do-nop.xlsx"
                label={t('export.periods')}
              />
              {obligations.length > 1 ? (
                <Flex align="center" gap={8} wrap style={{ maxWidth: '100%' }}>
                  <label htmlFor="completeness-obligation">{t('completeness.obligation')}</label>
                  <Select
                    id="completeness-obligation"
                    allowClear
                    value={obligationId}
                    placeholder={t('completeness.allObligations')}
                    options={obligations}
                    popupMatchSelectWidth={false}
                    style={{ width: 360, maxWidth: '100%' }}
                    onChange={(value?: string) => set({ obligation: value ?? null, period: null, status: null, page: null })}
                  />
                </Flex>
              ) : null}
            </Flex>

            <section aria-labelledby="completeness-periods">
              <Typography.Title level={2} id="completeness-periods" style={{ fontSize: 18 }}>
                {t('completeness.periodsHeading')}
              </Typography.Title>
              {data.periods.length === 0 ? (
                <Empty description={t('completeness.empty')} />
              ) : (
                <Flex vertical gap={16}>
                  <PeriodsTable periods={data.periods} params={params} selectedId={periodId} />
                  {data.periods.length > 1 ? <RatesChart periods={data.periods} /> : null}
                </Flex>
              )}
            </section>

            {!periodId ? (
              data.periods.length > 0 ? <Alert type="info" showIcon title={t('completeness.pickPeriod')} /> : null
            ) : selected ? (
              <PeriodDetail key={selected.periodId} planId={planId} period={selected} />
            ) : all.isPending ? null : (
              <Alert type="warning" showIcon title={t('notFoundPeriod')} />
            )}
          </Flex>
        )}
      </QueryState>
    </>
  );
}

function rate(value: number | null | undefined, lang: string, none: string): string {
  return value === null || value === undefined ? none : formatPercent(value, lang);
}

function PeriodsTable({ periods, params, selectedId }: { periods: Period[]; params: URLSearchParams; selectedId?: string }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const phone = Grid.useBreakpoint().xs === true;
  const lang = i18n.language;
  const count = (key: keyof Period, title: string) => ({
    key,
    title,
    dataIndex: key,
    className: 'num',
    align: 'right' as const,
    render: (value: number) => formatNumber(value, lang),
  });

  const columns: TableColumnsType<Period> = [
    {
      key: 'obligation',
      title: t('completeness.col.obligation'),
      width: phone ? 190 : 280,
      render: (_, period) => (
        <Flex vertical>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {tc(`obligationKind.${period.obligationKind}`)}
          </Typography.Text>
          <Link
            to={withParams(params, { period: period.periodId, status: null, page: null, size: null })}
            aria-current={period.periodId === selectedId ? 'true' : undefined}
            title={phone ? period.obligationTitle : undefined}
            style={{
              fontWeight: period.periodId === selectedId ? 600 : undefined,
              // on a phone the long titles of the obligations are cut after three lines
              ...(phone ? { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' } : {}),
            }}
          >
            {period.obligationTitle}
          </Link>
        </Flex>
      ),
    },
    ...(phone ? [] : [{ key: 'year', title: t('completeness.col.year'), dataIndex: 'year', className: 'num', align: 'right' as const }]),
    { key: 'dueDate', title: t('completeness.col.dueDate'), dataIndex: 'dueDate', render: (value: string) => formatDate(value) },
    count('expected', t('completeness.col.expected')),
    count('submitted', t('completeness.col.submitted')),
    ...(phone
      ? []
      : [
          count('accepted', t('completeness.col.accepted')),
          count('returned', t('completeness.col.returned')),
          count('onTime', t('completeness.col.onTime')),
          count('late', t('completeness.col.late')),
        ]),
    count('missing', t('completeness.col.missing')),
    {
      key: 'completenessRate',
      title: t('completeness.col.completenessRate'),
      dataIndex: 'completenessRate',
      className: 'num',
      align: 'right',
      render: (value: number | null) => rate(value, lang, t('none')),
    },
    {
      key: 'timelinessRate',
      title: t('completeness.col.timelinessRate'),
      dataIndex: 'timelinessRate',
      className: 'num',
      align: 'right',
      render: (value: number | null) => rate(value, lang, t('none')),
    },
  ];

  return (
    <Table<Period>
      aria-label={t('completeness.periodsTable')}
      rowKey="periodId"
      size="middle"
      columns={columns}
      dataSource={periods}
      pagination={false}
      scroll={{ x: phone ? 620 : true }}
      rowClassName={(period) => (period.periodId === selectedId ? 'ant-table-row-selected' : '')}
    />
  );
}

function periodLabel(period: Period, kindName: string): string {
  return `${kindName} ${period.year}`;
}

function RatesChart({ periods }: { periods: Period[] }) {
  const { t, i18n } = useTranslation('reports');
  const phone = Grid.useBreakpoint().xs === true;
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const labels = periods.map((period) => periodLabel(period, tc(`obligationKind.${period.obligationKind}`)));
  const completenessName = t('completeness.col.completenessRate');
  const timelinessName = t('completeness.col.timelinessRate');
  const summary = `${t('completeness.ratesChart')}. ${periods
    .map((period, index) =>
      t('completeness.ratesSummary', {
        period: labels[index],
        completeness: rate(period.completenessRate, lang, t('none')),
        timeliness: rate(period.timelinessRate, lang, t('none')),
      }),
    )
    .join('; ')}.`;
  const percentLabel = {
    show: true,
    position: 'right' as const,
    formatter: (item: { value?: unknown }) => (typeof item.value === 'number' ? formatPercent(item.value, lang) : ''),
  };
  const option: ReportChartOption = {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? formatPercent(value, lang) : t('none')),
    },
    legend: { top: 0, data: [completenessName, timelinessName] },
    grid: { left: 8, right: 64, top: 36, bottom: 24 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      splitNumber: phone ? 2 : 5,
      axisLabel: { hideOverlap: true, formatter: (value: number) => formatPercent(value, lang) },
    },
    yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { width: phone ? 96 : 150, lineHeight: 15, overflow: phone ? 'break' : 'truncate' } },
    series: [
      {
        name: completenessName,
        type: 'bar',
        data: periods.map((period) => period.completenessRate ?? null),
        itemStyle: { color: STATE_COLORS.completeness },
        label: percentLabel,
      },
      {
        name: timelinessName,
        type: 'bar',
        data: periods.map((period) => period.timelinessRate ?? null),
        itemStyle: { color: STATE_COLORS.timeliness },
        label: percentLabel,
      },
    ],
  };
  return (
    <Card size="small" title={t('completeness.ratesChart')}>
      <ReportChart option={option} summary={summary} height={72 + periods.length * 64} />
    </Card>
  );
}

function PeriodDetail({ planId, period }: { planId: string; period: Period }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const stats: { key: string; title: string; value: string }[] = [
    { key: 'expected', title: t('completeness.stat.expected'), value: formatNumber(period.expected, lang) },
    { key: 'submitted', title: t('completeness.stat.submitted'), value: formatNumber(period.submitted, lang) },
    { key: 'onTime', title: t('completeness.stat.onTime'), value: formatNumber(period.onTime, lang) },
    { key: 'late', title: t('completeness.stat.late'), value: formatNumber(period.late, lang) },
    { key: 'missing', title: t('completeness.stat.missing'), value: formatNumber(period.missing, lang) },
    { key: 'completenessRate', title: t('completeness.stat.completenessRate'), value: rate(period.completenessRate, lang, t('none')) },
    { key: 'timelinessRate', title: t('completeness.stat.timelinessRate'), value: rate(period.timelinessRate, lang, t('none')) },
  ];
  return (
    <section aria-labelledby="completeness-period" data-testid="period-detail">
      <Typography.Title level={2} id="completeness-period" style={{ fontSize: 18, marginBottom: 4 }}>
        {t('completeness.periodHeading', { kind: tc(`obligationKind.${period.obligationKind}`), year: period.year })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {period.obligationTitle} · {t('completeness.periodDue', { date: formatDate(period.dueDate) })}
      </Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        {stats.map((stat) => (
          <Card key={stat.key} size="small" style={{ flex: '1 1 140px' }} data-testid={`stat-${stat.key}`}>
            <Statistic title={stat.title} value={stat.value} formatter={() => stat.value} />
          </Card>
        ))}
      </Flex>
      <PeriodChart period={period} />
      <PeriodUnits planId={planId} period={period} />
    </section>
  );
}

function PeriodChart({ period }: { period: Period }) {
  const { t, i18n } = useTranslation('reports');
  const phone = Grid.useBreakpoint().xs === true;
  const lang = i18n.language;
  const pending = Math.max(0, period.submitted - period.accepted - period.returned);
  const rows = [t('completeness.chart.timelinessRow'), t('completeness.chart.reviewRow')];
  const series: { key: keyof typeof STATE_COLORS; data: [number | null, number | null] }[] = [
    { key: 'onTime', data: [period.onTime, null] },
    { key: 'late', data: [period.late, null] },
    { key: 'accepted', data: [null, period.accepted] },
    { key: 'pending', data: [null, pending] },
    { key: 'returned', data: [null, period.returned] },
    { key: 'missing', data: [period.missing, period.missing] },
  ];
  const summary = t('completeness.chart.summary', {
    expected: formatNumber(period.expected, lang),
    onTime: formatNumber(period.onTime, lang),
    late: formatNumber(period.late, lang),
    missing: formatNumber(period.missing, lang),
    accepted: formatNumber(period.accepted, lang),
    pending: formatNumber(pending, lang),
    returned: formatNumber(period.returned, lang),
  });
  const option: ReportChartOption = {
    tooltip: { trigger: 'item', valueFormatter: (value) => (typeof value === 'number' ? formatNumber(value, lang) : '') },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: phone ? 72 : 48 },
    xAxis: { type: 'value', max: Math.max(period.expected, 1), minInterval: 1, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: rows },
    series: series.map(({ key, data }) => ({
      name: t(`completeness.chart.${key}`),
      type: 'bar',
      stack: 'units',
      barWidth: 28,
      data,
      itemStyle: { color: STATE_COLORS[key] },
      label: {
        show: true,
        color: '#ffffff',
        formatter: (item: { value?: unknown }) => (typeof item.value === 'number' && item.value > 0 ? formatNumber(item.value, lang) : ''),
      },
    })),
  };
  return (
    <Card size="small" title={t('completeness.chart.title')} style={{ marginBottom: 16 }}>
      <ReportChart option={option} summary={summary} height={phone ? 230 : 190} />
      <Typography.Paragraph style={{ marginBottom: 0, marginTop: 8 }} data-testid="period-summary">
        {summary}
      </Typography.Paragraph>
    </Card>
  );
}

function PeriodUnits({ planId, period }: { planId: string; period: Period }) {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const phone = Grid.useBreakpoint().xs === true;
  const [params, set] = useUrlState();
  const status = statusOf(params.get('status'));
  const { page, size, tablePaging } = useUrlPaging(DEFAULT_SIZE);
  const units = useQuery({
    queryKey: reportKeys.periodUnits(planId, period.periodId, { status, page: page - 1, size }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{planId}/completeness/{periodId}/units', {
          params: { path: { planId, periodId: period.periodId }, query: { status, page: page - 1, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const counts: Record<UnitReportStatus, number> = {
    MISSING: period.missing,
    LATE: period.late,
    ON_TIME: period.onTime,
    RETURNED: period.returned,
    ACCEPTED: period.accepted,
  };
  const options = [
    { value: 'ALL', label: t('completeness.units.option', { label: t('completeness.units.all'), count: period.expected }) },
    ...STATUSES.map((value) => ({
      value,
      label: t('completeness.units.option', { label: tc(`reportStatus.${value}`), count: counts[value] }),
    })),
  ];

  const columns: TableColumnsType<PeriodUnit> = [
    ...unitColumns<PeriodUnit>(
      {
        unit: t('completeness.units.unit'),
        kind: t('completeness.units.kind'),
        openSubmission: (unit) => t('completeness.units.openSubmission', { unit }),
      },
      (kind) => tc(`orgUnitKind.${kind}`),
      phone,
    ),
    {
      key: 'state',
      title: t('completeness.units.state'),
      dataIndex: 'state',
      width: 150,
      render: (value: PeriodUnit['state']) => <StatusTag vocabulary="unitState" value={value} />,
    },
    {
      key: 'timeliness',
      title: t('completeness.units.timeliness'),
      dataIndex: 'timeliness',
      width: 120,
      render: (value: PeriodUnit['timeliness']) => (value ? <StatusTag vocabulary="timeliness" value={value} /> : t('none')),
    },
    {
      key: 'dueDate',
      title: <span title={t('completeness.units.dueDateHint')}>{t('completeness.units.dueDate')}</span>,
      dataIndex: 'dueDate',
      width: 150,
      render: (value: string) => (
        <>
          {formatDate(value)}
          {value !== period.dueDate ? (
            <Tag style={{ marginInlineStart: 6 }}>{t('completeness.units.extended')}</Tag>
          ) : null}
        </>
      ),
    },
    ...(phone
      ? []
      : [
          {
            key: 'firstSubmittedAt',
            title: t('completeness.units.firstSubmittedAt'),
            dataIndex: 'firstSubmittedAt',
            width: 160,
            render: (value: string | null) => (value ? formatDateTime(value) : t('none')),
          },
        ]),
  ];
  const tableWidth = columns.reduce((sum, column) => sum + Number(column.width ?? 0), 0);

  return (
    <section aria-labelledby="completeness-units">
      <Typography.Title level={3} id="completeness-units" style={{ fontSize: 16 }}>
        {t('completeness.units.heading')}
      </Typography.Title>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <ExportButton
          request={reportExports.periodUnits(planId, period.periodId, status)}
          fallbackName="don-vi-phai-nop.xlsx"
          label={t('export.units')}
        />
      </Flex>
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<string>
          aria-label={t('completeness.units.filter')}
          orientation={phone ? 'vertical' : 'horizontal'}
          block={phone}
          value={status ?? 'ALL'}
          options={options}
          onChange={(value) => set({ status: value === 'ALL' ? null : value, page: null })}
        />
      </div>
      <QueryState query={units} skeletonRows={6}>
        {(data) => {
          const many = data.items.length > VIRTUAL_FROM;
          return (
            <Table<PeriodUnit>
              aria-label={t('completeness.units.table')}
              rowKey="unitId"
              size="small"
              columns={columns}
              dataSource={data.items}
              loading={units.isFetching}
              virtual={many}
              scroll={many ? { x: tableWidth, y: 560 } : { x: tableWidth }}
              locale={{ emptyText: <Empty description={t('completeness.units.empty')} /> }}
              {...tablePaging(data.totalItems)}
            />
          );
        }}
      </QueryState>
    </section>
  );
}
