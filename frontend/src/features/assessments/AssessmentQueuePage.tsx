import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { components } from '@/api/schema';
import { FilterBar, FilterSelect, YearFilter } from '@/components/FilterBar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { api, unwrap } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { formatNumber, formatPercent } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { type AssessmentStatus, assessmentKeys } from './keys';
import messages from './locales';
import { yearOptions, yearParam } from './MyAssessmentsPage';
import type { Assessment } from './scoring';

registerMessages('assessments', messages);

type Kind = components['schemas']['OrgUnitKind'];
const STATUSES: AssessmentStatus[] = ['DRAFT', 'SUBMITTED', 'APPRAISED', 'FINAL'];
const KINDS: Kind[] = ['DEPARTMENT', 'PUBLIC_SERVICE_UNIT', 'CENTRAL_AGENCY', 'DISTRICT', 'COMMUNE', 'PARTY_BODY', 'MASS_ORGANISATION', 'PROVINCE'];
const PAGE_SIZE = 20;

/** The coordinators' list of assessments by year, state and unit kind, paged on the server, all kept in the address. */
export default function AssessmentQueuePage() {
  const { t, i18n } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year'));
  const statusParam = params.get('status');
  const status = STATUSES.includes(statusParam as AssessmentStatus) ? (statusParam as AssessmentStatus) : undefined;
  const kindParam = params.get('kind');
  const kind = KINDS.includes(kindParam as Kind) ? (kindParam as Kind) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const list = useQuery({
    queryKey: assessmentKeys.list({ year, status, kind, page: page - 1, size: PAGE_SIZE }),
    queryFn: () =>
      unwrap(api.GET('/api/v1/assessments', { params: { query: { year, status, kind, page: page - 1, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const score = (value: Assessment['selfScore']) =>
    value.scored ? `${formatNumber(value.total, lang)}/${formatNumber(value.applicableMaximum, lang)}` : t('totals.notScored');
  const columns: TableColumnsType<Assessment> = [
    { key: 'unit', title: t('col.unit'), dataIndex: 'unitName', render: (name: string) => <div style={{ minWidth: 180 }}>{name}</div> },
    { key: 'kind', title: t('col.kind'), dataIndex: 'unitKind', render: (value: Kind) => tc(`orgUnitKind.${value}`) },
    { key: 'year', title: t('col.year'), dataIndex: 'year' },
    { key: 'status', title: t('col.status'), render: (_, row) => <StatusTag vocabulary="assessmentStatus" value={row.status} /> },
    { key: 'self', title: t('col.self'), className: 'num', render: (_, row) => score(row.selfScore) },
    {
      key: 'appraised',
      title: t('col.appraised'),
      className: 'num',
      render: (_, row) => (row.scores.some((line) => line.appraisedPoints != null) ? score(row.appraisedScore) : ''),
    },
    {
      key: 'rating',
      title: t('col.rating'),
      render: (_, row) =>
        row.status === 'FINAL' && !row.eligible ? (
          <Typography.Text type="secondary">{t('col.notEligible')}</Typography.Text>
        ) : row.rating ? (
          <span>
            {(lang.startsWith('en') ? row.rating.levelLabelEn : row.rating.levelLabelVi) ?? ''}{' '}
            <Typography.Text type="secondary">({formatPercent(row.rating.percent, lang)})</Typography.Text>
          </span>
        ) : null,
    },
    {
      key: 'actions',
      title: t('col.actions'),
      render: (_, row) => (
        <Link to={`/assessments/${row.id}`} style={{ whiteSpace: 'nowrap' }}>
          {row.status === 'SUBMITTED' && me.data?.role === 'COORDINATOR' ? t('queue.appraise') : t('queue.open')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('queue.title')} subtitle={list.data ? t('queue.count', { count: list.data.totalItems }) : t('queue.subtitle')} />
      <FilterBar>
        <YearFilter
          id="assessments-year"
          label={t('queue.year')}
          years={yearOptions()}
          allYears={t('queue.allYears')}
          value={year}
          onChange={(value) => update({ year: value ? String(value) : undefined, page: undefined })}
        />
        <FilterSelect
          id="assessments-status"
          label={t('queue.status')}
          width={200}
          allowClear
          placeholder={t('queue.allStatuses')}
          value={status}
          onChange={(value?: string) => update({ status: value, page: undefined })}
          options={STATUSES.map((s) => ({ value: s, label: tc(`assessmentStatus.${s}`) }))}
        />
        <FilterSelect
          id="assessments-kind"
          label={t('queue.kind')}
          width={220}
          allowClear
          placeholder={t('queue.allKinds')}
          value={kind}
          onChange={(value?: string) => update({ kind: value, page: undefined })}
          options={KINDS.map((k) => ({ value: k, label: tc(`orgUnitKind.${k}`) }))}
        />
      </FilterBar>
      <QueryState query={list} isEmpty={(data) => data.totalItems === 0} emptyText={t('queue.empty')}>
        {(data) => (
          <Table<Assessment>
            aria-label={t('queue.tableLabel')}
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            loading={list.isFetching && list.isPlaceholderData}
            dataSource={data.items}
            columns={columns}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.totalItems,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: (next) => update({ page: next > 1 ? String(next) : undefined }),
            }}
          />
        )}
      </QueryState>
    </>
  );
}
