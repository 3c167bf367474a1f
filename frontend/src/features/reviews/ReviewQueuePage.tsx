import { Input, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAddressText } from '@/lib/useAddressText';
import { Link, useSearchParams } from 'react-router';
import type { components } from '@/api/schema';
import { ExportButton } from '@/components/export';
import { FilterBar, FilterSelect } from '@/components/FilterBar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { type Submission, useObligationRef, usePeriodRef } from '@/components/submission';
import { api, unwrap } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { reviewKeys } from './keys';
import messages from './locales';

registerMessages('reviews', messages);

type Plan = components['schemas']['Plan'];

const PAGE_SIZE = 20;

export function planLabel(plan: Pick<Plan, 'reference' | 'title'>): string {
  return plan.reference ? `${plan.reference} – ${plan.title}` : plan.title;
}

/** Every plan, for the filter and for naming each row's plan (one request, cached). */
export function usePlans() {
  return useQuery({
    queryKey: reviewKeys.plans(),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { size: 500, sort: '-issueDate' } } })),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

function ObligationCell({ submission }: { submission: Submission }) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation();
  const obligation = useObligationRef(submission.planId, submission.obligationId);
  const period = usePeriodRef(submission.obligationId, submission.periodId);
  if (!obligation.data) return <span>…</span>;
  return (
    <div style={{ minWidth: 220 }}>
      <div>{obligation.data.title}</div>
      <Typography.Text type="secondary">
        {tc(`obligationKind.${obligation.data.kind}`)}
        {period.data ? ` · ${t('queue.year', { year: period.data.year })}` : ''}
      </Typography.Text>
    </div>
  );
}

/** The coordinators' queue: every submission waiting for review, newest first, filtered by plan. */
export default function ReviewQueuePage() {
  const { t } = useTranslation('reviews');
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const q = params.get('q')?.trim() || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useAddressText(q ?? '');

  const plans = usePlans();
  const plansById = new Map((plans.data ?? []).map((plan) => [plan.id, plan]));

  const queue = useQuery({
    queryKey: reviewKeys.queue({ planId, q, page: page - 1, size: PAGE_SIZE }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/submissions', {
          params: { query: { status: 'SUBMITTED', planId, q, page: page - 1, size: PAGE_SIZE } },
        }),
      ),
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

  return (
    <>
      <PageHeader
        title={t('queue.title')}
        subtitle={queue.data ? t('queue.count', { count: queue.data.totalItems }) : t('queue.subtitle')}
        extra={
          <ExportButton
            request={() =>
              api.GET('/api/v1/submissions/export', {
                params: { query: { status: 'SUBMITTED', planId, q } },
                parseAs: 'blob',
              })
            }
            fallbackName="ho-so-cho-duyet.xlsx"
            label={t('queue.export')}
          />
        }
      />
      <FilterBar>
        <Input.Search
          aria-label={t('queue.search')}
          placeholder={t('queue.searchPlaceholder')}
          allowClear
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
          style={{ flex: '1 1 260px', maxWidth: 420 }}
        />
        <FilterSelect
          id="review-queue-plan"
          label={t('queue.plan')}
          width="grow"
          allowClear
          searchable
          placeholder={t('queue.allPlans')}
          loading={plans.isPending}
          value={planId}
          onChange={(value?: string) => update({ planId: value, page: undefined })}
          options={(plans.data ?? []).map((plan) => ({ value: plan.id, label: planLabel(plan) }))}
        />
      </FilterBar>
      <QueryState query={queue} isEmpty={(data) => data.totalItems === 0} emptyText={t('queue.empty')}>
        {(data) => (
          <Table<Submission>
            aria-label={t('queue.tableLabel')}
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            loading={queue.isFetching && queue.isPlaceholderData}
            dataSource={data.items}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.totalItems,
              showSizeChanger: false,
              onChange: (next) => update({ page: next > 1 ? String(next) : undefined }),
            }}
            columns={[
              {
                key: 'unit',
                title: t('queue.unit'),
                render: (_, row) => (
                  <div style={{ minWidth: 160 }}>
                    <Typography.Text>{row.unitName}</Typography.Text>
                  </div>
                ),
              },
              {
                key: 'plan',
                title: t('queue.plan'),
                render: (_, row) => {
                  const plan = plansById.get(row.planId);
                  if (!plan) return '…';
                  return plan.reference ? (
                    <Typography.Text style={{ whiteSpace: 'nowrap' }} title={plan.title}>
                      {plan.reference}
                    </Typography.Text>
                  ) : (
                    <Typography.Paragraph style={{ minWidth: 160, maxWidth: 260, marginBottom: 0 }} ellipsis={{ rows: 3, tooltip: plan.title }}>
                      {plan.title}
                    </Typography.Paragraph>
                  );
                },
              },
              {
                key: 'obligation',
                title: t('queue.obligation'),
                render: (_, row) => <ObligationCell submission={row} />,
              },
              {
                key: 'submittedAt',
                title: t('queue.submittedAt'),
                render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.submittedAt)}</span>,
              },
              {
                key: 'timeliness',
                title: t('queue.timeliness'),
                render: (_, row) => (row.timeliness ? <StatusTag vocabulary="timeliness" value={row.timeliness} /> : null),
              },
              {
                key: 'actions',
                title: t('queue.actions'),
                render: (_, row) => <Link to={`/submissions/${row.id}`}>{t('queue.view')}</Link>,
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
