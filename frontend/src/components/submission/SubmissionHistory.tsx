import { Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/format';
import { SUBMISSION_NS } from './i18n';
import type { Transition } from './refs';

const VISUALLY_HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

const COLORS: Record<Transition['toStatus'], string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'red',
  ACCEPTED: 'green',
};

/** The workflow history as a timeline: when, from which state to which, who, and why. */
export function SubmissionHistory({ history }: { history: Transition[] }) {
  const { t } = useTranslation(SUBMISSION_NS);
  if (history.length === 0) {
    return <Typography.Paragraph type="secondary">{t('history.empty')}</Typography.Paragraph>;
  }
  return (
    <Timeline
      items={history.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: COLORS[step.toStatus],
        content: (
          <div data-testid="history-step">
            <Typography.Text strong style={{ display: 'block' }}>
              <time dateTime={step.at}>{formatDateTime(step.at)}</time>
            </Typography.Text>
            <Flex gap={4} wrap align="center">
              {step.fromStatus ? (
                <>
                  <StatusTag vocabulary="submissionStatus" value={step.fromStatus} />
                  <span aria-hidden="true">→</span>
                  <span style={VISUALLY_HIDDEN}>{t('history.movedTo')}</span>
                  <StatusTag vocabulary="submissionStatus" value={step.toStatus} />
                </>
              ) : (
                <Tag>{t('history.created')}</Tag>
              )}
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block' }}>{t('history.actor', { actor: step.actor })}</Typography.Text>
            {step.reason ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {t('history.reason', { reason: step.reason })}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
