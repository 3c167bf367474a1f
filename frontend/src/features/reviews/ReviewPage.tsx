import { useState } from 'react';
import { Breadcrumb, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { TransitionModal } from '@/components/TransitionModal';
import { useOrgUnit } from '@/components/UnitName';
import {
  AttachmentList,
  ReportedValues,
  SUBMISSION_NS,
  SubmissionHistory,
  SubmissionSections,
  SubmissionSummary,
  useObligationRef,
  usePeriodRef,
  useSubmission,
  useSubmissionAttachments,
  useSubmissionHistory,
} from '@/components/submission';
import { useMe } from '@/lib/auth';
import { registerMessages } from '@/lib/i18n';
import messages from './locales';
import { type ReviewAction, useSubmissionTransition } from './transitions';

registerMessages('reviews', messages);

/**
 * One submission as the province reads it: who, for what, the report itself, the figures, the
 * evidence and the history. A coordinator accepts or returns it (or reopens an accepted one).
 */
export default function ReviewPage() {
  const { submissionId = '' } = useParams();
  const { t } = useTranslation('reviews');
  const { t: ts } = useTranslation(SUBMISSION_NS);
  const { t: tc } = useTranslation();
  const me = useMe();
  const isCoordinator = me.data?.role === 'COORDINATOR';
  const submission = useSubmission(submissionId);
  const history = useSubmissionHistory(submissionId);
  const attachments = useSubmissionAttachments(submissionId);
  const unit = useOrgUnit(submission.data?.unitId);
  const obligation = useObligationRef(submission.data?.planId, submission.data?.obligationId);
  const period = usePeriodRef(submission.data?.obligationId, submission.data?.periodId);
  const [action, setAction] = useState<ReviewAction | null>(null);
  const transition = useSubmissionTransition(action, submissionId);

  const status = submission.data?.status;
  const actions = isCoordinator && status ? (
    status === 'SUBMITTED' ? (
      <>
        <Button icon={<RollbackOutlined aria-hidden="true" />} onClick={() => setAction('return')}>
          {t('review.return')}
        </Button>
        <Button type="primary" icon={<CheckOutlined aria-hidden="true" />} onClick={() => setAction('accept')}>
          {t('review.accept')}
        </Button>
      </>
    ) : status === 'ACCEPTED' ? (
      <Button icon={<UndoOutlined aria-hidden="true" />} onClick={() => setAction('reopen')}>
        {t('review.reopen')}
      </Button>
    ) : null
  ) : null;

  const subtitle = obligation.data
    ? `${obligation.data.title}${period.data ? ` · ${t('queue.year', { year: period.data.year })}` : ''}`
    : undefined;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              isCoordinator
                ? { key: 'queue', title: <Link to="/reviews">{tc('nav.reviews')}</Link> }
                : { key: 'plans', title: <Link to="/plans">{tc('nav.plans')}</Link> },
              ...(submission.data && !isCoordinator
                ? [{ key: 'plan', title: <Link to={`/plans/${submission.data.planId}`}>{t('review.plan')}</Link> }]
                : []),
              { key: 'here', title: t('review.title') },
            ]}
          />
        }
        title={unit.data ? `${t('review.title')} – ${unit.data.name}` : t('review.title')}
        subtitle={subtitle}
        extra={actions}
      />
      <QueryState query={submission} skeletonRows={10}>
        {(data) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Flex vertical gap={16}>
                <Card size="small">
                  <SubmissionSummary submission={data} linkPlan />
                </Card>
                <Card size="small">
                  <SubmissionSections sections={data.sections} />
                </Card>
                <Card size="small">
                  <ReportedValues submission={data} />
                </Card>
                <Card size="small">
                  <section aria-labelledby="review-attachments">
                    <Typography.Title level={2} id="review-attachments" style={{ fontSize: 18 }}>
                      {ts('attachments.title')}
                    </Typography.Title>
                    <QueryState query={attachments} skeletonRows={2}>
                      {(items) => <AttachmentList submissionId={data.id} attachments={items} />}
                    </QueryState>
                  </section>
                </Card>
              </Flex>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small">
                <section aria-labelledby="review-history">
                  <Typography.Title level={2} id="review-history" style={{ fontSize: 18 }}>
                    {ts('history.title')}
                  </Typography.Title>
                  <QueryState query={history} skeletonRows={3}>
                    {(items) => <SubmissionHistory history={items} />}
                  </QueryState>
                </section>
              </Card>
            </Col>
          </Row>
        )}
      </QueryState>
      {isCoordinator ? <TransitionModal {...transition} onClose={() => setAction(null)} /> : null}
    </>
  );
}
