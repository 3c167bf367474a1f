import { Alert, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { TASK_ASSIGNMENT_NS } from './i18n';
import type { TaskAssignment, TaskReviewStatus } from './rules';

const COLORS: Record<NonNullable<TaskReviewStatus>, { color: string; text: string }> = {
  // the text shades keep AA contrast on antd's tag backgrounds (as StatusTag)
  AWAITING_REVIEW: { color: 'blue', text: '#0958d9' },
  RETURNED: { color: 'orange', text: '#ad4e00' },
  ACCEPTED: { color: 'green', text: '#237804' },
};

/** Where the unit's last update stands with the coordinator, as a tag; nothing before the first update. */
export function ReviewTag({ status }: { status: TaskReviewStatus | undefined }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  if (!status) return null;
  const { color, text } = COLORS[status];
  return (
    <Tag color={color} data-review={status} style={{ color: text }}>
      {t(`review.status.${status}`)}
    </Tag>
  );
}

/**
 * The review of the unit's last update: awaiting review, returned (with the reason, prominent: the
 * unit must act on it) or accepted (with the remark, if any), who reviewed it and when.
 */
export function ReviewState({ assignment }: { assignment: TaskAssignment }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const status = assignment.reviewStatus;
  if (!status) return null;
  const by =
    assignment.reviewedBy && assignment.reviewedAt
      ? t('review.by', { actor: assignment.reviewedBy, at: formatDateTime(assignment.reviewedAt) })
      : null;
  if (status === 'AWAITING_REVIEW') {
    return <Alert type="info" showIcon title={t('review.awaiting')} />;
  }
  if (status === 'RETURNED') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('review.returnedTitle')}
        description={
          <>
            {assignment.reviewReason ? (
              <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
                {t('review.reason', { reason: assignment.reviewReason })}
              </Typography.Paragraph>
            ) : null}
            {by ? <Typography.Text type="secondary">{by}</Typography.Text> : null}
          </>
        }
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      title={t('review.acceptedTitle')}
      description={
        <>
          {assignment.reviewReason ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{t('review.remark', { reason: assignment.reviewReason })}</Typography.Paragraph>
          ) : null}
          {by ? <Typography.Text type="secondary">{by}</Typography.Text> : null}
        </>
      }
    />
  );
}
