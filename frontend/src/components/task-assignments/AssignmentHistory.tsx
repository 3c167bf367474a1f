import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/StatusTag';
import { formatDate, formatDateTime } from '@/lib/format';
import { TASK_ASSIGNMENT_NS } from './i18n';
import type { AssignmentStatus, TaskAssignmentChange } from './rules';

const VISUALLY_HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

const COLORS: Record<AssignmentStatus, string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  DONE_LATE: 'orange',
  NOT_DONE: 'red',
};

const KIND_COLORS: Partial<Record<TaskAssignmentChange['kind'], string>> = { RETURN: 'orange', ACCEPT: 'green', FILE_ADDED: 'gray', FILE_REMOVED: 'gray' };

/**
 * The assignment's history as a timeline: the unit's updates (when, from which status to which, who,
 * what was written), the coordinator's returns and acceptances (with the reason) and evidence files added or removed.
 */
export function AssignmentHistory({ history }: { history: TaskAssignmentChange[] }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  if (history.length === 0) {
    return <Typography.Paragraph type="secondary">{t('history.empty')}</Typography.Paragraph>;
  }
  return (
    <Timeline
      items={history.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: KIND_COLORS[step.kind] ?? COLORS[step.toStatus],
        content: (
          <div data-testid="history-step" data-kind={step.kind}>
            <Typography.Text strong style={{ display: 'block' }}>
              <time dateTime={step.at}>{formatDateTime(step.at)}</time>
            </Typography.Text>
            {step.kind === 'UPDATE' ? (
              <Flex gap={4} wrap align="center">
                <StatusTag vocabulary="assignmentStatus" value={step.fromStatus} />
                <span aria-hidden="true">→</span>
                <span style={VISUALLY_HIDDEN}>{t('history.movedTo')}</span>
                <StatusTag vocabulary="assignmentStatus" value={step.toStatus} />
              </Flex>
            ) : (
              <div>{t(`history.kind.${step.kind}`, { name: step.fileName ?? '' })}</div>
            )}
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t(step.kind === 'RETURN' || step.kind === 'ACCEPT' ? 'history.reviewer' : 'history.actor', { actor: step.actor })}
            </Typography.Text>
            {step.kind === 'UPDATE' && step.doneOn ? <div>{t('history.doneOn', { date: formatDate(step.doneOn) })}</div> : null}
            {step.kind === 'UPDATE' && step.result ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 4, expandable: 'collapsible' }}>
                {step.result}
              </Typography.Paragraph>
            ) : null}
            {step.reason ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {t(step.kind === 'RETURN' ? 'history.returnReason' : step.kind === 'ACCEPT' ? 'history.remark' : 'history.reason', { reason: step.reason })}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
