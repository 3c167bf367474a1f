import { useState } from 'react';
import { Alert, Button, Card, Flex, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { components } from '@/api/schema';
import { ExportButton } from '@/components/export';
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
  type TaskReviewStatus,
  usePlanTaskAssignments,
  usePlanTaskProgress,
} from '@/components/task-assignments';
import { api } from '@/lib/api';
import { formatDate, formatNumber } from '@/lib/format';
import { OrgUnitSelect } from './pickers';
import { TOP_ALIGNED, useWide, type Plan } from './util';

type TaskProgress = components['schemas']['TaskProgress'];
type TaskProgressTotals = components['schemas']['TaskProgressTotals'];
type ReviewStatus = NonNullable<TaskReviewStatus>;

const PAGE_SIZE = 10;

/** How many of a task's updates (as the server counts them) stand so with the coordinator. */
function reviewCount(task: TaskProgress, review: ReviewStatus): number {
  return { AWAITING_REVIEW: task.awaitingReview, RETURNED: task.returned, ACCEPTED: task.accepted }[review];
}

/**
 * Where the plan's tasks stand, as the server keeps the figures (`GET /plans/{id}/task-progress`):
 * the plan's totals, then each task with the units done and done on time, whether it is done or
 * behind schedule (those first, in the server's order) and the units that have sent no update yet,
 * named. A task opens onto its assignments, read a page at a time from the server. The unit and
 * status filters go to the server; the review filter keeps the tasks with updates in that state and
 * their assignments. All three live in the address (`?tab=progress&unit=&status=&reviewStatus=`),
 * so a link reproduces the view: a coordinator finds the updates to review with
 * `reviewStatus=AWAITING_REVIEW`.
 */
export function ProgressTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? undefined;
  const requested = params.get('status');
  const status = ASSIGNMENT_STATUSES.includes(requested as AssignmentStatus) ? (requested as AssignmentStatus) : undefined;
  const requestedReview = params.get('reviewStatus');
  const review = REVIEW_STATUSES.includes(requestedReview as ReviewStatus) ? (requestedReview as ReviewStatus) : undefined;
  const report = usePlanTaskProgress(plan.id, { unitId: unit, status });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const filtered = Boolean(unit || status || review);

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('progress.heading')}
        </Typography.Title>
        <ExportButton
          request={() =>
            api.GET('/api/v1/plans/{planId}/task-assignments/export', {
              params: { path: { planId: plan.id }, query: { unitId: unit, status, reviewStatus: review } },
              parseAs: 'blob',
            })
          }
          fallbackName="tien-do-nhiem-vu.xlsx"
          label={t('progress.export')}
        />
      </Flex>
      <FilterBar>
        <Flex gap={8} align="center" style={{ flex: '1 1 320px', maxWidth: 640, minWidth: 0 }}>
          <label htmlFor="progress-unit" style={{ whiteSpace: 'nowrap' }}>
            {t('progress.filterUnit')}
          </label>
          <OrgUnitSelect
            id="progress-unit"
            allowClear
            placeholder={t('progress.allUnits')}
            value={unit ?? null}
            onChange={(value) => update({ unit: value ?? undefined })}
            style={{ flex: 1, minWidth: 0 }}
          />
        </Flex>
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
        <FilterSelect<ReviewStatus>
          id="progress-review"
          label={t('progress.filterReview')}
          width={200}
          allowClear
          placeholder={t('progress.allReviews')}
          value={review}
          onChange={(value?: ReviewStatus) => update({ reviewStatus: value })}
          options={REVIEW_STATUSES.map((value) => ({ value, label: t(`review.status.${value}`) }))}
        />
      </FilterBar>
      <QueryState query={report} isEmpty={(data) => data.tasks.length === 0 && !filtered} emptyText={t('progress.empty')}>
        {(data) => {
          const tasks = review ? data.tasks.filter((task) => reviewCount(task, review) > 0) : data.tasks;
          return (
            <>
              <Totals totals={data.totals} asOf={data.asOf} />
              {data.totals.tasksBehindSchedule > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  role="status"
                  style={{ marginBottom: 16 }}
                  title={t('progress.behindCount', { count: data.totals.tasksBehindSchedule })}
                />
              ) : null}
              {tasks.length === 0 ? (
                <Alert type="info" showIcon title={t('progress.noMatch')} />
              ) : (
                <TaskTable planId={plan.id} tasks={tasks} asOf={data.asOf} filter={{ unitId: unit, status, reviewStatus: review }} />
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** The plan's totals over the tasks listed: tasks done, on time, behind schedule; updates missing or to review. */
function Totals({ totals, asOf }: { totals: TaskProgressTotals; asOf: string }) {
  const { t, i18n } = useTranslation(TASK_ASSIGNMENT_NS);
  const n = (value: number) => formatNumber(value, i18n.language);
  const figures = [
    { key: 'tasks', title: t('progress.totals.tasks'), value: n(totals.tasks) },
    { key: 'done', title: t('progress.totals.done'), value: `${n(totals.tasksDone)}/${n(totals.tasks)}` },
    { key: 'onTime', title: t('progress.totals.onTime'), value: `${n(totals.tasksDoneOnTime)}/${n(totals.tasks)}` },
    { key: 'behind', title: t('progress.totals.behind'), value: n(totals.tasksBehindSchedule) },
    { key: 'notUpdated', title: t('progress.totals.notUpdated'), value: `${n(totals.assignmentsNotUpdated)}/${n(totals.assignments)}` },
    { key: 'awaiting', title: t('progress.totals.awaitingReview'), value: n(totals.assignmentsAwaitingReview) },
  ];
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <section aria-label={t('progress.totals.label')} data-testid="progress-totals">
        <Flex gap={24} wrap>
          {figures.map((figure) => (
            <Statistic key={figure.key} title={figure.title} value={figure.value} data-testid={`total-${figure.key}`} />
          ))}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('progress.asOf', { date: formatDate(asOf) })}
        </Typography.Text>
      </section>
    </Card>
  );
}

/** A task's state as the server judged it: behind schedule, done on time, done late, or not done yet. */
function TaskState({ task }: { task: TaskProgress }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  // the text shades keep AA contrast on antd's tag backgrounds (as StatusTag)
  if (task.behindSchedule)
    return (
      <Tag color="red" style={{ color: '#a8071a' }} data-testid="behind">
        {t('progress.behind')}
      </Tag>
    );
  if (task.done)
    return task.doneOnTime ? (
      <Tag color="green" style={{ color: '#237804' }} data-testid="task-state">
        {t('progress.state.doneOnTime')}
      </Tag>
    ) : (
      <Tag color="orange" style={{ color: '#ad4e00' }} data-testid="task-state">
        {t('progress.state.doneLate')}
      </Tag>
    );
  return <Tag data-testid="task-state">{t(task.assignments === 0 ? 'progress.noAssignments' : 'progress.state.open')}</Tag>;
}

/** The units with no update yet, named (the first 20 the server lists), and how many more the list holds. */
function NotUpdated({ task }: { task: TaskProgress }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  if (task.notUpdated === 0) return null;
  const more = task.notUpdated - task.notUpdatedUnits.length;
  return (
    // the AA shade of antd's orange, as LastUpdate
    <Typography.Paragraph data-testid="not-updated-units" style={{ fontSize: 13, marginBottom: 0, color: '#ad4e00' }}>
      {t('progress.notUpdatedUnits', { units: task.notUpdatedUnits.map((u) => u.unitName).join(', ') })}
      {more > 0 ? ` ${t('progress.notUpdatedMore', { count: more })}` : null}
    </Typography.Paragraph>
  );
}

interface Filter {
  unitId?: string;
  status?: AssignmentStatus;
  reviewStatus?: ReviewStatus;
}

function TaskTable({ planId, tasks, asOf, filter }: { planId: string; tasks: TaskProgress[]; asOf: string; filter: Filter }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const wide = useWide();
  const [expanded, setExpanded] = useState<string[]>([]);

  const toggle = (task: TaskProgress) =>
    setExpanded((keys) => (keys.includes(task.taskId) ? keys.filter((key) => key !== task.taskId) : [...keys, task.taskId]));
  const toggleButton = (task: TaskProgress) => {
    if (task.assignments === 0) return null;
    const open = expanded.includes(task.taskId);
    return (
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0 }}
        icon={open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
        aria-expanded={open}
        aria-label={t(open ? 'progress.hideUnits' : 'progress.showUnits', { count: task.assignments, ordinal: task.ordinal })}
        onClick={() => toggle(task)}
      >
        {t('progress.units', { count: task.assignments })}
      </Button>
    );
  };
  const taskCell = (task: TaskProgress) => {
    const heading = task.content.split('\n')[0];
    return (
      <div style={{ minWidth: 200 }}>
        <Typography.Paragraph strong style={{ marginBottom: 2 }} ellipsis={{ rows: 2, tooltip: heading }}>
          {task.ordinal}. {heading}
        </Typography.Paragraph>
        <NotUpdated task={task} />
      </div>
    );
  };
  const dueCell = (task: TaskProgress) =>
    task.dueDate ? (
      <span style={{ whiteSpace: 'nowrap' }}>{formatDate(task.dueDate)}</span>
    ) : (
      <Typography.Text type="secondary">{t('progress.noDueDate')}</Typography.Text>
    );
  const figuresCell = (task: TaskProgress) =>
    task.assignments === 0 ? null : (
      <div data-testid="task-summary" style={{ fontSize: 13 }}>
        <div title={t('progress.leadsDoneHint')}>{t('progress.leadsDone', { done: task.decidingDoneAccepted, total: task.decidingUnits })}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('progress.summary', { done: task.byStatus.done + task.byStatus.doneLate, total: task.assignments })} ·{' '}
          {t('progress.onTime', { count: task.byStatus.done })}
          {task.awaitingReview > 0 ? ` · ${t('progress.awaiting', { count: task.awaitingReview })}` : null}
        </Typography.Text>
      </div>
    );
  const stateCell = (task: TaskProgress) => (
    <Flex vertical gap={4} align="flex-start">
      <TaskState task={task} />
      {toggleButton(task)}
    </Flex>
  );

  const columns: TableColumnsType<TaskProgress> = wide
    ? [
        { key: 'task', title: t('progress.task'), render: (_, task) => taskCell(task) },
        { key: 'due', title: t('progress.dueDate'), width: 120, render: (_, task) => dueCell(task) },
        { key: 'figures', title: t('progress.figures'), width: 260, render: (_, task) => figuresCell(task) },
        { key: 'state', title: t('progress.status'), width: 190, render: (_, task) => stateCell(task) },
      ]
    : [
        {
          key: 'task',
          title: t('progress.task'),
          render: (_, task) => (
            <>
              {taskCell(task)}
              <div style={{ fontSize: 12 }}>
                {t('progress.dueDate')}: {dueCell(task)}
              </div>
              {figuresCell(task)}
            </>
          ),
        },
        { key: 'state', title: t('progress.status'), width: 140, render: (_, task) => stateCell(task) },
      ];

  return (
    <Table<TaskProgress>
      aria-label={t('progress.tasksLabel')}
      rowKey="taskId"
      size="small"
      styles={TOP_ALIGNED}
      columns={columns}
      dataSource={tasks}
      pagination={tasks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      onRow={(task) => ({ 'data-testid': 'progress-task', 'data-behind': task.behindSchedule ? 'true' : 'false' }) as React.HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowKeys: expanded,
        showExpandColumn: false,
        expandedRowRender: (task) => (
          <TaskAssignments key={JSON.stringify(filter)} planId={planId} task={task} asOf={asOf} filter={filter} />
        ),
        rowExpandable: (task) => task.assignments > 0,
      }}
    />
  );
}

/** One task's assignments under the tab's filters, a page at a time from the server, the leads first. */
function TaskAssignments({ planId, task, asOf, filter }: { planId: string; task: TaskProgress; asOf: string; filter: Filter }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const wide = useWide();
  const [page, setPage] = useState(0);
  const query = usePlanTaskAssignments(planId, task.taskId, { ...filter, page, size: PAGE_SIZE });

  const dueCell = (a: TaskAssignment) => {
    if (!a.dueDate) return <Typography.Text type="secondary">{t('progress.noDueDate')}</Typography.Text>;
    const days = Math.round((Date.parse(asOf) - Date.parse(a.dueDate)) / 86_400_000);
    return (
      <div style={{ whiteSpace: 'nowrap' }}>
        <div>{formatDate(a.dueDate)}</div>
        {isBehind(a, asOf) ? (
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
  const statusCell = (a: TaskAssignment) => (
    <Flex vertical gap={4} align="flex-start">
      <StatusTag vocabulary="assignmentStatus" value={a.status} />
      <ReviewTag status={a.reviewStatus} />
    </Flex>
  );

  const columns: TableColumnsType<TaskAssignment> = wide
    ? [
        { key: 'unit', title: t('progress.unit'), render: (_, a) => unitCell(a) },
        { key: 'role', title: t('progress.role'), width: 110, render: (_, a) => tc(`assignmentRole.${a.role}`) },
        { key: 'due', title: t('progress.dueDate'), width: 150, render: (_, a) => dueCell(a) },
        { key: 'status', title: t('progress.status'), width: 200, render: (_, a) => statusCell(a) },
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
            <>
              {statusCell(a)}
              <LastUpdate assignment={a} />
            </>
          ),
        },
      ];

  return (
    <QueryState query={query} skeletonRows={2}>
      {(data) => (
        <Table<TaskAssignment>
          aria-label={t('progress.tableLabel', { ordinal: task.ordinal })}
          rowKey="id"
          size="small"
          styles={TOP_ALIGNED}
          columns={columns}
          dataSource={data.items}
          loading={query.isFetching && query.isPlaceholderData}
          locale={{ emptyText: t('progress.noMatch') }}
          pagination={
            data.totalItems > PAGE_SIZE
              ? { current: page + 1, pageSize: PAGE_SIZE, total: data.totalItems, showSizeChanger: false, onChange: (next) => setPage(next - 1) }
              : false
          }
        />
      )}
    </QueryState>
  );
}
