import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Radio, Row, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { UnitName } from '@/components/UnitName';
import { FailureAlert, FormDrawer, useFailure } from './FormDrawer';
import { planKeys } from './keys';
import { GroupName, OrgUnitSelect, UnitGroupSelect } from './pickers';
import { usePlanTasks } from './queries';
import { actionsColumn, RowActions } from './RowActions';
import { useRules } from './rules';
import { SectionHeader } from './SectionHeader';
import { ordinalColumn, TabTable } from './TabTable';
import { dueDayOf, ROMAN_QUARTERS, TIME_FRAME_KINDS, TimeFrameDueField } from './timeFrames';
import { fromIso, textOrNull, useCanWrite, useWide, type Plan, type S } from './util';

type Task = S['PlanTask'];

/** The plan's tasks in document order: content, lead and coordinating units, time frame. */
export function TasksTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const problemText = useErrorMessage();
  const client = useQueryClient();
  const phone = !useWide();
  const canWrite = useCanWrite() && plan.status !== 'CLOSED';
  const tasks = usePlanTasks(plan.id);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);

  const remove = useMutation({
    mutationFn: (task: Task) =>
      unwrap(
        api.DELETE('/api/v1/plans/{planId}/tasks/{taskId}', {
          params: { path: { planId: plan.id, taskId: task.id }, header: { 'If-Match': ifMatch(task.version) } },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.tasks(plan.id) });
      message.success(t('tasks.deleted'));
    },
    onError: (error) => message.error(problemText(error)),
  });

  const actions = (task: Task) => (
    <RowActions
      editLabel={t('tasks.editOne', { ordinal: task.ordinal })}
      onEdit={() => setEditing(task)}
      deleteConfirm={t('tasks.deleteConfirm', { ordinal: task.ordinal })}
      deleteLabel={t('tasks.deleteOne', { ordinal: task.ordinal })}
      onDelete={() => remove.mutateAsync(task)}
    />
  );

  // the unit columns only when some task names units
  const items = tasks.data?.items ?? [];
  const anyLead = items.some((task) => task.leadUnitIds.length > 0 || task.leadGroupIds.length > 0 || task.leadText);
  const anyCoordinating = items.some(
    (task) => task.coordinatingUnitIds.length > 0 || task.coordinatingGroupIds.length > 0 || task.coordinatingText,
  );

  const columns: TableColumnsType<Task> = phone
    ? [
        {
          key: 'task',
          title: t('tasks.content'),
          render: (_, task) => (
            <div>
              <strong>{task.ordinal}</strong>
              {task.section === 'DUTY' ? <Tag style={{ marginInlineStart: 8 }}>{t('tasks.duty')}</Tag> : null}
              <TaskContent content={task.content} />
              {task.directedBy ? (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('tasks.directedBy')}: {task.directedBy}
                </Typography.Text>
              ) : null}
              <UnitsCell ids={task.leadUnitIds} groupIds={task.leadGroupIds} text={task.leadText} label={t('tasks.lead')} />
              <UnitsCell ids={task.coordinatingUnitIds} groupIds={task.coordinatingGroupIds} text={task.coordinatingText} label={t('tasks.coordinating')} />
              <div style={{ marginTop: 4 }}>
                <Typography.Text type="secondary">{t('tasks.timeFrame')}: </Typography.Text>
                <TimeFrameText timeFrame={task.timeFrame} inline />
              </div>
              {canWrite ? actions(task) : null}
            </div>
          ),
        },
      ]
    : [
        ordinalColumn<Task>(t('tasks.ordinal')),
        {
          key: 'content',
          title: t('tasks.content'),
          render: (_, task) => (
            <div style={{ minWidth: 300 }}>
              {task.section === 'DUTY' ? <Tag style={{ marginBottom: 4 }}>{t('tasks.duty')}</Tag> : null}
              <TaskContent content={task.content} />
              {task.directedBy ? (
                <Typography.Text type="secondary">
                  {t('tasks.directedBy')}: {task.directedBy}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        ...(anyLead
          ? [{ key: 'lead', title: t('tasks.lead'), width: 220, render: (_: unknown, task: Task) => <UnitsCell ids={task.leadUnitIds} groupIds={task.leadGroupIds} text={task.leadText} /> }]
          : []),
        ...(anyCoordinating
          ? [
              {
                key: 'coordinating',
                title: t('tasks.coordinating'),
                width: 200,
                render: (_: unknown, task: Task) => <UnitsCell ids={task.coordinatingUnitIds} groupIds={task.coordinatingGroupIds} text={task.coordinatingText} />,
              },
            ]
          : []),
        { key: 'timeFrame', title: t('tasks.timeFrame'), width: 160, render: (_, task) => <TimeFrameText timeFrame={task.timeFrame} /> },
        ...(canWrite ? [actionsColumn(t('common.actions'), actions)] : []),
      ];

  return (
    <>
      <SectionHeader title={t('tasks.heading')} addLabel={t('tasks.add')} onAdd={canWrite ? () => setEditing('new') : undefined} />
      <QueryState query={tasks} isEmpty={(data) => data.items.length === 0} emptyText={t('tasks.empty')}>
        {(data) => (
          <TabTable<Task>
            aria-label={t('tasks.tableLabel')}
            columns={columns}
            dataSource={data.items}
            pagination={data.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          />
        )}
      </QueryState>
      <TaskDrawer plan={plan} task={editing} onClose={() => setEditing(null)} />
    </>
  );
}

/** A task's first line is its heading; the rest (often long bullet lists) folds away. */
function TaskContent({ content }: { content: string }) {
  const [heading, ...rest] = content.split('\n');
  const body = rest.join('\n').trim();
  return (
    <>
      {body ? (
        <Typography.Paragraph strong style={{ marginBottom: 4 }}>
          {heading}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph
          style={{ marginBottom: 0 }}
          ellipsis={{ rows: 6, expandable: 'collapsible' }}
        >
          {heading}
        </Typography.Paragraph>
      )}
      {body ? (
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-line', marginBottom: 4 }}
          ellipsis={{ rows: 3, expandable: 'collapsible' }}
        >
          {body}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}

function UnitsCell({ ids, groupIds, text, label }: { ids: string[]; groupIds: string[]; text?: string | null; label?: string }) {
  const { t } = useTranslation('plans');
  if (ids.length === 0 && groupIds.length === 0 && !text) return null;
  return (
    <div style={{ marginTop: label ? 4 : 0 }}>
      {label ? <Typography.Text type="secondary">{label}: </Typography.Text> : null}
      {ids.length > 0 || groupIds.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: label ? 18 : 16 }}>
          {ids.map((id) => (
            <li key={id}>
              <UnitName id={id} />
            </li>
          ))}
          {groupIds.map((id) => (
            <li key={id}>
              <Typography.Text type="secondary">{t('tasks.groupLabel')}: </Typography.Text>
              <GroupName id={id} />
            </li>
          ))}
        </ul>
      ) : null}
      {text ? <Typography.Text type="secondary">{text}</Typography.Text> : null}
    </div>
  );
}

export function TimeFrameText({ timeFrame, inline }: { timeFrame: S['TimeFrame']; inline?: boolean }) {
  const { t } = useTranslation('plans');
  const kind =
    timeFrame.kind === 'BY_DATE' && timeFrame.dueDate
      ? t('timeFrame.byDate', { date: formatDate(timeFrame.dueDate) })
      : timeFrame.kind === 'BY_MONTH' && timeFrame.month && timeFrame.year
        ? t('timeFrame.byMonth', { month: timeFrame.month, year: timeFrame.year })
        : timeFrame.kind === 'BY_QUARTER' && timeFrame.quarter && timeFrame.year
          ? t('timeFrame.byQuarter', { quarter: ROMAN_QUARTERS[timeFrame.quarter - 1], n: timeFrame.quarter, year: timeFrame.year })
          : t(`timeFrame.${timeFrame.kind}`);
  if (inline) return <span>{timeFrame.text && timeFrame.text !== kind ? `${kind} (${timeFrame.text})` : kind}</span>;
  return (
    <div>
      <div>{kind}</div>
      {timeFrame.text ? <Typography.Text type="secondary">{timeFrame.text}</Typography.Text> : null}
    </div>
  );
}

export interface TaskValues {
  ordinal?: string;
  content?: string;
  directedBy?: string | null;
  leadUnitIds?: string[];
  leadText?: string | null;
  coordinatingUnitIds?: string[];
  coordinatingText?: string | null;
  timeFrame?: { kind?: S['TimeFrameKind']; dueDate?: Dayjs | null; text?: string | null };
  section?: S['TaskSection'];
  leadGroupIds?: string[];
  coordinatingGroupIds?: string[];
}

const TASK_FIELDS = [
  'ordinal',
  'content',
  'directedBy',
  'section',
  'leadUnitIds',
  'leadGroupIds',
  'leadText',
  'coordinatingUnitIds',
  'coordinatingGroupIds',
  'coordinatingText',
  'timeFrame',
].map((name) => [name]);

const SECTIONS: S['TaskSection'][] = ['TASK', 'DUTY'];

function TaskDrawer({ plan, task, onClose }: { plan: Plan; task: Task | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { required } = useRules();
  const [form] = Form.useForm<TaskValues>();
  const { failure, setFailure, onError } = useFailure(form, TASK_FIELDS);
  const existing = task && task !== 'new' ? task : null;
  const kind = Form.useWatch(['timeFrame', 'kind'], form);

  useEffect(() => setFailure(null), [task]);

  const initialValues = useMemo<TaskValues>(
    () =>
      existing
        ? {
            ...existing,
            timeFrame: { kind: existing.timeFrame.kind, dueDate: fromIso(existing.timeFrame.dueDate), text: existing.timeFrame.text ?? null },
          }
        : { section: 'TASK', leadUnitIds: [], leadGroupIds: [], coordinatingUnitIds: [], coordinatingGroupIds: [], timeFrame: { kind: 'WHOLE_PERIOD' } },
    [existing],
  );

  const save = useMutation({
    mutationFn: (body: S['PlanTaskWrite']) =>
      existing
        ? unwrap(
            api.PUT('/api/v1/plans/{planId}/tasks/{taskId}', {
              params: { path: { planId: plan.id, taskId: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/plans/{planId}/tasks', { params: { path: { planId: plan.id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.tasks(plan.id) });
      message.success(t('tasks.saved'));
      onClose();
    },
    onError,
  });

  const onFinish = (values: TaskValues) => {
    const frameKind = values.timeFrame?.kind ?? 'WHOLE_PERIOD';
    save.mutate({
      ordinal: (values.ordinal ?? '').trim(),
      content: (values.content ?? '').trim(),
      directedBy: textOrNull(values.directedBy),
      leadUnitIds: values.leadUnitIds ?? [],
      leadText: textOrNull(values.leadText),
      coordinatingUnitIds: values.coordinatingUnitIds ?? [],
      coordinatingText: textOrNull(values.coordinatingText),
      timeFrame: { kind: frameKind, dueDate: dueDayOf(frameKind, values.timeFrame?.dueDate), text: textOrNull(values.timeFrame?.text) },
      section: values.section ?? 'TASK',
      leadGroupIds: values.leadGroupIds ?? [],
      coordinatingGroupIds: values.coordinatingGroupIds ?? [],
    });
  };

  return (
    <FormDrawer
      open={task !== null}
      title={existing ? t('tasks.editTitle', { ordinal: existing.ordinal }) : t('tasks.createTitle')}
      width={640}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <FailureAlert failure={failure} />
      <Form<TaskValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={save.isPending}>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item label={t('tasks.ordinal')} name="ordinal" extra={t('tasks.ordinalHelp')} rules={[required(t('tasks.ordinal')), { max: 20 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item label={t('tasks.directedBy')} name="directedBy" rules={[{ max: 500 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('tasks.content')} name="content" rules={[required(t('tasks.content')), { max: 20000 }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} />
        </Form.Item>
        <Form.Item label={t('tasks.section')} name="section">
          <Radio.Group options={SECTIONS.map((value) => ({ value, label: t(`tasks.sections.${value}`) }))} />
        </Form.Item>
        <Form.Item label={t('tasks.leadUnits')} name="leadUnitIds">
          <OrgUnitSelect mode="multiple" placeholder={t('tasks.unitsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('tasks.leadGroups')} name="leadGroupIds" extra={t('tasks.groupsHelp')}>
          <UnitGroupSelect mode="multiple" placeholder={t('tasks.groupsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('tasks.leadText')} name="leadText" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('tasks.coordinatingUnits')} name="coordinatingUnitIds">
          <OrgUnitSelect mode="multiple" placeholder={t('tasks.unitsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('tasks.coordinatingGroups')} name="coordinatingGroupIds">
          <UnitGroupSelect mode="multiple" placeholder={t('tasks.groupsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('tasks.coordinatingText')} name="coordinatingText" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('tasks.timeFrameKind')} name={['timeFrame', 'kind']} rules={[{ required: true }]}>
          <Radio.Group options={TIME_FRAME_KINDS.map((value) => ({ value, label: t(`timeFrame.${value}`) }))} />
        </Form.Item>
        <TimeFrameDueField kind={kind} name={['timeFrame', 'dueDate']} />
        <Form.Item label={t('tasks.timeFrameText')} name={['timeFrame', 'text']} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
