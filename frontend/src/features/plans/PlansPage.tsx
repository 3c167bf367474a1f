import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Input, Select, Table, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '@/lib/api';
import { formatDate, formatNumber } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { planKeys, type PlanListParams } from './keys';
import messages from './locales';
import { OrgUnitSelect } from './pickers';
import { PlanFormDrawer } from './PlanFormDrawer';
import { useStoredDraft } from '@/components/FormDraft';
import { formatPeriod, toInt, useCanWrite, useWide, type Plan, type S } from './util';

registerMessages('plans', messages);

const STATUSES: S['PlanStatus'][] = ['DRAFT', 'ISSUED', 'CLOSED'];
const SORTS = ['issueDate', '-issueDate', 'title', '-title', 'periodStart', '-periodStart'] as const;
type Sort = (typeof SORTS)[number];
const DEFAULT_SIZE = 20;
/** The choice that keeps every value of a filter. */
const ALL = 'all';

/** Years a plan filter offers: ten back and five ahead of this year. */
function yearOptions(): number[] {
  const now = new Date().getFullYear();
  const years: number[] = [];
  for (let year = now + 5; year >= now - 10; year -= 1) years.push(year);
  return years;
}

/** The list's state, read from the address: a link reproduces the view. */
function readParams(params: URLSearchParams): PlanListParams {
  const status = params.get('status');
  const sort = params.get('sort');
  const page = toInt(params.get('page'));
  const size = toInt(params.get('size'));
  return {
    q: params.get('q')?.trim() || undefined,
    year: toInt(params.get('year')),
    status: STATUSES.includes(status as S['PlanStatus']) ? (status as S['PlanStatus']) : undefined,
    issuerId: params.get('issuer') || undefined,
    page: page && page > 0 ? page : 1,
    size: size && size > 0 && size <= 100 ? size : DEFAULT_SIZE,
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : undefined,
  };
}

export default function PlansPage() {
  const { t, i18n } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const wide = useWide();
  const canWrite = useCanWrite();
  const [params, setParams] = useSearchParams();
  const state = readParams(params);
  // typing left in a new plan's form (a reload, an expired session) opens it again
  const kept = useStoredDraft('plan', 'new');
  const [creating, setCreating] = useState(() => canWrite && kept !== null);

  /** Changes some of the address's parameters; a blank value removes it. */
  const update = (changes: Record<string, string | number | null | undefined>, replace = false) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace },
    );
  };

  // the search box: typing settles into the address (and the request) after a pause
  const urlQ = state.q ?? '';
  const [text, setText] = useState(urlQ);
  useEffect(() => {
    // the address changed by itself (back, a link): show its search
    setText((current) => (current.trim() === urlQ ? current : urlQ));
  }, [urlQ]);
  useEffect(() => {
    if (text.trim() === urlQ) return undefined;
    const timer = setTimeout(() => update({ q: text.trim(), page: null }, true), 400);
    return () => clearTimeout(timer);
  }, [text, urlQ]);

  const query = useQuery({
    queryKey: planKeys.list(state),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans', {
          params: {
            query: {
              q: state.q,
              year: state.year,
              status: state.status,
              issuerId: state.issuerId,
              page: state.page - 1,
              size: state.size,
              sort: state.sort as Sort | undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const filtered = Boolean(state.q || state.year || state.status || state.issuerId);
  const sortOrder = (field: string) =>
    state.sort === field ? ('ascend' as const) : state.sort === `-${field}` ? ('descend' as const) : null;

  const referenceColumn: TableColumnsType<Plan>[number] = {
    key: 'reference',
    title: t('column.reference'),
    dataIndex: 'reference',
    width: 150,
    render: (_, plan) =>
      plan.reference ? (
        <span style={{ whiteSpace: 'nowrap' }}>{plan.reference}</span>
      ) : (
        <Typography.Text type="secondary">{t('list.noReference')}</Typography.Text>
      ),
  };

  const columns: TableColumnsType<Plan> = [
    ...(wide ? [referenceColumn] : []),
    {
      key: 'title',
      title: t('column.title'),
      dataIndex: 'title',
      sorter: true,
      sortOrder: sortOrder('title'),
      render: (_, plan) => (
        <div style={{ minWidth: wide ? 280 : 160, overflowWrap: 'anywhere' }}>
          {!wide ? (
            <div>
              {plan.reference ? <strong>{plan.reference}</strong> : <Typography.Text type="secondary">{t('list.noReference')}</Typography.Text>}
            </div>
          ) : null}
          <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
          {!wide ? (
            <div>
              <Typography.Text type="secondary">
                {[formatDate(plan.issueDate), formatPeriod(plan.periodStart, plan.periodEnd)].filter(Boolean).join(' · ')}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    ...(wide
      ? [
          {
            key: 'issueDate',
            title: t('column.issueDate'),
            dataIndex: 'issueDate',
            width: 150,
            sorter: true,
            sortOrder: sortOrder('issueDate'),
            render: (value: string | null | undefined) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(value)}</span>,
          },
          {
            key: 'periodStart',
            title: t('column.period'),
            width: 120,
            sorter: true,
            sortOrder: sortOrder('periodStart'),
            render: (_: unknown, plan: Plan) => <span style={{ whiteSpace: 'nowrap' }}>{formatPeriod(plan.periodStart, plan.periodEnd)}</span>,
          },
        ]
      : []),
    {
      key: 'status',
      title: t('column.status'),
      dataIndex: 'status',
      width: wide ? 140 : 100,
      render: (status: S['PlanStatus']) => <StatusTag vocabulary="planStatus" value={status} />,
    },
  ];

  const onTableChange = (pagination: TablePaginationConfig, _filters: unknown, sorter: SorterResult<Plan> | SorterResult<Plan>[]) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = one?.columnKey as string | undefined;
    const sort = one?.order && field ? `${one.order === 'descend' ? '-' : ''}${field}` : null;
    const sortChanged = (sort ?? undefined) !== state.sort;
    update({
      sort,
      page: sortChanged || pagination.current === 1 ? null : pagination.current,
      size: pagination.pageSize === DEFAULT_SIZE ? null : pagination.pageSize,
    });
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          canWrite ? (
            <>
              <Button icon={<FileWordOutlined />} onClick={() => navigate('/plans/import')}>
                {t('import.open')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('list.create')}
              </Button>
            </>
          ) : null
        }
      />
      <Flex role="search" aria-label={t('list.filters')} gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          allowClear
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => update({ q: value.trim(), page: null }, true)}
          style={{ flex: '1 1 300px', maxWidth: 480 }}
        />
        <Select<string>
          aria-label={t('list.year')}
          value={state.year ? String(state.year) : ALL}
          onChange={(year) => update({ year: year === ALL ? null : year, page: null })}
          options={[{ value: ALL, label: t('list.yearAll') }, ...yearOptions().map((year) => ({ value: String(year), label: String(year) }))]}
          style={{ flex: '0 1 140px', minWidth: 120 }}
        />
        <Select<string>
          aria-label={t('list.status')}
          value={state.status ?? ALL}
          onChange={(status) => update({ status: status === ALL ? null : status, page: null })}
          options={[{ value: ALL, label: t('list.statusAll') }, ...STATUSES.map((status) => ({ value: status, label: tc(`planStatus.${status}`) }))]}
          style={{ flex: '0 1 170px', minWidth: 150 }}
        />
        <OrgUnitSelect
          aria-label={t('list.issuer')}
          placeholder={t('list.issuerAll')}
          allowClear
          value={state.issuerId ?? null}
          onChange={(issuer) => update({ issuer, page: null })}
          style={{ flex: '1 1 220px', maxWidth: 320 }}
        />
        {filtered ? (
          <Button
            onClick={() => {
              setText('');
              update({ q: null, year: null, status: null, issuer: null, page: null });
            }}
          >
            {t('list.clearFilters')}
          </Button>
        ) : null}
      </Flex>
      <QueryState query={query} skeletonRows={6}>
        {(data) =>
          data.items.length === 0 && state.page === 1 ? (
            <Empty description={filtered ? t('list.emptyFiltered') : t('list.empty')}>
              {canWrite && !filtered ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('list.create')}
                </Button>
              ) : null}
            </Empty>
          ) : (
            <Table<Plan>
              aria-label={t('list.tableLabel')}
              rowKey="id"
              columns={columns}
              dataSource={data.items}
              loading={query.isFetching && query.isPlaceholderData}
              onChange={onTableChange}
              scroll={{ x: true }}
              size={wide ? 'middle' : 'small'}
              pagination={{
                current: state.page,
                pageSize: state.size,
                total: data.totalItems,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                hideOnSinglePage: data.totalItems <= 10,
                showTotal: (total, range) =>
                  tc('table.range', {
                    from: formatNumber(range[0], i18n.language),
                    to: formatNumber(range[1], i18n.language),
                    total: formatNumber(total, i18n.language),
                  }),
              }}
            />
          )
        }
      </QueryState>
      <PlanFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(plan) => {
          setCreating(false);
          navigate(`/plans/${plan.id}`);
        }}
      />
    </>
  );
}
