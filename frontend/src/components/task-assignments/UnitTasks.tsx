import { Table, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '@/components/StatusTag';
import { formatDate } from '@/lib/format';
import { TASK_ASSIGNMENT_NS } from './i18n';
import { LastUpdate } from './LastUpdate';
import { ReviewTag } from './ReviewState';
import { isBehind, type TaskAssignment } from './rules';

interface UnitTasksTableProps {
  /** The unit's assignments in the order to show them. */
  items: TaskAssignment[];
  /** Today in Việt Nam, the day a due date is judged on. */
  today: string;
  narrow: boolean;
  /** A plan's reference number ("859/KH-UBND") where the page knows it; the title is shown anyway. */
  planReference?: (planId: string) => string | null | undefined;
  pagination: TablePaginationConfig | false;
  loading?: boolean;
  /** The table's accessible name. */
  label?: string;
}

/**
 * A unit's tasks across plans: each task (linking to its own page, where the unit records progress
 * and a coordinator reviews it) with its plan, due date (behind schedule marked), status, review
 * state and last update. The unit's page and the org units page both show it.
 */
export function UnitTasksTable({ items, today, narrow, planReference, pagination, loading, label }: UnitTasksTableProps) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();

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
    const reference = planReference?.(a.planId);
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
      {/* in the narrow layout the day shares a cell with the last update's: say which is which */}
      {narrow ? `${t('unit.dueDate')}: ` : null}
      {a.dueDate ? formatDate(a.dueDate) : <Typography.Text type="secondary">{t('progress.noDueDate')}</Typography.Text>}
      {isBehind(a, today) ? (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
          {t('progress.behind')}
        </Typography.Text>
      ) : null}
    </div>
  );
  const statusCell = (a: TaskAssignment) => (
    <>
      <StatusTag vocabulary="assignmentStatus" value={a.status} />
      <ReviewTag status={a.reviewStatus} />
    </>
  );

  const columns: TableColumnsType<TaskAssignment> = narrow
    ? [
        {
          key: 'task',
          title: t('unit.task'),
          render: (_, a) => (
            <>
              {taskCell(a)}
              <div style={{ fontSize: 12 }}>{planReference?.(a.planId) ?? a.planTitle}</div>
            </>
          ),
        },
        {
          key: 'status',
          title: t('unit.status'),
          render: (_, a) => (
            <>
              {statusCell(a)}
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
        { key: 'status', title: t('unit.status'), render: (_, a) => statusCell(a) },
        { key: 'updated', title: t('progress.lastUpdate'), render: (_, a) => <LastUpdate assignment={a} /> },
      ];

  return (
    <Table<TaskAssignment>
      aria-label={label ?? t('unit.tableLabel')}
      rowKey="id"
      size="small"
      scroll={{ x: true }}
      dataSource={items}
      columns={columns}
      pagination={pagination}
      loading={loading}
    />
  );
}

