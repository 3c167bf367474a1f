import { useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Flex, Form, Row, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { SaveProblems } from '@/components/SaveProblems';
import { StatusTag } from '@/components/StatusTag';
import { TransitionModal } from '@/components/TransitionModal';
import { usePlanRef } from '@/components/submission';
import {
  AssignmentHistory,
  LastUpdate,
  progressSaved,
  progressUpdate,
  progressValues,
  ProgressFields,
  putProgress,
  type ProgressValues,
  type ReviewAction,
  ReviewState,
  ReviewTag,
  TASK_ASSIGNMENT_NS,
  type TaskAssignment,
  useAssignmentHistory,
  usePlanTaskRefs,
  useTaskAssignment,
} from '@/components/task-assignments';
import { useMe } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { applyViolations, scrollToFirstError } from '@/lib/forms';
import { ProblemError } from '@/lib/problem';
import { EvidenceFiles } from './EvidenceFiles';
import { useAssignmentReview } from './review';

const FIELDS = [['status'], ['result'], ['doneOn'], ['notDoneReason']];

/**
 * One task assignment: the task, the unit, its due date and the progress recorded, with the history
 * of updates. A reporter of the assigned unit records progress here; everyone else reads.
 */
export default function TaskAssignmentPage() {
  const { assignmentId = '' } = useParams();
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const me = useMe();
  const query = useTaskAssignment(assignmentId);
  const assignment = query.data;
  const plan = usePlanRef(assignment?.planId);
  const tasks = usePlanTaskRefs(assignment?.planId);
  const task = tasks.data?.find((item) => item.id === assignment?.taskId);
  const reporter = me.data?.role === 'REPORTER';
  const coordinator = me.data?.role === 'COORDINATOR';
  const [reviewing, setReviewing] = useState<ReviewAction | null>(null);
  const review = useAssignmentReview(reviewing, assignment);
  const title = assignment ? t('page.title', { ordinal: assignment.taskOrdinal }) : t('page.titleLoading');

  const breadcrumb = reporter
    ? [{ key: 'home', title: <Link to="/my-unit">{t('page.myUnit')}</Link> }, { key: 'here', title }]
    : [
        { key: 'plans', title: <Link to="/plans">{t('page.plans')}</Link> },
        ...(assignment
          ? [{ key: 'plan', title: <Link to={`/plans/${assignment.planId}?tab=progress`}>{plan.data?.reference ?? t('page.progress')}</Link> }]
          : []),
        { key: 'here', title },
      ];

  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb style={{ marginBottom: 8 }} items={breadcrumb} />}
        title={title}
        subtitle={
          assignment ? (
            <Flex gap={8} wrap align="center" component="span" style={{ marginTop: 4 }}>
              <span>{assignment.unitName}</span>
              <StatusTag vocabulary="assignmentStatus" value={assignment.status} />
              <ReviewTag status={assignment.reviewStatus} />
            </Flex>
          ) : undefined
        }
      />
      <QueryState query={query} skeletonRows={8}>
        {(data) => {
          const closed = plan.data?.status === 'CLOSED';
          const editable = reporter && me.data?.unitId === data.unitId && !closed;
          // the unit's reporter, or a coordinator on the unit's behalf (the server judges its reach)
          const filesEditable = (editable || coordinator) && !closed;
          const reviewable = coordinator && data.reviewStatus === 'AWAITING_REVIEW';
          return (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={16}>
                <Flex vertical gap={16}>
                  {data.reviewStatus ? (
                    <Card size="small">
                      <section aria-labelledby="assignment-review">
                        <Typography.Title level={2} id="assignment-review" style={{ fontSize: 18 }}>
                          {t('review.title')}
                        </Typography.Title>
                        <ReviewState assignment={data} />
                        {reviewable ? (
                          <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
                            <Button icon={<RollbackOutlined aria-hidden="true" />} onClick={() => setReviewing('return')}>
                              {t('review.return')}
                            </Button>
                            <Button type="primary" icon={<CheckOutlined aria-hidden="true" />} onClick={() => setReviewing('accept')}>
                              {t('review.accept')}
                            </Button>
                          </Flex>
                        ) : null}
                        <TransitionModal {...review} onClose={() => setReviewing(null)} />
                      </section>
                    </Card>
                  ) : null}
                  <Card size="small">
                    <Typography.Title level={2} style={{ fontSize: 18 }}>
                      {t('page.details')}
                    </Typography.Title>
                    <Descriptions
                      column={1}
                      size="small"
                      items={[
                        { key: 'plan', label: t('page.plan'), children: plan.data ? `${plan.data.reference ?? ''} ${plan.data.title}`.trim() : '…' },
                        {
                          key: 'task',
                          label: t('page.task'),
                          children: (
                            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }} ellipsis={{ rows: 6, expandable: 'collapsible' }}>
                              {task ? `${task.ordinal}. ${task.content}` : data.taskOrdinal}
                            </Typography.Paragraph>
                          ),
                        },
                        { key: 'unit', label: t('page.unit'), children: data.unitName },
                        { key: 'role', label: t('page.role'), children: t(`assignmentRole.${data.role}`, { ns: 'common' }) },
                        { key: 'due', label: t('page.dueDate'), children: data.dueDate ? formatDate(data.dueDate) : t('progress.noDueDate') },
                      ]}
                    />
                  </Card>
                  <Card size="small">
                    <Typography.Title level={2} style={{ fontSize: 18 }}>
                      {editable ? t('page.record') : t('page.current')}
                    </Typography.Title>
                    {editable ? (
                      <ProgressForm key={data.version} assignment={data} onReload={() => void query.refetch()} />
                    ) : (
                      <>
                        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={closed ? t('page.closed') : t('page.readOnly')} />
                        <RecordedProgress assignment={data} />
                      </>
                    )}
                  </Card>
                  <EvidenceFiles assignmentId={data.id} editable={filesEditable} />
                </Flex>
              </Col>
              <Col xs={24} xl={8}>
                <HistoryCard assignmentId={data.id} />
              </Col>
            </Row>
          );
        }}
      </QueryState>
    </>
  );
}

function RecordedProgress({ assignment }: { assignment: TaskAssignment }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const nothing = <Typography.Text type="secondary">{t('page.nothing')}</Typography.Text>;
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        { key: 'status', label: t('page.status'), children: <StatusTag vocabulary="assignmentStatus" value={assignment.status} /> },
        {
          key: 'result',
          label: t('form.result'),
          children: assignment.result ? <span style={{ whiteSpace: 'pre-wrap' }}>{assignment.result}</span> : nothing,
        },
        ...(assignment.doneOn ? [{ key: 'doneOn', label: t('form.doneOn'), children: formatDate(assignment.doneOn) }] : []),
        ...(assignment.notDoneReason
          ? [{ key: 'reason', label: t('form.notDoneReason'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{assignment.notDoneReason}</span> }]
          : []),
        { key: 'updated', label: t('page.lastUpdate'), children: <LastUpdate assignment={assignment} /> },
      ]}
    />
  );
}

function ProgressForm({ assignment, onReload }: { assignment: TaskAssignment; onReload: () => void }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ProgressValues>();
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [unshown, setUnshown] = useState<string[]>([]);

  const save = useMutation({
    mutationFn: (values: ProgressValues) => putProgress(assignment.id, assignment.version, progressUpdate(values)),
    onMutate: () => {
      setFailure(null);
      setUnshown([]);
    },
    onSuccess: (saved, values) => {
      progressSaved(client, saved);
      message.success(saved.status === 'DONE_LATE' && values.status === 'DONE' ? t('form.savedLate') : t('form.saved'));
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 412) {
        setStale(true);
      } else if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
        setUnshown(applyViolations(form, error, FIELDS));
        if (scrollToFirstError(form)) message.error(tc('saveFailed.fields'));
      } else {
        setFailure(error);
      }
    },
  });

  return (
    <Form<ProgressValues>
      form={form}
      layout="vertical"
      initialValues={progressValues(assignment)}
      disabled={save.isPending}
      onFinish={(values) => save.mutate(values)}
      onFinishFailed={() => setUnshown([tc('saveFailed.fix')])}
    >
      <ProgressFields />
      <SaveProblems
        stale={stale}
        onReload={onReload}
        failure={failure}
        unshown={unshown}
        labels={{ staleTitle: t('form.staleTitle'), stale: t('form.stale'), reload: t('form.reload'), invalidTitle: t('form.failed') }}
      />
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden="true" />} loading={save.isPending} disabled={stale}>
          {t('form.save')}
        </Button>
      </Flex>
    </Form>
  );
}

function HistoryCard({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const history = useAssignmentHistory(assignmentId);
  return (
    <Card size="small">
      <section aria-labelledby="assignment-history">
        <Typography.Title level={2} id="assignment-history" style={{ fontSize: 18 }}>
          {t('history.title')}
        </Typography.Title>
        <QueryState query={history} skeletonRows={3}>
          {(items) => <AssignmentHistory history={items} />}
        </QueryState>
      </section>
    </Card>
  );
}
