import { Button, Card, Flex, Grid, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '@/api/schema';
import { FilterBar, FilterSelect, YearFilter } from '@/components/FilterBar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { api, unwrap } from '@/lib/api';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { reportKeys } from './keys';
import messages from './locales';
import { ReportChart, type ReportChartOption } from './ReportChart';
import { useUrlState, useUrlPaging } from './shared';

registerMessages('reports', messages);

type S = components['schemas'];
type Kind = S['OrgUnitKind'];
type RubricRatings = S['RubricRatings'];
type RatedUnit = S['RatedUnit'];

const KINDS: Kind[] = ['DEPARTMENT', 'PUBLIC_SERVICE_UNIT', 'CENTRAL_AGENCY', 'DISTRICT', 'COMMUNE', 'PARTY_BODY', 'MASS_ORGANISATION', 'PROVINCE'];
/** One hue per unit kind (dark enough for AA against white); the decal patterns and the legend carry the meaning too. */
const KIND_COLORS: Record<Kind, string> = {
  DEPARTMENT: '#0958d9',
  PUBLIC_SERVICE_UNIT: '#006d75',
  CENTRAL_AGENCY: '#531dab',
  DISTRICT: '#ad4e00',
  COMMUNE: '#237804',
  PARTY_BODY: '#a8071a',
  MASS_ORGANISATION: '#874d00',
  PROVINCE: '#434343',
};
const DEFAULT_SIZE = 20;

function label(level: { labelVi: string; labelEn: string }, lang: string) {
  return lang.startsWith('en') ? level.labelEn : level.labelVi;
}

/** The newest year with a FINAL assessment (the list is newest year first): the page opens on it. */
function useLatestRatedYear(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.latestRatedYear(),
    queryFn: () => unwrap(api.GET('/api/v1/assessments', { params: { query: { status: 'FINAL', size: 1 } } })),
    enabled,
    select: (data) => data.items[0]?.year ?? dayjs().year(),
    staleTime: 5 * 60_000,
  });
}

/** The rating distribution of a year by level and unit kind (chart, written summary, table) and the units behind each figure. */
export default function RatingsPage() {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const [params, set] = useUrlState();
  const yearInUrl = Number(params.get('year'));
  const hasYear = Number.isInteger(yearInUrl) && yearInUrl >= 1945 && yearInUrl <= 2200;
  const latest = useLatestRatedYear(!hasYear);
  const year = hasYear ? yearInUrl : latest.data;
  const kindParam = params.get('kind');
  const kind = KINDS.includes(kindParam as Kind) ? (kindParam as Kind) : undefined;
  const thisYear = dayjs().year();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);

  const distribution = useQuery({
    queryKey: reportKeys.ratings({ year: year ?? 0, kind }),
    queryFn: () => unwrap(api.GET('/api/v1/ratings', { params: { query: { year: year!, kind } } })),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
  });
  const state = year === undefined && !hasYear ? { ...latest, data: undefined, isPending: latest.isPending } : distribution;

  return (
    <>
      <PageHeader title={t('ratings.title')} subtitle={t('ratings.subtitle')} />
      <FilterBar>
        <YearFilter
          id="ratings-year"
          label={t('ratings.year')}
          width={120}
          years={years}
          value={year}
          onChange={(value) => set({ year: value ?? null, level: null, eligible: null, page: null })}
        />
        <FilterSelect
          id="ratings-kind"
          label={t('ratings.kind')}
          width={220}
          allowClear
          placeholder={t('ratings.allKinds')}
          value={kind}
          onChange={(value?: string) => set({ kind: value ?? null, page: null })}
          options={KINDS.map((k) => ({ value: k, label: tc(`orgUnitKind.${k}`) }))}
        />
      </FilterBar>
      <QueryState
        query={state as typeof distribution}
        isEmpty={(data) => data.rubrics.every((r) => r.rated + r.notEligible === 0)}
        emptyText={t('ratings.empty', { year })}
        skeletonRows={8}
      >
        {(data) => (
          <Flex vertical gap={16}>
            {data.rubrics
              .filter((r) => r.rated + r.notEligible > 0)
              .map((rubric) => (
                <Distribution key={rubric.rubricId} year={data.year} rubric={rubric} />
              ))}
            <RatedUnits year={data.year} kind={kind} />
          </Flex>
        )}
      </QueryState>
    </>
  );
}

function Distribution({ year, rubric }: { year: number; rubric: RubricRatings }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const phone = Grid.useBreakpoint().xs === true;
  const [, set] = useUrlState();
  const kinds = KINDS.filter((k) => rubric.levels.some((level) => level.byKind.some((entry) => entry.kind === k && entry.units > 0)));
  const count = (level: S['RatingLevel'], k: Kind) => level.byKind.find((entry) => entry.kind === k)?.units ?? 0;
  const levelNames = rubric.levels.map((level) => label(level, lang));
  const rubricName = t('ratings.rubric', { name: rubric.rubricName, decision: rubric.decisionNumber });
  const summary = t('ratings.chartSummary', {
    year,
    rubric: rubricName,
    levels: [
      ...rubric.levels.map((level, i) => t('ratings.levelSummary', { level: levelNames[i], units: formatNumber(level.units, lang) })),
      t('ratings.levelSummary', { level: t('ratings.notEligible'), units: formatNumber(rubric.notEligible, lang) }),
    ].join('; '),
  });
  const option: ReportChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: kinds.map((k) => tc(`orgUnitKind.${k}`)) },
    grid: { left: 8, right: 24, top: kinds.length > 3 && phone ? 64 : 40, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, name: t('ratings.units'), nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', inverse: true, data: levelNames, axisLabel: { width: phone ? 96 : 180, overflow: 'break' } },
    series: kinds.map((k) => ({
      name: tc(`orgUnitKind.${k}`),
      type: 'bar',
      stack: 'units',
      data: rubric.levels.map((level) => count(level, k) || null),
      itemStyle: { color: KIND_COLORS[k] },
      label: { show: true, color: '#ffffff', formatter: (item: { value?: unknown }) => (typeof item.value === 'number' ? formatNumber(item.value, lang) : '') },
    })),
  };

  interface Row {
    key: string;
    name: string;
    code?: string;
    units: number;
    byKind: Partial<Record<Kind, number>>;
  }
  const rows: Row[] = [
    ...rubric.levels.map((level, i) => ({
      key: level.code,
      name: levelNames[i],
      code: level.code,
      units: level.units,
      byKind: Object.fromEntries(kinds.map((k) => [k, count(level, k)])),
    })),
    { key: '__not-eligible', name: t('ratings.notEligible'), units: rubric.notEligible, byKind: {} },
  ];
  const columns: TableColumnsType<Row> = [
    { key: 'level', title: t('ratings.level'), dataIndex: 'name', fixed: 'left', width: phone ? 140 : 240 },
    ...kinds.map((k) => ({
      key: k,
      title: tc(`orgUnitKind.${k}`),
      className: 'num',
      align: 'right' as const,
      render: (_: unknown, row: Row) => (row.code ? formatNumber(row.byKind[k] ?? 0, lang) : ''),
    })),
    {
      key: 'total',
      title: t('ratings.total'),
      className: 'num',
      align: 'right',
      render: (_, row) =>
        row.units > 0 ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            aria-label={t('ratings.showUnits', { count: row.units, level: row.name })}
            onClick={() => set(row.code ? { level: row.code, eligible: null, page: null } : { level: null, eligible: 'false', page: null })}
          >
            {formatNumber(row.units, lang)}
          </Button>
        ) : (
          formatNumber(0, lang)
        ),
    },
  ];

  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{rubricName}</Typography.Title>}>
      <Typography.Paragraph type="secondary" data-testid="ratings-counts">
        {t('ratings.counts', { rated: formatNumber(rubric.rated, lang), notEligible: formatNumber(rubric.notEligible, lang) })}
      </Typography.Paragraph>
      <ReportChart option={option} summary={summary} height={80 + rubric.levels.length * 56} />
      <Typography.Paragraph style={{ marginTop: 8 }} data-testid="ratings-summary">
        {summary}
      </Typography.Paragraph>
      <Table<Row>
        aria-label={t('ratings.tableLabel')}
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={columns}
      />
    </Card>
  );
}

function RatedUnits({ year, kind }: { year: number; kind?: Kind }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const [params, set] = useUrlState();
  const level = params.get('level') || undefined;
  const eligibleParam = params.get('eligible');
  const eligible = eligibleParam === 'false' ? false : eligibleParam === 'true' ? true : undefined;
  const { page, size, tablePaging } = useUrlPaging(DEFAULT_SIZE);
  const query = { year, kind, level, eligible, page: page - 1, size };
  const units = useQuery({
    queryKey: reportKeys.ratedUnits(query),
    queryFn: () => unwrap(api.GET('/api/v1/ratings/units', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const levelName = (row: RatedUnit) => (lang.startsWith('en') ? row.levelLabelEn : row.levelLabelVi) ?? '';
  const heading =
    eligible === false ? t('ratings.notEligible') : level ? t('ratings.unitsHeading', { level: units.data?.items[0] ? levelName(units.data.items[0]) : level }) : t('ratings.unitsHeadingAll');
  const columns: TableColumnsType<RatedUnit> = [
    {
      key: 'unit',
      title: t('ratings.col.unit'),
      dataIndex: 'unitName',
      render: (name: string, row) => (
        <div style={{ minWidth: 160 }}>
          <Link to={`/assessments/${row.assessmentId}`}>{name}</Link>
        </div>
      ),
    },
    { key: 'kind', title: t('ratings.col.kind'), dataIndex: 'unitKind', render: (value: Kind) => tc(`orgUnitKind.${value}`) },
    {
      key: 'level',
      title: t('ratings.col.level'),
      render: (_, row) => (row.eligible ? levelName(row) : <Typography.Text type="secondary">{t('ratings.notEligible')}</Typography.Text>),
    },
    { key: 'total', title: t('ratings.col.total'), className: 'num', align: 'right', render: (_, row) => formatNumber(row.total, lang) },
    { key: 'percent', title: t('ratings.col.percent'), className: 'num', align: 'right', render: (_, row) => formatPercent(row.percent, lang) },
    {
      key: 'decision',
      title: t('ratings.col.decision'),
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{t('ratings.decisionLine', { number: row.decisionNumber, date: formatDate(row.decisionDate) })}</span>,
    },
  ];
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }} id="rated-units">
          {heading}
        </Typography.Title>
      }
      extra={
        level || eligible !== undefined ? (
          <Button size="small" onClick={() => set({ level: null, eligible: null, page: null })}>
            {t('ratings.showAll')}
          </Button>
        ) : undefined
      }
    >
      <QueryState query={units} isEmpty={(data) => data.totalItems === 0} emptyText={t('ratings.unitsEmpty')}>
        {(data) => (
          <Table<RatedUnit>
            aria-label={t('ratings.unitsTable')}
            rowKey={(row) => `${row.assessmentId}`}
            size="small"
            scroll={{ x: true }}
            loading={units.isFetching}
            dataSource={data.items}
            columns={columns}
            {...tablePaging(data.totalItems)}
          />
        )}
      </QueryState>
    </Card>
  );
}
