import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Flex, Grid, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { ExportButton } from '@/components/export';
import { reportExports } from './exports';
import { reportKeys } from './keys';
import messages from './locales';
import { ReportHeader, VIRTUAL_FROM, usePlan, unitColumns, useUrlState, withParams, useUrlPaging } from './shared';

registerMessages('reports', messages);

type Target = components['schemas']['TargetAttainment'];
type KindFigure = components['schemas']['KindFigure'];
type Contribution = components['schemas']['Contribution'];
type Status = components['schemas']['AttainmentStatus'];
type Coverage = NonNullable<Target['coverage']>;
type DataFilter = 'without' | 'with';

const STATUSES: Status[] = ['MET', 'NOT_MET', 'NO_DATA'];
const DEFAULT_SIZE = 50;

function yearOf(params: URLSearchParams): number | undefined {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : undefined;
}

/** "từ 100 %", "trên 90 %"; a dash when the target has no threshold. */
function useThreshold() {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  return (target: Pick<Target, 'comparator' | 'thresholdPercent'>) =>
    target.comparator && target.thresholdPercent !== null && target.thresholdPercent !== undefined
      ? t('attainment.threshold', {
          comparator: tc(`comparator.${target.comparator}`),
          value: formatPercent(target.thresholdPercent, i18n.language),
        })
      : t('none');
}

/** Journey 7: whether the plan's targets are met, and the units' figures behind each one. */
export default function AttainmentPage() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language;
  const [params, set] = useUrlState();
  const year = yearOf(params);
  const targetId = params.get('target') ?? undefined;
  const plan = usePlan(planId);
  const report = useQuery({
    queryKey: reportKeys.attainment(planId, year ? { year } : {}),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{planId}/attainment', { params: { path: { planId }, query: year ? { year } : {} } })),
    enabled: Boolean(planId),
  });

  const years = useMemo(() => {
    if (!plan.data) return [];
    const list: number[] = [];
    for (let y = plan.data.periodStart; y <= plan.data.periodEnd; y += 1) list.push(y);
    return list;
  }, [plan.data]);

  const selected = report.data?.targets.find((target) => target.targetId === targetId);

  return (
    <>
      <ReportHeader planId={planId} current="attainment" title={t('attainment.title')} />
      <QueryState query={report} skeletonRows={8}>
        {(data) => {
          const counts = Object.fromEntries(
            STATUSES.map((status) => [status, data.targets.filter((target) => target.status === status).length]),
          ) as Record<Status, number>;
          return (
            <Flex vertical gap={24}>
              <Flex justify="space-between" align="center" gap={12} wrap>
                <Typography.Text strong data-testid="as-of">
                  {t('asOf', { date: formatDate(data.asOf) })}
                </Typography.Text>
                <ExportButton
                  request={reportExports.attainment(planId, year)}
                  fallbackName="ket-qua-chi-tieu.xlsx"
                  label={t('export.targets')}
                />
                {years.length > 1 ? (
                  <Flex align="center" gap={8}>
                    <label htmlFor="attainment-year">{t('attainment.year')}</label>
                    <Select
                      id="attainment-year"
                      allowClear
                      value={year}
                      placeholder={t('attainment.latestYear')}
                      style={{ width: 220 }}
                      options={years.map((value) => ({ value, label: String(value) }))}
                      onChange={(value?: number) => set({ year: value ?? null, page: null, size: null })}
                    />
                  </Flex>
                ) : null}
              </Flex>

              {data.targets.length === 0 ? (
                <Empty description={t('attainment.empty')} />
              ) : (
                <>
                  <Flex gap={12} wrap>
                    {STATUSES.map((status) => (
                      <Card key={status} size="small" style={{ flex: '1 1 160px' }} data-testid={`count-${status}`}>
                        <Statistic
                          title={t(`attainment.count.${status}`)}
                          value={counts[status]}
                          formatter={() => `${formatNumber(counts[status], lang)} / ${formatNumber(data.targets.length, lang)}`}
                        />
                      </Card>
                    ))}
                  </Flex>
                  <section aria-labelledby="attainment-targets">
                    <Typography.Title level={2} id="attainment-targets" style={{ fontSize: 18 }}>
                      {t('attainment.targetsHeading')}
                    </Typography.Title>
                    <TargetsTable targets={data.targets} params={params} selectedId={targetId} />
                  </section>
                  {!targetId ? (
                    <Alert type="info" showIcon title={t('attainment.pickTarget')} />
                  ) : selected ? (
                    <TargetDetail key={selected.targetId} planId={planId} target={selected} year={year} />
                  ) : (
                    <Alert type="warning" showIcon title={t('notFoundTarget')} />
                  )}
                </>
              )}
            </Flex>
          );
        }}
      </QueryState>
    </>
  );
}

function value(target: Pick<Target, 'valuePercent'>, lang: string, none: string): string {
  return target.valuePercent === null || target.valuePercent === undefined ? none : formatPercent(target.valuePercent, lang);
}

function count(n: number | null | undefined, lang: string, none: string): string {
  return n === null || n === undefined ? none : formatNumber(n, lang);
}

/** "Đã có số liệu 14/36 đơn vị; 22 chưa xếp loại", with the units left out and, for REPORTED, the officials. */
function useCoverageText() {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language;
  return (target: Pick<Target, 'measure'>, coverage: Coverage, short = false): string => {
    const n = (value: number) => formatNumber(value, lang);
    const head = t(short ? 'attainment.coverageShort' : 'attainment.coverage', {
      withData: n(coverage.unitsWithData),
      population: n(coverage.populationUnits),
    });
    const parts = [head];
    if (coverage.unitsWithoutData > 0 && target.measure !== 'MANUAL') {
      parts.push(t(`attainment.without.${target.measure}`, { n: n(coverage.unitsWithoutData) }));
    }
    if (coverage.unitsNotEligible > 0) parts.push(t('attainment.notEligible', { n: n(coverage.unitsNotEligible) }));
    if (!short && coverage.officialsWithoutData) {
      parts.push(t('attainment.officialsWithout', { n: n(coverage.officialsWithoutData) }));
    }
    if (!short && coverage.unitsWithoutHeadcount) {
      parts.push(t('attainment.withoutHeadcount', { n: n(coverage.unitsWithoutHeadcount) }));
    }
    return parts.join('; ');
  };
}

function TargetsTable({ targets, params, selectedId }: { targets: Target[]; params: URLSearchParams; selectedId?: string }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const none = t('none');
  const phone = Grid.useBreakpoint().xs === true;
  const threshold = useThreshold();
  const coverageText = useCoverageText();

  const ordinalLink = (target: Target) => (
    <Link
      to={withParams(params, { target: target.targetId, page: null, size: null, data: null })}
      aria-label={t('attainment.openTarget', { ordinal: target.ordinal })}
      aria-current={target.targetId === selectedId ? 'true' : undefined}
      style={target.targetId === selectedId ? { fontWeight: 600 } : undefined}
    >
      {target.ordinal}
    </Link>
  );
  const statement = (text: string, rows: number) => (
    <Typography.Paragraph ellipsis={{ rows, tooltip: text }} style={{ marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
  const status: TableColumnsType<Target>[number] = {
    key: 'status',
    title: t('attainment.col.status'),
    dataIndex: 'status',
    width: phone ? 110 : 130,
    render: (value: Status) => <StatusTag vocabulary="attainmentStatus" value={value} />,
  };
  const rate: TableColumnsType<Target>[number] = {
    key: 'value',
    title: t('attainment.col.value'),
    className: 'num',
    align: 'right',
    width: phone ? 76 : 80,
    render: (_, target) => value(target, lang, none),
  };
  const figure = (key: 'numerator' | 'denominator') => ({
    key,
    title: t(`attainment.col.${key}`),
    dataIndex: key,
    className: 'num',
    align: 'right' as const,
    width: 84,
    render: (n: number | null) => count(n, lang, none),
  });

  // On a phone: the target and its statement, the verdict and the rate; the rest is in the detail.
  const columns: TableColumnsType<Target> = phone
    ? [
        {
          key: 'ordinal',
          title: t('attainment.col.ordinal'),
          width: 170,
          render: (_, target) => (
            <>
              {ordinalLink(target)}
              {statement(target.statement, 2)}
            </>
          ),
        },
        status,
        rate,
      ]
    : [
        { key: 'ordinal', title: t('attainment.col.ordinal'), width: 80, render: (_, target) => ordinalLink(target) },
        { key: 'statement', title: t('attainment.col.statement'), dataIndex: 'statement', width: 300, render: (text: string) => statement(text, 3) },
        status,
        rate,
        { key: 'threshold', title: t('attainment.col.threshold'), width: 96, render: (_, target) => threshold(target) },
        figure('numerator'),
        figure('denominator'),
        {
          key: 'coverage',
          title: t('attainment.coverageCol'),
          width: 170,
          render: (_, target) => (target.coverage ? <span data-testid={`coverage-${target.targetId}`}>{coverageText(target, target.coverage, true)}</span> : none),
        },
        {
          key: 'measure',
          title: t('attainment.col.measure'),
          dataIndex: 'measure',
          width: 130,
          render: (measure: Target['measure']) => tc(`measureKind.${measure}`),
        },
        {
          key: 'period',
          title: t('attainment.col.period'),
          width: 130,
          render: (_, target) => (target.year ? t('attainment.period', { year: target.year, date: formatDate(target.dueDate) }) : none),
        },
        { key: 'reason', title: t('attainment.col.reason'), dataIndex: 'reason', width: 220, render: (reason: string | null) => reason ?? '' },
      ];
  const width = columns.reduce((sum, column) => sum + Number(column.width ?? 0), 0);

  return (
    <Table<Target>
      aria-label={t('attainment.targetsTable')}
      rowKey="targetId"
      size="middle"
      columns={columns}
      dataSource={targets}
      pagination={false}
      scroll={{ x: width }}
      rowClassName={(target) => (target.targetId === selectedId ? 'ant-table-row-selected' : '')}
    />
  );
}

function TargetDetail({ planId, target, year }: { planId: string; target: Target; year?: number }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const none = t('none');
  const threshold = useThreshold();
  const coverageText = useCoverageText();
  const computed = target.measure !== 'MANUAL';

  return (
    <section aria-labelledby="attainment-target" data-testid="target-detail">
      <Typography.Title level={2} id="attainment-target" style={{ fontSize: 18 }}>
        {t('attainment.targetHeading', { ordinal: target.ordinal })}
      </Typography.Title>
      <Typography.Paragraph>{target.statement}</Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 24 }}
        items={[
          { key: 'measure', label: t('attainment.col.measure'), children: tc(`measureKind.${target.measure}`) },
          { key: 'status', label: t('attainment.col.status'), children: <StatusTag vocabulary="attainmentStatus" value={target.status} /> },
          { key: 'value', label: t('attainment.col.value'), children: value(target, lang, none) },
          { key: 'numerator', label: t('attainment.col.numerator'), children: count(target.numerator, lang, none) },
          { key: 'denominator', label: t('attainment.col.denominator'), children: count(target.denominator, lang, none) },
          { key: 'threshold', label: t('attainment.col.threshold'), children: threshold(target) },
          {
            key: 'period',
            label: t('attainment.col.period'),
            children: target.year ? t('attainment.period', { year: target.year, date: formatDate(target.dueDate) }) : none,
          },
          ...(target.coverage
            ? [
                {
                  key: 'coverage',
                  label: t('attainment.coverageLabel'),
                  span: 'filled' as const,
                  children: <span data-testid="target-coverage">{coverageText(target, target.coverage)}</span>,
                },
              ]
            : []),
          ...(computed && target.measure !== 'SUBMISSION'
            ? [
                {
                  key: 'missingData',
                  label: t('attainment.missingDataLabel'),
                  span: 'filled' as const,
                  children:
                    t(`attainment.missingData.${target.missingData}`) +
                    (target.allowMetOnPartialData ? `; ${t('attainment.allowMetOnPartialData').toLowerCase()}` : ''),
                },
              ]
            : []),
          ...(target.reason ? [{ key: 'reason', label: t('attainment.col.reason'), span: 'filled' as const, children: target.reason }] : []),
        ]}
      />
      {target.byKind.length > 0 ? <ByKindTable figures={target.byKind} /> : null}
      <Contributions planId={planId} target={target} year={year} />
    </section>
  );
}

function ByKindTable({ figures }: { figures: KindFigure[] }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const none = t('none');
  const columns: TableColumnsType<KindFigure> = [
    { key: 'kind', title: t('attainment.kind'), dataIndex: 'kind', render: (kind: string) => tc(`orgUnitKind.${kind}`) },
    {
      key: 'numerator',
      title: t('attainment.col.numerator'),
      dataIndex: 'numerator',
      className: 'num',
      align: 'right',
      render: (n: number) => formatNumber(n, lang),
    },
    {
      key: 'denominator',
      title: t('attainment.col.denominator'),
      dataIndex: 'denominator',
      className: 'num',
      align: 'right',
      render: (n: number) => formatNumber(n, lang),
    },
    {
      key: 'value',
      title: t('attainment.col.value'),
      className: 'num',
      align: 'right',
      render: (_, figure) => value(figure, lang, none),
    },
  ];
  return (
    <section aria-labelledby="attainment-by-kind" style={{ marginBottom: 24, maxWidth: 640 }}>
      <Typography.Title level={3} id="attainment-by-kind" style={{ fontSize: 16 }}>
        {t('attainment.byKindHeading')}
      </Typography.Title>
      <Table<KindFigure>
        aria-label={t('attainment.byKindTable')}
        rowKey="kind"
        size="small"
        columns={columns}
        dataSource={figures}
        pagination={false}
        scroll={{ x: true }}
      />
    </section>
  );
}

function Contributions({ planId, target, year }: { planId: string; target: Target; year?: number }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const phone = Grid.useBreakpoint().xs === true;
  const { page, size, tablePaging } = useUrlPaging(DEFAULT_SIZE);
  const [params, set] = useUrlState();
  const dataParam = params.get('data');
  const filter: DataFilter | undefined = dataParam === 'without' || dataParam === 'with' ? dataParam : undefined;
  const hasData = filter === undefined ? undefined : filter === 'with';
  const query = { year, page: page - 1, size, ...(hasData === undefined ? {} : { hasData }) };
  const contributions = useQuery({
    queryKey: reportKeys.contributions(planId, target.targetId, query),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{planId}/attainment/{targetId}/units', {
          params: { path: { planId, targetId: target.targetId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Contribution> = [
    ...unitColumns<Contribution>(
      {
        unit: t('attainment.unit'),
        kind: t('attainment.kind'),
        openSubmission: (unit) => t('attainment.openSubmission', { unit }),
        openAssessment: (unit) => t('attainment.openAssessment', { unit }),
      },
      (kind) => tc(`orgUnitKind.${kind}`),
      phone,
    ),
    {
      key: 'numerator',
      title: t('attainment.col.numerator'),
      dataIndex: 'numerator',
      className: 'num',
      align: 'right',
      width: phone ? 80 : 100,
      render: (n: number) => formatNumber(n, lang),
    },
    {
      key: 'denominator',
      title: t('attainment.col.denominator'),
      dataIndex: 'denominator',
      className: 'num',
      align: 'right',
      width: phone ? 80 : 100,
      render: (n: number) => formatNumber(n, lang),
    },
    {
      key: 'data',
      title: t('attainment.dataCol'),
      dataIndex: 'dataStatus',
      width: phone ? 110 : 140,
      render: (status: Contribution['dataStatus']) =>
        status === 'HAS_DATA' ? (
          <Typography.Text type="secondary">{t('attainment.dataStatus.HAS_DATA')}</Typography.Text>
        ) : (
          <Tag color={status === 'NOT_ELIGIBLE' ? 'default' : 'warning'}>{t(`attainment.dataStatus.${status}`)}</Tag>
        ),
    },
  ];
  const width = columns.reduce((sum, column) => sum + Number(column.width ?? 0), 0);

  return (
    <section aria-labelledby="attainment-contributions">
      <Typography.Title level={3} id="attainment-contributions" style={{ fontSize: 16 }}>
        {t('attainment.contributionsHeading')}
      </Typography.Title>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <ExportButton
          request={reportExports.contributions(planId, target.targetId, year, hasData)}
          fallbackName="so-lieu-don-vi.xlsx"
          label={t('export.contributions')}
        />
      </Flex>
      {target.coverage ? (
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <label htmlFor="attainment-data">{t('attainment.dataFilter')}</label>
          <Select
            id="attainment-data"
            value={filter ?? 'all'}
            style={{ width: 240 }}
            options={[
              { value: 'all', label: t('attainment.dataFilterAll') },
              { value: 'without', label: t('attainment.dataFilterWithout') },
              { value: 'with', label: t('attainment.dataFilterWith') },
            ]}
            onChange={(value: string) => set({ data: value === 'all' ? null : value, page: null })}
          />
        </Flex>
      ) : null}
      <QueryState
        query={contributions}
        isEmpty={(data) => data.totalItems === 0}
        emptyText={t('attainment.contributionsEmpty')}
        skeletonRows={6}
      >
        {(data) => {
          const numerator = data.items.reduce((sum, row) => sum + row.numerator, 0);
          const denominator = data.items.reduce((sum, row) => sum + row.denominator, 0);
          const complete = data.items.length >= data.totalItems;
          const matches = numerator === target.numerator && denominator === target.denominator;
          const figures = {
            count: formatNumber(data.totalItems, lang),
            numerator: formatNumber(complete ? numerator : (target.numerator ?? 0), lang),
            denominator: formatNumber(complete ? denominator : (target.denominator ?? 0), lang),
            targetNumerator: count(target.numerator, lang, t('none')),
            targetDenominator: count(target.denominator, lang, t('none')),
          };
          const many = data.items.length > VIRTUAL_FROM;
          return (
            <>
              {filter ? (
                <Typography.Paragraph data-testid="contributions-filtered">
                  {t('attainment.filteredTotal', { n: formatNumber(data.totalItems, lang) })}
                </Typography.Paragraph>
              ) : target.numerator === null || target.numerator === undefined ? null : (
                <Alert
                  type={complete && !matches ? 'warning' : 'success'}
                  showIcon
                  style={{ marginBottom: 12 }}
                  data-testid="contributions-sum"
                  title={
                    complete
                      ? t(matches ? 'attainment.sumMatches' : 'attainment.sumDiffers', figures)
                      : t('attainment.sumPaged', figures)
                  }
                />
              )}
              <Table<Contribution>
                aria-label={t('attainment.contributionsTable')}
                rowKey="unitId"
                size="small"
                columns={columns}
                dataSource={data.items}
                loading={contributions.isFetching}
                virtual={many}
                scroll={many ? { x: width, y: 560 } : { x: width }}
                {...tablePaging(data.totalItems)}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={phone ? 1 : 2}>
                      <Typography.Text strong>{t('attainment.pageTotal')}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={phone ? 1 : 2} className="num" align="right">
                      <Typography.Text strong data-testid="page-numerator">
                        {formatNumber(numerator, lang)}
                      </Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={phone ? 2 : 3} className="num" align="right">
                      <Typography.Text strong data-testid="page-denominator">
                        {formatNumber(denominator, lang)}
                      </Typography.Text>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
