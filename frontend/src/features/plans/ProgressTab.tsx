import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterBar, FilterSelect } from '@/components/FilterBar';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import {
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  isBehind,
  LastUpdate,
  REVIEW_STATUSES,
  ReviewTag,
  TASK_ASSIGNMENT_NS,
  type TaskAssignment,
  type TaskProgress,
  type TaskReviewStatus,
  taskProgress,
  usePlanAssignments,
  vietnamToday,
} from '@/components/task-assignments';
import { formatDate } from '@/lib/format';
import { usePlanTasks } from './queries';
import { TOP_ALIGNED, useWide, type Plan } from './util';

/**
 * Where the plan's tasks stand: each task with the units assigned it, their status and last update,
 * the review of each unit's update, and the share done and done on time; tasks behind schedule
 * first. The unit, status and review filters live in the address
 * (`?tab=progress&unit=&status=&reviewStatus=`), so a link reproduces the view: a coordinator finds
 * the updates to review with `reviewStatus=AWAITING_REVIEW`.
 */
export function ProgressTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? undefined;
  const requested = params.get('status');
  const status = ASSIGNMENT_STATUSES.includes(requested as AssignmentStatus) ? (requested as AssignmentStatus) : undefined;
  const requestedReview = params.get('reviewStatus');
  const review = REVIEW_STATUSES.includes(requestedReview as NonNullable<TaskReviewStatus>)
    ? (requestedReview as NonNullable<TaskReviewStatus>)
    : undefined;
  const tasks = usePlanTasks(plan.id);
  const assignments = usePlanAssignments(plan.id);
  const today = vietnamToday();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const both = {
    data: tasks.data && assignments.data ? { tasks: tasks.data.items, assignments: assignments.data } : undefined,
    isPending: tasks.isPending || assignments.isPending,
    isError: tasks.isError || assignments.isError,
    error: tasks.error ?? assignments.error,
    refetch: () => Promise.all([tasks.refetch(), assignments.refetch()]),
  };

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        {t('progress.heading')}
      </Typography.Title>
      <QueryState query={both} isEmpty={(data) => data.tasks.length === 0 && data.assignments.length === 0} emptyText={t('progress.empty')}>
        {(data) => {
          const units = [...new Map(data.assignments.map((a) => [a.unitId, a.unitName])).entries()].sort(([, a], [, b]) =>
            a.localeCompare(b, 'vi'),
          );
          const matches = (a: TaskAssignment) =>
            (!unit || a.unitId === unit) && (!status || a.status === status) && (!review || a.reviewStatus === review);
          const filtered = Boolean(unit || status || review);
          const rows = taskProgress(data.tasks, data.assignments, today)
            .map((row) => ({ row, shown: row.assignments.filter(matches) }))
            .filter(({ shown }) => !filtered || shown.length > 0);
          const behind = rows.filter(({ row }) => row.behind).length;
          return (
            <>
              <FilterBar>
                <FilterSelect<string>
                  id="progress-unit"
                  label={t('progress.filterUnit')}
                  width="grow"
                  searchable
                  allowClear
                  placeholder={t('progress.allUnits')}
                  value={unit}
                  onChange={(value?: string) => update({ unit: value })}
                  options={units.map(([value, label]) => ({ value, label }))}
                />
                <FilterSelect<AssignmentStatus>
                  id="progress-status"
                  label={t('progress.filterStatus')}
                  width={220}
                  allowClear
                  placeholder={t('progress.allStatuses')}
                  value={status}
                  onChange={(value?: AssignmentStatus) => update({ status: value })}
                  options={ASSIGNMENT_STATUSES.map((value) => ({ value, label: tc(`assignmentStatus.${value}`) }))}
                />
                <FilterSelect<NonNullable<TaskReviewStatus>>
                  id="progress-review"
                  label={t('progress.filterReview')}
                  width={200}
                  allowClear
                  placeholder={t('progress.allReviews')}
                  value={review}
                  onChange={(value?: NonNullable<TaskReviewStatus>) => update({ reviewStatus: value })}
                  options={REVIEW_STATUSES.map((value) => ({ value, label: t(`review.status.${value}`) }))}
                />
              </FilterBar>
              {behind > 0 ? (
                <Alert type="warning" showIcon role="status" style={{ marginBottom: 16 }} title={t('progress.behindCount', { count: behind })} />
              ) : null}
              {rows.length === 0 ? (
                <Alert type="info" showIcon title={t('progress.noMatch')} />
              ) : (
                <Flex vertical gap={12}>
                  {rows.map(({ row, shown }) => (
                    <TaskCard key={row.taskId} row={row} assignments={shown} today={today} />
                  ))}
                </Flex>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function TaskCard({ row, assignments, today }: { row: TaskProgress; assignments: TaskAssignment[]; today: string }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const wide = useWide();
  const heading = row.task?.content.split('\n')[0] ?? '';
  const headingId = `progress-task-${row.taskId}`;

  const dueCell = (a: TaskAssignment) => {
    if (!a.dueDate) return <Typography.Text type="secondary">{t('progress.noDueDate')}</Typography.Text>;
    const late = isBehind(a, today);
    const days = Math.round((Date.parse(today) - Date.parse(a.dueDate)) / 86_400_000);
    return (
      <div style={{ whiteSpace: 'nowrap' }}>
        <div>{formatDate(a.dueDate)}</div>
        {late ? (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {t('progress.overdueBy', { count: days })}
          </Typography.Text>
        ) : null}
      </div>
    );
  };
  const unitCell = (a: TaskAssignment) => (
    <Link to={`/task-assignments/${a.id}`} aria-label={t('progress.open', { unit: a.unitName })}>
      {a.unitName}
    </Link>
  );

  const columns: TableColumnsType<TaskAssignment> = wide
    ? [
        { key: 'unit', title: t('progress.unit'), render: (_, a) => unitCell(a) },
        { key: 'role', title: t('progress.role'), width: 110, render: (_, a) => tc(`assignmentRole.${a.role}`) },
        { key: 'due', title: t('progress.dueDate'), width: 150, render: (_, a) => dueCell(a) },
        {
          key: 'status',
          title: t('progress.status'),
          width: 200,
          render: (_, a) => (
            <Flex vertical gap={4} align="flex-start">
              <StatusTag vocabulary="assignmentStatus" value={a.status} />
              <ReviewTag status={a.reviewStatus} />
            </Flex>
          ),
        },
        { key: 'updated', title: t('progress.lastUpdate'), width: 170, render: (_, a) => <LastUpdate assignment={a} /> },
      ]
    : [
        {
          key: 'unit',
          title: t('progress.unit'),
          render: (_, a) => (
            <div>
              {unitCell(a)}
              <div style={{ fontSize: 12 }}>
                {tc(`assignmentRole.${a.role}`)} · {dueCell(a)}
              </div>
            </div>
          ),
        },
        {
          key: 'status',
          title: t('progress.status'),
          render: (_, a) => (
            <Flex vertical gap={4} align="flex-start">
              <StatusTag vocabulary="assignmentStatus" value={a.status} />
              <ReviewTag status={a.reviewStatus} />
              <LastUpdate assignment={a} />
            </Flex>
          ),
        },
      ];

  return (
    <Card size="small" data-testid="progress-task" data-behind={row.behind ? 'true' : 'false'}>
      <section aria-labelledby={headingId}>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <Typography.Paragraph id={headingId} strong style={{ marginBottom: 4, flex: '1 1 320px' }} ellipsis={{ rows: 2, tooltip: heading }}>
            {row.ordinal}. {heading}
          </Typography.Paragraph>
          <Flex gap={8} align="center" wrap>
            {row.behind ? (
              <Tag color="red" style={{ color: '#a8071a' }} data-testid="behind">
                {t('progress.behind')}
              </Tag>
            ) : null}
            {row.total > 0 ? (
              <Typography.Text data-testid="task-summary">
                {t('progress.summary', { done: row.done, total: row.total })} · {t('progress.onTime', { count: row.onTime })}
              </Typography.Text>
            ) : null}
          </Flex>
        </Flex>
        {row.total === 0 ? (
          <Typography.Text type="secondary">{t('progress.noAssignments')}</Typography.Text>
        ) : (
          <Table<TaskAssignment>
            aria-label={t('progress.tableLabel', { ordinal: row.ordinal })}
            rowKey="id"
            size="small"
            pagination={false}
            styles={TOP_ALIGNED}
            columns={columns}
            dataSource={assignments}
          />
        )}
      </section>
    </Card>
  );
}
