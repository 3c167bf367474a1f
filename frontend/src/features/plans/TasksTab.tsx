import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Drawer, Flex, Form, Grid, Input, Popconfirm, Radio, Row, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/lib/api';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { applyViolations } from '@/lib/forms';
import { ProblemError } from '@/lib/problem';
import { QueryState } from '@/components/QueryState';
import { UnitName } from '@/components/UnitName';
import { planKeys } from './keys';
import { OrgUnitSelect } from './pickers';
import { usePlanTasks } from './queries';
import { fromIso, textOrNull, toIso, TOP_ALIGNED, useCanWrite, useProblemText, type Plan, type S } from './util';

type Task = S['PlanTask'];
const KINDS: S['TimeFrameKind'][] = ['CONTINUOUS', 'WHOLE_PERIOD', 'BY_DATE'];

/** The plan's tasks in document order: content, lead and coordinating units, time frame. */
export function TasksTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const client = useQueryClient();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
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
    <Flex gap={4}>
      <Button type="text" icon={<EditOutlined />} aria-label={t('tasks.editOne', { ordinal: task.ordinal })} onClick={() => setEditing(task)} />
      <Popconfirm
        title={t('tasks.deleteConfirm', { ordinal: task.ordinal })}
        okText={tc('action.delete')}
        okButtonProps={{ danger: true }}
        cancelText={tc('action.cancel')}
        onConfirm={() => remove.mutateAsync(task).catch(() => undefined)}
      >
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('tasks.deleteOne', { ordinal: task.ordinal })} />
      </Popconfirm>
    </Flex>
  );

  // the unit columns only when some task names units
  const items = tasks.data?.items ?? [];
  const anyLead = items.some((task) => task.leadUnitIds.length > 0 || task.leadText);
  const anyCoordinating = items.some((task) => task.coordinatingUnitIds.length > 0 || task.coordinatingText);

  const columns: TableColumnsType<Task> = phone
    ? [
        {
          key: 'task',
          title: t('tasks.content'),
          render: (_, task) => (
            <div>
              <strong>{task.ordinal}</strong>
              <TaskContent content={task.content} />
              {task.directedBy ? (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('tasks.directedBy')}: {task.directedBy}
                </Typography.Text>
              ) : null}
              <UnitsCell ids={task.leadUnitIds} text={task.leadText} label={t('tasks.lead')} />
              <UnitsCell ids={task.coordinatingUnitIds} text={task.coordinatingText} label={t('tasks.coordinating')} />
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
        { key: 'ordinal', title: t('tasks.ordinal'), dataIndex: 'ordinal', width: 70, render: (ordinal: string) => <strong>{ordinal}</strong> },
        {
          key: 'content',
          title: t('tasks.content'),
          render: (_, task) => (
            <div style={{ minWidth: 300 }}>
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
          ? [{ key: 'lead', title: t('tasks.lead'), width: 220, render: (_: unknown, task: Task) => <UnitsCell ids={task.leadUnitIds} text={task.leadText} /> }]
          : []),
        ...(anyCoordinating
          ? [
              {
                key: 'coordinating',
                title: t('tasks.coordinating'),
                width: 200,
                render: (_: unknown, task: Task) => <UnitsCell ids={task.coordinatingUnitIds} text={task.coordinatingText} />,
              },
            ]
          : []),
        { key: 'timeFrame', title: t('tasks.timeFrame'), width: 160, render: (_, task) => <TimeFrameText timeFrame={task.timeFrame} /> },
        ...(canWrite ? [{ key: 'actions', title: t('common.actions'), width: 96, render: (_: unknown, task: Task) => actions(task) }] : []),
      ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('tasks.heading')}
        </Typography.Title>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('tasks.add')}
          </Button>
        ) : null}
      </Flex>
      <QueryState query={tasks} isEmpty={(data) => data.items.length === 0} emptyText={t('tasks.empty')}>
        {(data) => (
          <Table<Task>
            aria-label={t('tasks.tableLabel')}
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={data.items}
            pagination={data.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={phone ? undefined : { x: true }}
            styles={TOP_ALIGNED}
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

function UnitsCell({ ids, text, label }: { ids: string[]; text?: string | null; label?: string }) {
  if (ids.length === 0 && !text) return null;
  return (
    <div style={{ marginTop: label ? 4 : 0 }}>
      {label ? <Typography.Text type="secondary">{label}: </Typography.Text> : null}
      {ids.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: label ? 18 : 16 }}>
          {ids.map((id) => (
            <li key={id}>
              <UnitName id={id} />
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
  const kind = timeFrame.kind === 'BY_DATE' && timeFrame.dueDate ? t('timeFrame.byDate', { date: formatDate(timeFrame.dueDate) }) : t(`timeFrame.${timeFrame.kind}`);
  if (inline) return <span>{timeFrame.text && timeFrame.text !== kind ? `${kind} (${timeFrame.text})` : kind}</span>;
  return (
    <div>
      <div>{kind}</div>
      {timeFrame.text ? <Typography.Text type="secondary">{timeFrame.text}</Typography.Text> : null}
    </div>
  );
}

interface TaskValues {
  ordinal?: string;
  content?: string;
  directedBy?: string | null;
  leadUnitIds?: string[];
  leadText?: string | null;
  coordinatingUnitIds?: string[];
  coordinatingText?: string | null;
  timeFrame?: { kind?: S['TimeFrameKind']; dueDate?: Dayjs | null; text?: string | null };
}

const TASK_FIELDS = ['ordinal', 'content', 'directedBy', 'leadUnitIds', 'leadText', 'coordinatingUnitIds', 'coordinatingText', 'timeFrame'].map((name) => [name]);

function TaskDrawer({ plan, task, onClose }: { plan: Plan; task: Task | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const client = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<TaskValues>();
  const [failure, setFailure] = useState<string[] | null>(null);
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
        : { leadUnitIds: [], coordinatingUnitIds: [], timeFrame: { kind: 'WHOLE_PERIOD' } },
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
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
        const unshown = applyViolations(form, error, TASK_FIELDS);
        setFailure(unshown.length > 0 ? unshown : null);
      } else setFailure([problemText(error)]);
    },
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
      timeFrame: {
        kind: frameKind,
        dueDate: frameKind === 'BY_DATE' ? toIso(values.timeFrame?.dueDate) : null,
        text: textOrNull(values.timeFrame?.text),
      },
    });
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field: field.toLowerCase() }) });

  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      title={existing ? t('tasks.editTitle', { ordinal: existing.ordinal }) : t('tasks.createTitle')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{tc('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {tc('action.save')}
          </Button>
        </Flex>
      }
    >
      {failure ? <Alert type="error" showIcon role="alert" title={t('form.failed')} description={failure.join(' ')} style={{ marginBottom: 16 }} /> : null}
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
        <Form.Item label={t('tasks.leadUnits')} name="leadUnitIds">
          <OrgUnitSelect mode="multiple" placeholder={t('tasks.unitsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('tasks.leadText')} name="leadText" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('tasks.coordinatingUnits')} name="coordinatingUnitIds">
          <OrgUnitSelect mode="multiple" placeholder={t('tasks.unitsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('tasks.coordinatingText')} name="coordinatingText" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('tasks.timeFrameKind')} name={['timeFrame', 'kind']} rules={[{ required: true }]}>
          <Radio.Group options={KINDS.map((value) => ({ value, label: t(`timeFrame.${value}`) }))} />
        </Form.Item>
        {kind === 'BY_DATE' ? (
          <Form.Item
            label={t('tasks.dueDate')}
            name={['timeFrame', 'dueDate']}
            rules={[{ required: true, message: t('form.requiredSelect', { field: t('tasks.dueDate').toLowerCase() }) }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%', maxWidth: 240 }} />
          </Form.Item>
        ) : null}
        <Form.Item label={t('tasks.timeFrameText')} name={['timeFrame', 'text']} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
