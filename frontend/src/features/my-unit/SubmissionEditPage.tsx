import { useMemo, useRef, useState } from 'react';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Typography,
} from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { components } from '@/api/schema';
import { useFormDraft } from '@/components/FormDraft';
import { PageHeader } from '@/components/PageHeader';
import { SaveProblems } from '@/components/SaveProblems';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import {
  AttachmentList,
  lastReturn,
  percentOf,
  ReportedValues,
  SECTION_KEYS,
  SUBMISSION_NS,
  type Submission,
  SubmissionHistory,
  SubmissionSections,
  SubmissionSummary,
  type Target,
  useObligationRef,
  usePeriodRef,
  useReportedTargets,
  useSubmission,
  useSubmissionAttachments,
  useSubmissionHistory,
} from '@/components/submission';
import {
  type PlanTask,
  progressChanged,
  progressSaved,
  progressUpdate,
  putProgress,
  TASK_ASSIGNMENT_NS,
  type TaskAssignment,
  usePlanAssignments,
  usePlanTaskRefs,
} from '@/components/task-assignments';
import { api, ifMatch, unwrap } from '@/lib/api';
import { DATE_FORMAT, formatDate, formatDateTime, formatPercent } from '@/lib/format';
import { applyViolations, scrollToFirstError } from '@/lib/forms';
import { registerMessages } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { EvidenceUpload } from './EvidenceUpload';
import { onTaskRow, reconcileTaskRows, type TaskRow, taskRowFields, taskRowOf, TaskRowsCard } from './TaskRows';
import { reportFiguresKey } from '@/components/submission/keys';
import { myUnitKeys, submissionKeys } from './keys';
import messages from './locales';

registerMessages('myUnit', messages);

type SubmissionUpdate = components['schemas']['SubmissionUpdate'];

interface ValueRow {
  numerator?: number | null;
  denominator?: number | null;
}

interface FormValues {
  sections: Partial<Record<(typeof SECTION_KEYS)[number], string | null>>;
  documentNumber?: string | null;
  documentDate?: Dayjs | null;
  /** One row per REPORTED target of the obligation, in the targets' order. */
  values: ValueRow[];
  /** One row per task of the plan assigned to the unit (reports only), saved with the report. */
  tasks?: TaskRow[];
}

/** The reports in which a unit accounts for its tasks: its 6-month and annual reports. */
const TASK_REPORTS = ['SEMIANNUAL_REPORT', 'ANNUAL_REPORT'];

/** Some task rows were not saved: the report is not sent, and the rows say why. */
class TaskRowsNotSaved extends Error {}

function initialValues(submission: Submission, targets: Target[], assignments: TaskAssignment[]): FormValues {
  return {
    tasks: assignments.map(taskRowOf),
    sections: Object.fromEntries(SECTION_KEYS.map((key) => [key, submission.sections?.[key] ?? ''])),
    documentNumber: submission.documentNumber ?? '',
    documentDate: submission.documentDate ? dayjs(submission.documentDate) : null,
    values: targets.map((target) => {
      const value = submission.values.find((v) => v.targetId === target.id);
      return { numerator: value?.numerator ?? null, denominator: value?.denominator ?? null };
    }),
  };
}

const filled = (n: number | null | undefined): n is number => n !== null && n !== undefined;

/**
 * The body of the PUT, and for each value sent the form row it came from (the server names
 * violations by the index in the body: `values[0].numerator`).
 */
export function toUpdate(values: FormValues, targets: Target[]): { body: SubmissionUpdate; rows: number[] } {
  const rows: number[] = [];
  const reported: SubmissionUpdate['values'] = [];
  targets.forEach((target, index) => {
    const row = values.values?.[index];
    if (row && filled(row.numerator) && filled(row.denominator)) {
      rows.push(index);
      reported.push({ targetId: target.id, numerator: row.numerator, denominator: row.denominator });
    }
  });
  const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
  return {
    body: {
      sections: Object.fromEntries(SECTION_KEYS.map((key) => [key, text(values.sections?.[key])])),
      values: reported,
      documentNumber: text(values.documentNumber),
      documentDate: values.documentDate ? values.documentDate.format('YYYY-MM-DD') : null,
    },
    rows,
  };
}

/** A 400 whose `values[i]` violations are renamed to the form rows they came from. */
function onFormRows(error: unknown, rows: number[]): unknown {
  if (!(error instanceof ProblemError) || error.violations.length === 0 || !error.problem) return error;
  const violations = error.violations.map((violation) => ({
    ...violation,
    field: violation.field.replace(/^(body\.)?values\[(\d+)\]/, (_, _body, index) => `values[${rows[Number(index)] ?? index}]`),
  }));
  return new ProblemError(error.status, { ...error.problem, violations });
}

function ValueFields({ target, index }: { target: Target; index: number }) {
  const { t, i18n } = useTranslation('myUnit');
  const { t: tc } = useTranslation();
  const numerator = Form.useWatch(['values', index, 'numerator']) as number | null | undefined;
  const denominator = Form.useWatch(['values', index, 'denominator']) as number | null | undefined;
  const percent = percentOf(numerator, denominator);
  const legendId = `target-${target.id}`;
  return (
    <div
      role="group"
      aria-labelledby={legendId}
      style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 12px 0', marginBottom: 12 }}
    >
      <Typography.Paragraph id={legendId} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{target.ordinal}</Typography.Text> {target.statement}
        {target.thresholdPercent !== null && target.thresholdPercent !== undefined && target.comparator ? (
          <Typography.Text type="secondary">
            {' '}
            ({tc(`comparator.${target.comparator}`)} {formatPercent(target.thresholdPercent, i18n.language)})
          </Typography.Text>
        ) : null}
      </Typography.Paragraph>
      <Row gutter={12} align="top">
        <Col xs={12} sm={8}>
          <Form.Item
            label={t('edit.numerator')}
            name={['values', index, 'numerator']}
            dependencies={[['values', index, 'denominator']]}
            rules={[
              ({ getFieldValue }) => ({
                validator(_, value: number | null | undefined) {
                  const total = getFieldValue(['values', index, 'denominator']) as number | null | undefined;
                  if (!filled(value) && filled(total)) return Promise.reject(new Error(t('edit.pairRequired')));
                  if (filled(value) && filled(total) && value > total) return Promise.reject(new Error(t('edit.numeratorAbove')));
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber min={0} max={100_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            label={t('edit.denominator')}
            name={['values', index, 'denominator']}
            dependencies={[['values', index, 'numerator']]}
            rules={[
              ({ getFieldValue }) => ({
                validator(_, value: number | null | undefined) {
                  const achieved = getFieldValue(['values', index, 'numerator']) as number | null | undefined;
                  if (!filled(value) && filled(achieved)) return Promise.reject(new Error(t('edit.pairRequired')));
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber min={0} max={100_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <div id={`${legendId}-percent`} style={{ paddingBottom: 8, lineHeight: '22px' }}>
            {t('edit.percent')}
          </div>
          <output aria-labelledby={`${legendId}-percent`} aria-live="polite" style={{ display: 'block', lineHeight: '32px', fontWeight: 600, marginBottom: 24 }}>
            {percent === null || (filled(numerator) && filled(denominator) && numerator > denominator)
              ? '—'
              : formatPercent(percent, i18n.language)}
          </output>
        </Col>
      </Row>
    </div>
  );
}

function ReturnedNotice({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation('myUnit');
  const history = useSubmissionHistory(submissionId);
  const returned = lastReturn(history.data);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('edit.returnedTitle')}
      description={
        returned ? (
          <>
            {returned.reason ? (
              <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} data-testid="return-reason">
                {returned.reason}
              </Typography.Paragraph>
            ) : null}
            <Typography.Text type="secondary">
              {t('edit.returnedBy', { at: formatDateTime(returned.at), actor: returned.actor })}
            </Typography.Text>
            <div>{t('edit.returnedHint')}</div>
          </>
        ) : (
          t('edit.returnedHint')
        )
      }
    />
  );
}

interface EditorProps {
  base: Submission;
  targets: Target[];
  /** The unit's task assignments in the plan and the plan's tasks; empty when the report does not account for tasks. */
  assignments: TaskAssignment[];
  tasks: PlanTask[];
  onSaved: (submission: Submission) => void;
  onReload: () => Promise<void>;
}

function Editor({ base, targets, assignments, tasks, onSaved, onReload }: EditorProps) {
  const { t: tt } = useTranslation(TASK_ASSIGNMENT_NS);
  const problemText = useErrorMessage();
  const { t } = useTranslation('myUnit');
  const { t: ts } = useTranslation(SUBMISSION_NS);
  const { t: tc } = useTranslation();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [unshown, setUnshown] = useState<string[]>([]);
  const [reloading, setReloading] = useState(false);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const initial = useMemo(() => initialValues(base, targets, assignments), [base, targets, assignments]);
  const returned = base.status === 'RETURNED';
  // a local draft, not the server's: see the README, "What a user types is never lost"
  const draft = useFormDraft({ form, name: 'submission', id: base.id, version: base.version, initial });
  // the task rows of a kept draft, fitted to the unit's assignments as they are now
  const start = useMemo(() => ({ ...draft.start, tasks: reconcileTaskRows(draft.start.tasks, assignments) }), [draft.start, assignments]);
  // what the server holds for each task row: a row is sent only when it says something else
  const held = useRef(new Map(assignments.map((assignment) => [assignment.id, assignment])));

  const refreshLists = () => {
    void client.invalidateQueries({ queryKey: myUnitKeys.calendars() });
    void client.invalidateQueries({ queryKey: submissionKeys.lists() });
  };

  const saveReport = async (values: FormValues): Promise<Submission> => {
    const { body, rows } = toUpdate(values, targets);
    try {
      return await unwrap(
        api.PUT('/api/v1/submissions/{submissionId}', {
          params: { path: { submissionId: base.id }, header: { 'If-Match': ifMatch(base.version) } },
          body,
        }),
      );
    } catch (error) {
      throw onFormRows(error, rows);
    }
  };

  /**
   * Saves the report and, beside it, each task row that changed (PUT with the version the row was
   * read at). A row saved takes the server's answer (its version, and DONE_LATE where the day done
   * is past the due date); a row refused says why on the row. Throws when anything was not saved.
   */
  const save = async (values: FormValues): Promise<Submission> => {
    // the rows' ids and versions are in the form's store, not in its fields
    const rows = ((form.getFieldsValue(true) as FormValues).tasks ?? []).map((row, index) => ({ ...row, ...values.tasks?.[index] }));
    const changed = rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => {
        const server = held.current.get(row.id);
        return server !== undefined && progressChanged(row, server);
      });
    const [report, ...answers] = await Promise.allSettled([
      saveReport(values),
      ...changed.map(({ row }) => putProgress(row.id, row.version, progressUpdate(row))),
    ]);
    const errors: Record<string, string> = {};
    const violations: unknown[] = [];
    answers.forEach((answer, n) => {
      const { row, index } = changed[n];
      if (answer.status === 'fulfilled') {
        const saved = answer.value;
        held.current.set(saved.id, saved);
        form.setFieldValue(['tasks', index, 'version'], saved.version);
        form.setFieldValue(['tasks', index, 'status'], saved.status);
        progressSaved(client, saved);
        return;
      }
      const error = answer.reason;
      if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
        violations.push(onTaskRow(error, index));
      } else if (error instanceof ProblemError && error.status === 412) {
        errors[row.id] = tt('report.stale');
      } else {
        errors[row.id] = tt('report.rowFailed', { message: problemText(error) });
      }
    });
    setRowErrors(errors);
    const fields = taskRowFields(rows.length);
    const unshownRows = violations.flatMap((error) => applyViolations(form, error, fields));
    const rowsFailed = violations.length > 0 || Object.keys(errors).length > 0;
    if (report.status === 'fulfilled') {
      client.setQueryData(submissionKeys.detail(report.value.id), report.value);
      onSaved(report.value);
    }
    if (report.status === 'rejected') throw report.reason;
    if (rowsFailed) {
      // the draft keeps the rows not saved, now on the report's new version
      draft.touch();
      scrollToFirstError(form);
      throw new TaskRowsNotSaved(unshownRows.join(' '));
    }
    return report.value;
  };

  const showFailure = (error: unknown) => {
    if (error instanceof TaskRowsNotSaved) {
      setUnshown([tt('report.tasksFailed'), ...(error.message ? [error.message] : [])]);
      return;
    }
    if (error instanceof ProblemError && error.status === 412) {
      setStale(true);
      return;
    }
    if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
      const fields: string[][] = [
        ['documentNumber'],
        ['documentDate'],
        ...SECTION_KEYS.map((key) => ['sections', key]),
        ...targets.flatMap((_, index) => [
          ['values', String(index), 'numerator'],
          ['values', String(index), 'denominator'],
        ]),
      ];
      setUnshown(applyViolations(form, error, fields));
      if (scrollToFirstError(form)) message.error(tc('saveFailed.fields'));
      return;
    }
    setFailure(error);
  };

  const invalid = () => setUnshown([tc('saveFailed.fix')]);

  const saveDraft = useMutation({
    mutationFn: save,
    onMutate: () => {
      setFailure(null);
      setUnshown([]);
    },
    onSuccess: () => {
      draft.saved();
      refreshLists();
      message.success(t('edit.saved'));
    },
    onError: showFailure,
  });

  const send = useMutation({
    mutationFn: async (values: FormValues) => {
      await save(values);
      draft.saved();
      return unwrap(api.POST('/api/v1/submissions/{submissionId}/submit', { params: { path: { submissionId: base.id } }, body: {} }));
    },
    onMutate: () => {
      setFailure(null);
      setUnshown([]);
    },
    onSuccess: (sent) => {
      client.setQueryData(submissionKeys.detail(sent.id), sent);
      void client.invalidateQueries({ queryKey: submissionKeys.history(sent.id) });
      void client.invalidateQueries({ queryKey: reportFiguresKey });
      refreshLists();
      onSaved(sent);
      message.success(t('edit.submitted'));
    },
    onError: showFailure,
  });

  const busy = saveDraft.isPending || send.isPending;

  const onSubmit = async () => {
    let values: FormValues;
    setUnshown([]);
    try {
      values = await form.validateFields();
    } catch {
      scrollToFirstError(form);
      invalid();
      return;
    }
    modal.confirm({
      title: t('edit.confirmSubmitTitle'),
      content: t('edit.confirmSubmit'),
      okText: t('edit.confirmOk'),
      cancelText: tc('action.cancel'),
      onOk: () => send.mutate(values),
    });
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setStale(false);
      setFailure(null);
      setUnshown([]);
    } finally {
      setReloading(false);
    }
  };

  return (
    <>
      {returned ? <ReturnedNotice submissionId={base.id} /> : null}
      {draft.notice}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={start}
        onValuesChange={draft.onValuesChange}
        disabled={busy}
        onFinish={(values) => saveDraft.mutate(values)}
        onFinishFailed={invalid}
        scrollToFirstError={{ block: 'center', focus: true }}
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('edit.documentTitle')}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item label={t('edit.documentNumber')} name="documentNumber" rules={[{ max: 60 }]}>
                <Input maxLength={60} placeholder={t('edit.documentNumberHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item label={t('edit.documentDate')} name="documentDate">
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('edit.sectionsTitle')}
          </Typography.Title>
          {SECTION_KEYS.map((key) => (
            <Form.Item key={key} label={ts(`sections.${key}`)} name={['sections', key]} rules={[{ max: 50000 }]}>
              <Input.TextArea rows={5} maxLength={50000} />
            </Form.Item>
          ))}
        </Card>
        {assignments.length > 0 ? <TaskRowsCard assignments={assignments} tasks={tasks} rowErrors={rowErrors} /> : null}
        {targets.length > 0 ? (
          <Card size="small" style={{ marginBottom: 16 }}>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('edit.valuesTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('edit.valuesIntro')}</Typography.Paragraph>
            {targets.map((target, index) => (
              <ValueFields key={target.id} target={target} index={index} />
            ))}
          </Card>
        ) : null}
        <div
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 5,
            background: '#ffffff',
            padding: '12px 0',
            borderTop: '1px solid #f0f0f0',
            marginBottom: 16,
          }}
        >
          {/* why the save failed, where the user pressed it: the bar stays in sight */}
          <SaveProblems
            stale={stale}
            onReload={() => void reload()}
            reloading={reloading}
            failure={failure}
            unshown={unshown}
            labels={{ staleTitle: t('edit.staleTitle'), stale: t('edit.stale'), reload: t('edit.reload'), invalidTitle: t('edit.invalidTitle') }}
          />
          <Flex gap={8} wrap justify="flex-end">
            <Button htmlType="submit" icon={<SaveOutlined aria-hidden="true" />} loading={saveDraft.isPending} disabled={busy || stale}>
              {t('edit.saveDraft')}
            </Button>
            <Button type="primary" icon={<SendOutlined aria-hidden="true" />} loading={send.isPending} disabled={busy || stale} onClick={() => void onSubmit()}>
              {returned ? t('edit.resubmit') : t('edit.submit')}
            </Button>
          </Flex>
        </div>
      </Form>
    </>
  );
}

function AttachmentsCard({ submission, editable }: { submission: Submission; editable: boolean }) {
  const { t } = useTranslation('myUnit');
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const attachments = useSubmissionAttachments(submission.id);
  const remove = useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        api.DELETE('/api/v1/submissions/{submissionId}/attachments/{attachmentId}', {
          params: { path: { submissionId: submission.id, attachmentId } },
        }),
      ),
    onSuccess: () => {
      message.success(t('edit.fileDeleted'));
      void client.invalidateQueries({ queryKey: submissionKeys.attachments(submission.id) });
    },
    onError: (error) => message.error(errorMessage(error)),
  });
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <section aria-labelledby="edit-attachments">
        <Typography.Title level={2} id="edit-attachments" style={{ fontSize: 18 }}>
          {t('edit.attachmentsTitle')}
        </Typography.Title>
        <Flex vertical gap={12}>
          {editable ? <EvidenceUpload submissionId={submission.id} /> : null}
          <QueryState query={attachments} skeletonRows={2}>
            {(items) => (
              <AttachmentList
                submissionId={submission.id}
                attachments={items}
                onDelete={editable ? (file) => remove.mutateAsync(file.id).catch(() => undefined) : undefined}
                deletingId={remove.isPending ? remove.variables : null}
              />
            )}
          </QueryState>
        </Flex>
      </section>
    </Card>
  );
}

function HistoryCard({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation('myUnit');
  const history = useSubmissionHistory(submissionId);
  return (
    <Card size="small">
      <section aria-labelledby="edit-history">
        <Typography.Title level={2} id="edit-history" style={{ fontSize: 18 }}>
          {t('edit.historyTitle')}
        </Typography.Title>
        <QueryState query={history} skeletonRows={3}>
          {(items) => <SubmissionHistory history={items} />}
        </QueryState>
      </section>
    </Card>
  );
}

/**
 * A reporter fills the unit's submission: the five sections, the document, the figures of the
 * plan's REPORTED targets and the evidence; saves a draft (If-Match) and submits. A RETURNED
 * submission shows why it came back; a SUBMITTED or ACCEPTED one is read only.
 */
export default function SubmissionEditPage() {
  const { submissionId = '' } = useParams();
  const { t } = useTranslation('myUnit');
  const query = useSubmission(submissionId, { refetchOnWindowFocus: false });
  // the version the reporter's edits are based on: only a save or an explicit reload moves it
  const [base, setBase] = useState<Submission | null>(null);
  const [generation, setGeneration] = useState(0);
  if (query.data && (base === null || base.id !== query.data.id)) {
    setBase(query.data);
  }
  const current = base ?? query.data;
  const targets = useReportedTargets(current?.planId, current?.obligationId);
  const obligation = useObligationRef(current?.planId, current?.obligationId);
  const period = usePeriodRef(current?.obligationId, current?.periodId);
  const editable = current?.status === 'DRAFT' || current?.status === 'RETURNED';
  const tracksTasks = obligation.data !== undefined && TASK_REPORTS.includes(obligation.data.kind);
  const assignments = usePlanAssignments(current?.planId, current?.unitId, { enabled: tracksTasks });
  const planTasks = usePlanTaskRefs(tracksTasks ? current?.planId : undefined);
  // the form opens once with everything it edits: the figures' targets and, in a report, the unit's tasks
  const editorData = {
    data:
      targets.data && obligation.data && (!tracksTasks || (assignments.data && planTasks.data))
        ? { targets: targets.data, assignments: tracksTasks ? assignments.data! : [], tasks: tracksTasks ? planTasks.data! : [] }
        : undefined,
    isPending: targets.isPending || obligation.isPending || (tracksTasks && (assignments.isPending || planTasks.isPending)),
    isError: targets.isError || obligation.isError || (tracksTasks && (assignments.isError || planTasks.isError)),
    error: targets.error ?? obligation.error ?? assignments.error ?? planTasks.error,
    refetch: () => Promise.all([targets.refetch(), obligation.refetch(), assignments.refetch(), planTasks.refetch()]),
  };

  const reload = async () => {
    const fresh = await query.refetch();
    if (tracksTasks) await assignments.refetch();
    if (fresh.data) {
      setBase(fresh.data);
      setGeneration((n) => n + 1);
    }
  };

  const title = obligation.data?.title ?? t('edit.title');
  const subtitle =
    current && period.data
      ? t('edit.subtitle', { year: period.data.year, due: formatDate(current.effectiveDueDate) })
      : undefined;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[{ key: 'home', title: <Link to="/my-unit">{t('edit.back')}</Link> }, { key: 'here', title: t('edit.title') }]}
          />
        }
        title={title}
        subtitle={subtitle}
      />
      <QueryState query={{ ...query, data: current ?? undefined }} skeletonRows={10}>
        {(submission) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              {editable ? (
                <QueryState query={editorData} skeletonRows={6}>
                  {(loaded) => (
                    <Editor
                      key={`${submission.id}-${generation}`}
                      base={submission}
                      targets={loaded.targets}
                      assignments={loaded.assignments}
                      tasks={loaded.tasks}
                      onSaved={setBase}
                      onReload={reload}
                    />
                  )}
                </QueryState>
              ) : (
                <Flex vertical gap={16} style={{ marginBottom: 16 }}>
                  <Alert
                    type={submission.status === 'ACCEPTED' ? 'success' : 'info'}
                    showIcon
                    title={submission.status === 'ACCEPTED' ? t('edit.acceptedInfo') : t('edit.submittedInfo')}
                  />
                  <Card size="small">
                    <SubmissionSections sections={submission.sections} />
                  </Card>
                  <Card size="small">
                    <ReportedValues submission={submission} />
                  </Card>
                </Flex>
              )}
              <AttachmentsCard submission={submission} editable={editable} />
            </Col>
            <Col xs={24} xl={8}>
              <Flex vertical gap={16}>
                <Card size="small">
                  <SubmissionSummary submission={submission} compact />
                </Card>
                <HistoryCard submissionId={submission.id} />
              </Flex>
            </Col>
          </Row>
        )}
      </QueryState>
    </>
  );
}
