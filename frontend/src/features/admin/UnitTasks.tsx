import { useState } from 'react';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { UnitTasksTable, useUnitAssignmentsPage, vietnamToday } from '@/components/task-assignments';
import { formatNumber } from '@/lib/format';

const SIZE = 10;

/**
 * The unit's tasks across plans, for the coordinator reading its page: a page at a time from
 * `GET /task-assignments?unitId=` in the server's order (the soonest due first, continuous last),
 * each linking to the assignment's own page, with its status and review state.
 */
export function UnitTasks({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t, i18n } = useTranslation('admin');
  const [page, setPage] = useState(0);
  const query = useUnitAssignmentsPage(unitId, page, SIZE);
  const today = vietnamToday();

  return (
    <section aria-labelledby="unit-tasks">
      <Typography.Title level={3} id="unit-tasks" style={{ fontSize: 16 }}>
        {t('orgUnits.tasks')}
      </Typography.Title>
      <QueryState query={query} skeletonRows={3}>
        {(data) =>
          data.totalItems === 0 ? (
            <Alert type="info" showIcon title={t('orgUnits.noTasks')} />
          ) : (
            <>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t('orgUnits.tasksCount', { n: formatNumber(data.totalItems, i18n.language) })}
              </Typography.Paragraph>
              <UnitTasksTable
                items={data.items}
                today={today}
                narrow
                label={t('orgUnits.tasksLabel', { name: unitName })}
                loading={query.isFetching && query.isPlaceholderData}
                pagination={
                  data.totalItems > SIZE
                    ? { current: page + 1, pageSize: SIZE, total: data.totalItems, showSizeChanger: false, onChange: (next) => setPage(next - 1) }
                    : false
                }
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
