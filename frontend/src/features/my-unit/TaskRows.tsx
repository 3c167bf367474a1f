import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '@/components/StatusTag';
import {
  type PlanTask,
  progressValues,
  ProgressFields,
  type ProgressValues,
  TASK_ASSIGNMENT_NS,
  type TaskAssignment,
} from '@/components/task-assignments';
import { formatDate } from '@/lib/format';
import { ProblemError } from '@/lib/problem';

/** One task assignment of the unit in the report's form: its progress, and the version it was read at. */
export interface TaskRow extends ProgressValues {
  id: string;
  version: number;
}

export function taskRowOf(assignment: TaskAssignment): TaskRow {
  return { id: assignment.id, version: assignment.version, ...progressValues(assignment) };
}

/**
 * The rows the form opens with: one per assignment the unit has now, in the plan's order, each the
 * draft's row for that assignment when a draft kept one typed on the version the server still has
 * (typing survives a reload), else the server's (someone updated the task since: theirs is shown).
 */
export function reconcileTaskRows(kept: TaskRow[] | undefined, assignments: TaskAssignment[]): TaskRow[] {
  return assignments.map((assignment) => {
    const row = kept?.find((candidate) => candidate?.id === assignment.id);
    return row && row.version === assignment.version ? row : taskRowOf(assignment);
  });
}

/** The fields of a task row as the form names them, for putting the server's violations on. */
export function taskRowFields(count: number): string[][] {
  return Array.from({ length: count }, (_, index) =>
    ['status', 'result', 'doneOn', 'notDoneReason'].map((field) => ['tasks', String(index), field]),
  ).flat();
}

/** A 400 of one task row's PUT with its violations renamed to that row's fields (`doneOn` -> `tasks[2].doneOn`). */
export function onTaskRow(error: unknown, index: number): unknown {
  if (!(error instanceof ProblemError) || error.violations.length === 0 || !error.problem) return error;
  const violations = error.violations.map((violation) => ({ ...violation, field: `tasks[${index}].${violation.field.replace(/^body\./, '')}` }));
  return new ProblemError(error.status, { ...error.problem, violations });
}

interface TaskRowsCardProps {
  assignments: TaskAssignment[];
  tasks: PlanTask[];
  /** A failure of a row's last save that no field shows (stale, closed plan), by assignment id. */
  rowErrors: Record<string, string>;
}

/**
 * "Kết quả thực hiện nhiệm vụ": one row per task the plan assigned the unit, edited with the report,
 * so writing the report is also updating the tasks (one entry, not two).
 */
export function TaskRowsCard({ assignments, tasks, rowErrors }: TaskRowsCardProps) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <section aria-labelledby="edit-tasks">
        <Typography.Title level={2} id="edit-tasks" style={{ fontSize: 18 }}>
          {t('report.title')}
        </Typography.Title>
        {assignments.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('report.none')}</Typography.Paragraph>
        ) : (
          <Typography.Paragraph type="secondary">{t('report.intro')}</Typography.Paragraph>
        )}
        {assignments.map((assignment, index) => {
          const task = tasks.find((item) => item.id === assignment.taskId);
          const legendId = `task-row-${assignment.id}`;
          return (
            <div
              key={assignment.id}
              role="group"
              aria-labelledby={legendId}
              data-testid="task-row"
              style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 12px 0', marginBottom: 12 }}
            >
              <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 8 }}>
                <Typography.Paragraph id={legendId} style={{ marginBottom: 0, flex: '1 1 320px' }} ellipsis={{ rows: 3, expandable: 'collapsible' }}>
                  <Typography.Text strong>{t('report.rowLabel', { ordinal: assignment.taskOrdinal })}</Typography.Text>{' '}
                  {task?.content.split('\n')[0] ?? ''}
                </Typography.Paragraph>
                <Flex gap={6} align="center" wrap>
                  <Tag>{tc(`assignmentRole.${assignment.role}`)}</Tag>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {assignment.dueDate ? t('report.due', { date: formatDate(assignment.dueDate) }) : t('progress.noDueDate')}
                  </Typography.Text>
                  <StatusTag vocabulary="assignmentStatus" value={assignment.status} />
                  <Link to={`/task-assignments/${assignment.id}`}>{t('report.history')}</Link>
                </Flex>
              </Flex>
              {rowErrors[assignment.id] ? (
                <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={rowErrors[assignment.id]} data-testid="task-row-error" />
              ) : null}
              <ProgressFields prefix={['tasks', index]} />
            </div>
          );
        })}
      </section>
    </Card>
  );
}
