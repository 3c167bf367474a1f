import { Alert, Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import {
  isBehind,
  LastUpdate,
  orderByDue,
  ReviewTag,
  TASK_ASSIGNMENT_NS,
  type TaskAssignment,
  useUnitAssignments,
  vietnamToday,
} from '@/components/task-assignments';
import { formatDate } from '@/lib/format';

export interface PlanRef {
  id: string;
  reference?: string | null;
  title: string;
}

/**
 * "Nhiệm vụ được giao": the unit's task assignments across every plan (one call), the soonest due
 * first, each with the task's content and its plan's title and a link to its own page where the unit
 * records its progress. `plans` (the ones the page knows of) only lend their reference numbers.
 */
export function AssignedTasks({ unitId, plans, narrow }: { unitId: string; plans: PlanRef[]; narrow: boolean }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const assignments = useUnitAssignments(unitId);
  const today = vietnamToday();
  const planOf = (id: string) => plans.find((plan) => plan.id === id);

  const taskCell = (a: TaskAssignment) => (
    <div style={{ minWidth: 180, maxWidth: 420 }}>
      <Link to={`/task-assignments/${a.id}`}>{t('page.title', { ordinal: a.taskOrdinal })}</Link>
      {a.taskContent ? (
        <Typography.Paragraph style={{ fontSize: 13, marginBottom: 0 }} ellipsis={{ rows: 2, tooltip: a.taskContent }}>
          {a.taskContent}
        </Typography.Paragraph>
      ) : null}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {tc(`assignmentRole.${a.role}`)}
      </Typography.Text>
    </div>
  );
  const planCell = (a: TaskAssignment) => {
    const reference = planOf(a.planId)?.reference;
    return (
      <div style={{ minWidth: 160, maxWidth: 320 }}>
        {reference ? <div style={{ whiteSpace: 'nowrap' }}>{reference}</div> : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: a.planTitle }}>
          {a.planTitle}
        </Typography.Text>
      </div>
    );
  };
  const dueCell = (a: TaskAssignment) => (
    <div style={{ whiteSpace: 'nowrap' }}>
      {a.dueDate ? formatDate(a.dueDate) : <Typography.Text type="secondary">{t('progress.noDueDate')}</Typography.Text>}
      {isBehind(a, today) ? (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
          {t('progress.behind')}
        </Typography.Text>
      ) : null}
    </div>
  );

  const columns: TableColumnsType<TaskAssignment> = narrow
    ? [
        {
          key: 'task',
          title: t('unit.task'),
          render: (_, a) => (
            <>
              {taskCell(a)}
              <div style={{ fontSize: 12 }}>{planOf(a.planId)?.reference ?? a.planTitle}</div>
            </>
          ),
        },
        {
          key: 'status',
          title: t('unit.status'),
          render: (_, a) => (
            <>
              <StatusTag vocabulary="assignmentStatus" value={a.status} />
              <ReviewTag status={a.reviewStatus} />
              {dueCell(a)}
              <LastUpdate assignment={a} />
            </>
          ),
        },
      ]
    : [
        { key: 'task', title: t('unit.task'), render: (_, a) => taskCell(a) },
        { key: 'plan', title: t('unit.plan'), render: (_, a) => planCell(a) },
        { key: 'due', title: t('unit.dueDate'), render: (_, a) => dueCell(a) },
                {
          key: 'status',
          title: t('unit.status'),
          render: (_, a) => (
            <>
              <StatusTag vocabulary="assignmentStatus" value={a.status} />
              <ReviewTag status={a.reviewStatus} />
            </>
          ),
        },
        { key: 'updated', title: t('progress.lastUpdate'), render: (_, a) => <LastUpdate assignment={a} /> },
      ];

  return (
    <Card size="small" style={{ marginTop: 16 }}>
      <section aria-labelledby="assigned-tasks">
        <Typography.Title level={2} id="assigned-tasks" style={{ fontSize: 18 }}>
          {t('unit.title')}
        </Typography.Title>
        <QueryState query={assignments} skeletonRows={3}>
          {(items) => {
            const ordered = orderByDue(items);
            const behind = ordered.filter((a) => isBehind(a, today)).length;
            if (ordered.length === 0) return <Alert type="info" showIcon title={t('unit.empty')} />;
            return (
              <>
                {behind > 0 ? (
                  <Alert type="warning" showIcon role="status" style={{ marginBottom: 12 }} title={t('unit.behind', { count: behind })} />
                ) : null}
                <Table<TaskAssignment>
                  aria-label={t('unit.tableLabel')}
                  rowKey="id"
                  size="small"
                  scroll={{ x: true }}
                  dataSource={ordered}
                  columns={columns}
                  pagination={ordered.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                />
              </>
            );
          }}
        </QueryState>
      </section>
    </Card>
  );
}
