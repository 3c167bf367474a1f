import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import {
  isBehind,
  orderByDue,
  TASK_ASSIGNMENT_NS,
  UnitTasksTable,
  useUnitAssignments,
  vietnamToday,
} from '@/components/task-assignments';

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
  const assignments = useUnitAssignments(unitId);
  const today = vietnamToday();
  const planReference = (id: string) => plans.find((plan) => plan.id === id)?.reference;

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
                <UnitTasksTable
                  items={ordered}
                  today={today}
                  narrow={narrow}
                  planReference={planReference}
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
