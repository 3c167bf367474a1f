import { Alert, App, Button, Card, Col, Flex, Grid, Row, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { components } from '@/api/schema';
import { FilterBar, YearFilter } from '@/components/FilterBar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { api, unwrap } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { formatDate, formatNumber } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { AssignedTasks, type PlanRef } from './AssignedTasks';
import { myUnitKeys, submissionKeys } from './keys';
import messages from './locales';

registerMessages('myUnit', messages);

export type CalendarEntry = components['schemas']['CalendarEntry'];

const PAGE_SIZE = 20;
/** "Sắp đến hạn": an open period due within this many days. */
export const DUE_SOON_DAYS = 30;

const RANK: Partial<Record<CalendarEntry['state'], number>> = { OVERDUE: 0, RETURNED: 1 };

/** Overdue first, then returned, then by due date (then by title, for a stable order). */
export function orderCalendar(entries: CalendarEntry[]): CalendarEntry[] {
  return [...entries].sort(
    (a, b) =>
      (RANK[a.state] ?? 2) - (RANK[b.state] ?? 2) ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.obligationTitle.localeCompare(b.obligationTitle, 'vi'),
  );
}

function daysUntil(iso: string, today: dayjs.Dayjs): number {
  return dayjs(iso).startOf('day').diff(today, 'day');
}

export function summarise(entries: CalendarEntry[], today: dayjs.Dayjs) {
  const open = (entry: CalendarEntry) => entry.state === 'NOT_STARTED' || entry.state === 'DRAFT';
  return {
    overdue: entries.filter((entry) => entry.state === 'OVERDUE').length,
    returned: entries.filter((entry) => entry.state === 'RETURNED').length,
    drafts: entries.filter((entry) => entry.status === 'DRAFT').length,
    dueSoon: entries.filter((entry) => {
      const days = daysUntil(entry.dueDate, today);
      return open(entry) && days >= 0 && days <= DUE_SOON_DAYS;
    }).length,
  };
}

/** Every page of the unit's calendar (a unit owes tens of periods, so this is one request in practice). */
async function fetchCalendar(unitId: string, from: string | undefined, to: string | undefined): Promise<CalendarEntry[]> {
  const items: CalendarEntry[] = [];
  for (let page = 0; page < 20; page += 1) {
    const data = await unwrap(
      api.GET('/api/v1/org-units/{unitId}/calendar', {
        params: { path: { unitId }, query: { from, to, page, size: 500 } },
      }),
    );
    items.push(...data.items);
    if (data.items.length === 0 || items.length >= data.totalItems) break;
  }
  return items;
}

/** The plans the unit reports under, each once, as the calendar names them. */
function plansOf(entries: CalendarEntry[]): PlanRef[] {
  const plans = new Map<string, PlanRef>();
  for (const entry of entries) plans.set(entry.planId, { id: entry.planId, reference: entry.planReference, title: entry.planTitle });
  return [...plans.values()];
}

function yearParam(value: string | null): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : undefined;
}

/** The reporter's home: what the unit owes across plans, and the way into each report. */
export default function MyUnitPage() {
  const { t, i18n } = useTranslation('myUnit');
  const me = useMe();
  const unitId = me.data?.unitId ?? undefined;
  const [params, setParams] = useSearchParams();
  const fromYear = yearParam(params.get('from'));
  const toYear = yearParam(params.get('to'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();

  const from = fromYear ? `${fromYear}-01-01` : undefined;
  const to = toYear ? `${toYear}-12-31` : undefined;
  const calendar = useQuery({
    queryKey: myUnitKeys.calendar(unitId ?? '', { from, to }),
    queryFn: () => fetchCalendar(unitId!, from, to),
    enabled: Boolean(unitId),
    select: orderCalendar,
  });

  const create = useMutation({
    mutationFn: (entry: CalendarEntry) =>
      unwrap(
        api.POST('/api/v1/submissions', {
          params: { header: { 'Idempotency-Key': `${entry.periodId}:${unitId}` } },
          body: { periodId: entry.periodId, unitId: unitId! },
        }),
      ),
    onSuccess: (created) => {
      client.setQueryData(submissionKeys.detail(created.id), created);
      void client.invalidateQueries({ queryKey: myUnitKeys.calendars() });
      void client.invalidateQueries({ queryKey: submissionKeys.lists() });
      message.success(t('calendar.created'));
      navigate(`/my-unit/submissions/${created.id}`);
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 409 && error.kind === 'submission-exists') {
        message.warning(t('calendar.exists'));
        void client.invalidateQueries({ queryKey: myUnitKeys.calendars() });
      } else {
        message.error(errorMessage(error));
      }
    },
  });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const thisYear = dayjs().year();
  const years = Array.from({ length: 10 }, (_, i) => thisYear - 6 + i);
  const today = dayjs().startOf('day');

  if (me.data && !unitId) {
    return (
      <>
        <PageHeader title={t('calendar.title')} />
        <Alert type="warning" showIcon title={t('calendar.noUnit')} />
      </>
    );
  }

  const dueCell = (entry: CalendarEntry, inline = false) => {
    const days = daysUntil(entry.dueDate, today);
    let hint: string | null = null;
    if (entry.state === 'OVERDUE') hint = t('calendar.overdueBy', { count: -days });
    else if (entry.state === 'NOT_STARTED' || entry.state === 'DRAFT') {
      // past the due date but inside the grace days: still on time until the last day on time
      hint = days === 0 ? t('calendar.dueToday') : days > 0 ? t('calendar.dueIn', { count: days })
        : entry.lastDayOnTime ? t('calendar.inGrace', { date: formatDate(entry.lastDayOnTime) }) : null;
    }
    if (inline) {
      return (
        <span>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(entry.dueDate)}</span>
          {hint ? (
            <Typography.Text type={entry.state === 'OVERDUE' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {' '}
              ({hint})
            </Typography.Text>
          ) : null}
        </span>
      );
    }
    return (
      <div style={{ whiteSpace: 'nowrap' }}>
        <div>{formatDate(entry.dueDate)}</div>
        {hint ? (
          <Typography.Text type={entry.state === 'OVERDUE' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {hint}
          </Typography.Text>
        ) : null}
      </div>
    );
  };

  const actionCell = (entry: CalendarEntry) => {
    // a self-assessment is sent as the score sheet (its submission follows the assessment)
    if (entry.obligationKind === 'SELF_ASSESSMENT') {
      return (
        <Link to={`/my-unit/assessments?year=${entry.year}`} style={{ whiteSpace: 'nowrap' }}>
          {t('calendar.scoreSheet')}
        </Link>
      );
    }
    if (!entry.submissionId) {
      return (
        <Button
          type="primary"
          size="small"
          loading={create.isPending && create.variables?.periodId === entry.periodId}
          disabled={create.isPending && create.variables?.periodId !== entry.periodId}
          onClick={() => create.mutate(entry)}
        >
          {t('calendar.create')}
        </Button>
      );
    }
    const label =
      entry.status === 'DRAFT' ? t('calendar.continue') : entry.status === 'RETURNED' ? t('calendar.resubmit') : t('calendar.view');
    return (
      <Link to={`/my-unit/submissions/${entry.submissionId}`} style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Link>
    );
  };


  const obligationCell = (entry: CalendarEntry) => (
    <div style={{ minWidth: narrow ? 170 : 260 }}>
      <div>{entry.obligationTitle}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`obligationKind.${entry.obligationKind}`, { ns: 'common' })}
        {narrow ? ` · ${entry.planReference ?? entry.planTitle}` : ''}
      </Typography.Text>
    </div>
  );

  const wideColumns: TableColumnsType<CalendarEntry> = [
    { key: 'obligation', title: t('calendar.obligation'), render: (_, entry) => obligationCell(entry) },
    {
      key: 'plan',
      title: t('calendar.plan'),
      render: (_, entry) => (
        <div style={{ minWidth: 160, maxWidth: 280 }}>
          {entry.planReference ? <div style={{ whiteSpace: 'nowrap' }}>{entry.planReference}</div> : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: entry.planTitle }}>
            {entry.planTitle}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'year', title: t('calendar.year'), className: 'num', render: (_, entry) => entry.year },
    { key: 'dueDate', title: t('calendar.dueDate'), render: (_, entry) => dueCell(entry) },
    { key: 'state', title: t('calendar.state'), render: (_, entry) => <StatusTag vocabulary="unitState" value={entry.state} /> },
    {
      key: 'timeliness',
      title: t('calendar.timeliness'),
      render: (_, entry) => (entry.timeliness ? <StatusTag vocabulary="timeliness" value={entry.timeliness} /> : null),
    },
    { key: 'actions', title: t('calendar.actions'), render: (_, entry) => actionCell(entry) },
  ];

  /** On a phone: what is owed (with year and due date), then its state and the way in. */
  const narrowColumns: TableColumnsType<CalendarEntry> = [
    {
      key: 'obligation',
      title: t('calendar.obligation'),
      render: (_, entry) => (
        <>
          {obligationCell(entry)}
          <div style={{ fontSize: 12, marginTop: 4 }}>
            {t('calendar.year')} {entry.year} · {t('calendar.dueDate')} {dueCell(entry, true)}
          </div>
        </>
      ),
    },
    {
      key: 'state',
      title: t('calendar.state'),
      render: (_, entry) => (
        <Flex vertical gap={8} align="flex-start">
          <StatusTag vocabulary="unitState" value={entry.state} />
          {entry.timeliness ? <StatusTag vocabulary="timeliness" value={entry.timeliness} /> : null}
          {actionCell(entry)}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle', { unit: me.data?.unitName ?? '' })} />
      <FilterBar>
        <YearFilter
          id="my-unit-from"
          label={t('calendar.fromYear')}
          years={years}
          allYears={t('calendar.allYears')}
          value={fromYear}
          onChange={(value) => update({ from: value ? String(value) : undefined, page: undefined })}
          isDisabled={(year) => toYear !== undefined && year > toYear}
        />
        <YearFilter
          id="my-unit-to"
          label={t('calendar.toYear')}
          years={years}
          allYears={t('calendar.allYears')}
          value={toYear}
          onChange={(value) => update({ to: value ? String(value) : undefined, page: undefined })}
          isDisabled={(year) => fromYear !== undefined && year < fromYear}
        />
      </FilterBar>
      <QueryState query={calendar} skeletonRows={8}>
        {(entries) => {
          const counts = summarise(entries, today);
          const tiles = [
            { key: 'overdue', label: t('calendar.overdue'), value: counts.overdue, color: counts.overdue ? '#a8071a' : undefined },
            { key: 'returned', label: t('calendar.returned'), value: counts.returned, color: counts.returned ? '#ad4e00' : undefined },
            { key: 'drafts', label: t('calendar.drafts'), value: counts.drafts },
            {
              key: 'dueSoon',
              label: t('calendar.dueSoon'),
              value: counts.dueSoon,
              hint: t('calendar.dueSoonHint', { days: DUE_SOON_DAYS }),
            },
          ];
          return (
            <>
              <section aria-label={t('calendar.summaryLabel')} style={{ marginBottom: 16 }}>
                <Row gutter={[12, 12]}>
                  {tiles.map((tile) => (
                    <Col key={tile.key} xs={12} md={6}>
                      <Card size="small" data-testid={`summary-${tile.key}`}>
                        <Statistic
                          title={tile.hint ? `${tile.label} (${tile.hint})` : tile.label}
                          value={formatNumber(tile.value, i18n.language)}
                          styles={{ content: { color: tile.color } }}
                        />
                      </Card>
                    </Col>
                  ))}
                </Row>
              </section>
              {entries.length === 0 ? (
                <Alert type="info" showIcon title={t('calendar.empty')} />
              ) : (
                <Table<CalendarEntry>
                  aria-label={t('calendar.tableLabel')}
                  rowKey="periodId"
                  size="middle"
                  scroll={{ x: true }}
                  dataSource={entries}
                  pagination={{
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: entries.length,
                    showSizeChanger: false,
                    hideOnSinglePage: true,
                    onChange: (next) => update({ page: next > 1 ? String(next) : undefined }),
                  }}
                  columns={narrow ? narrowColumns : wideColumns}
                />
              )}
              {unitId ? <AssignedTasks unitId={unitId} plans={plansOf(entries)} narrow={narrow} /> : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
