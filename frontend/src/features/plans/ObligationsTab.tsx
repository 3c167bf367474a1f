import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ifMatch, unwrap } from '@/lib/api';
import { DATE_FORMAT, fold, formatDate, formatNumber } from '@/lib/format';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { UnitName } from '@/components/UnitName';
import { FailureAlert, FormDrawer, FormModal, useFailure } from './FormDrawer';
import { planKeys } from './keys';
import { GroupName, UnitGroupSelect } from './pickers';
import { ALL, useObligationExtensions, useObligationPeriods, usePlanObligations } from './queries';
import { actionsColumn, DeleteButton, RowActions } from './RowActions';
import { useRules } from './rules';
import { SectionHeader } from './SectionHeader';
import { TabTable } from './TabTable';
import { formatMonthDay, fromIso, textOrNull, toIso, useCanWrite, useWide, type Plan, type S } from './util';

type Obligation = S['Obligation'];

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };
type Period = S['ObligationPeriod'];
type Extension = S['Extension'];

const KINDS: S['ObligationKind'][] = ['UNIT_PLAN', 'SEMIANNUAL_REPORT', 'ANNUAL_REPORT', 'SELF_ASSESSMENT', 'MODEL_REGISTRATION', 'FIVE_YEAR_REVIEW', 'AD_HOC'];

/** What units owe under the plan; a row opens onto its periods and its per-unit extensions. */
export function ObligationsTab({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const problemText = useErrorMessage();
  const client = useQueryClient();
  const phone = !useWide();
  const canWrite = useCanWrite() && plan.status !== 'CLOSED';
  const obligations = usePlanObligations(plan.id);
  const [params, setParams] = useSearchParams();
  const expanded = params.get('obligation');
  const [editing, setEditing] = useState<Obligation | 'new' | null>(null);

  const setExpanded = (id: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (id) next.set('obligation', id);
        else next.delete('obligation');
        return next;
      },
      { replace: true },
    );

  const remove = useMutation({
    mutationFn: (obligation: Obligation) =>
      unwrap(
        api.DELETE('/api/v1/plans/{planId}/obligations/{obligationId}', {
          params: { path: { planId: plan.id, obligationId: obligation.id }, header: { 'If-Match': ifMatch(obligation.version) } },
        }),
      ),
    onSuccess: (_, obligation) => {
      void client.invalidateQueries({ queryKey: planKeys.obligations(plan.id) });
      client.removeQueries({ queryKey: planKeys.periods(obligation.id) });
      client.removeQueries({ queryKey: planKeys.extensions(obligation.id) });
      if (expanded === obligation.id) setExpanded(null);
      message.success(t('obligations.deleted'));
    },
    onError: (error) => message.error(problemText(error)),
  });

  const due = (obligation: Obligation) =>
    obligation.dueMonthDay ? t('obligations.yearly', { date: formatMonthDay(obligation.dueMonthDay) }) : formatDate(obligation.dueDate);

  const actions = (obligation: Obligation) => (
    <RowActions
      editLabel={t('obligations.editOne', { title: obligation.title })}
      onEdit={() => setEditing(obligation)}
      deleteConfirm={t('obligations.deleteConfirm')}
      deleteLabel={t('obligations.deleteOne', { title: obligation.title })}
      onDelete={() => remove.mutateAsync(obligation)}
    />
  );

  const columns: TableColumnsType<Obligation> = phone
    ? [
        {
          key: 'obligation',
          title: t('obligations.title'),
          render: (_, obligation) => (
            <div>
              <div>{obligation.title}</div>
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {tc(`obligationKind.${obligation.kind}`)}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary">{t('obligations.due')}: </Typography.Text>
                <strong>{due(obligation)}</strong>
                {obligation.graceDays > 0 ? ` (+${formatNumber(obligation.graceDays, i18n.language)})` : ''}
              </div>
              {obligation.sourcePhrase ? <Typography.Text type="secondary">{obligation.sourcePhrase}</Typography.Text> : null}
              <div>
                <Typography.Text type="secondary">{t('obligations.group')}: </Typography.Text>
                <GroupName id={obligation.groupId} />
              </div>
              {canWrite ? actions(obligation) : null}
            </div>
          ),
        },
      ]
    : [
        {
          key: 'title',
          title: t('obligations.title'),
          render: (_, obligation) => (
            <div style={{ minWidth: 260 }}>
              <div>{obligation.title}</div>
              <Typography.Text type="secondary">{tc(`obligationKind.${obligation.kind}`)}</Typography.Text>
            </div>
          ),
        },
        { key: 'group', title: t('obligations.group'), width: 220, render: (_, obligation) => <GroupName id={obligation.groupId} /> },
        { key: 'due', title: t('obligations.due'), width: 140, render: (_, obligation) => <span style={{ whiteSpace: 'nowrap' }}>{due(obligation)}</span> },
        {
          key: 'graceDays',
          title: t('obligations.graceDays'),
          dataIndex: 'graceDays',
          width: 100,
          className: 'num',
          render: (days: number) => formatNumber(days, i18n.language),
        },
        {
          key: 'sourcePhrase',
          title: t('obligations.sourcePhrase'),
          width: 200,
          render: (_, obligation) => (
            <div>
              {obligation.sourcePhrase ? <div>{obligation.sourcePhrase}</div> : null}
              {obligation.recipient ? (
                <Typography.Text type="secondary">
                  {t('obligations.recipient')}: {obligation.recipient}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        ...(canWrite ? [actionsColumn(t('common.actions'), actions)] : []),
      ];

  return (
    <>
      <SectionHeader title={t('obligations.heading')} addLabel={t('obligations.add')} onAdd={canWrite ? () => setEditing('new') : undefined} />
      <QueryState query={obligations} isEmpty={(data) => data.items.length === 0} emptyText={t('obligations.empty')}>
        {(data) => (
          <TabTable<Obligation>
            aria-label={t('obligations.tableLabel')}
            columns={columns}
            dataSource={data.items}
            expandable={{
              columnTitle: <span style={VISUALLY_HIDDEN}>{t('obligations.details')}</span>,
              expandedRowKeys: expanded ? [expanded] : [],
              onExpand: (open, obligation) => setExpanded(open ? obligation.id : null),
              expandedRowRender: (obligation) => <ObligationDetails plan={plan} obligation={obligation} canWrite={canWrite} />,
              expandIcon: ({ expanded: isOpen, record, onExpand }) => (
                <Button
                  type="text"
                  size="small"
                  aria-expanded={isOpen}
                  aria-label={isOpen ? t('obligations.collapse', { title: record.title }) : t('obligations.expand', { title: record.title })}
                  onClick={(event) => onExpand(record, event)}
                  icon={isOpen ? <DownOutlined /> : <RightOutlined />}
                />
              ),
            }}
          />
        )}
      </QueryState>
      <ObligationDrawer plan={plan} obligation={editing} onClose={() => setEditing(null)} />
    </>
  );
}

/** The periods an obligation expands into (each links to its progress) and the extensions granted. */
function ObligationDetails({ plan, obligation, canWrite }: { plan: Plan; obligation: Obligation; canWrite: boolean }) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const problemText = useErrorMessage();
  const client = useQueryClient();
  const phone = !useWide();
  const periods = useObligationPeriods(obligation.id);
  const extensions = useObligationExtensions(obligation.id);
  const [adding, setAdding] = useState(false);
  const yearOf = useMemo(() => new Map((periods.data?.items ?? []).map((period) => [period.id, period])), [periods.data]);

  const remove = useMutation({
    mutationFn: (extension: Extension) =>
      unwrap(
        api.DELETE('/api/v1/obligations/{obligationId}/extensions/{extensionId}', {
          params: { path: { obligationId: obligation.id, extensionId: extension.id }, header: { 'If-Match': ifMatch(extension.version) } },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.extensions(obligation.id) });
      message.success(t('obligations.extensionDeleted'));
    },
    onError: (error) => message.error(problemText(error)),
  });

  const periodColumns: TableColumnsType<Period> = [
    { key: 'year', title: t('obligations.periodYear'), dataIndex: 'year', width: 80, className: 'num' },
    { key: 'dueDate', title: t('obligations.periodDue'), dataIndex: 'dueDate', width: 130, render: (date: string) => formatDate(date) },
    {
      key: 'progress',
      title: t('obligations.progress'),
      render: (_, period) => (
        <Link to={`/plans/${plan.id}/completeness?obligation=${encodeURIComponent(obligation.id)}&period=${encodeURIComponent(period.id)}`}>
          {t('obligations.openProgress', { year: period.year })}
        </Link>
      ),
    },
  ];

  const removeButton = (extension: Extension) => (
    <DeleteButton
      confirm={t('obligations.deleteExtensionConfirm')}
      label={t('obligations.deleteExtension', { year: yearOf.get(extension.periodId)?.year ?? '' })}
      onDelete={() => remove.mutateAsync(extension)}
    />
  );

  const extensionColumns: TableColumnsType<Extension> = phone
    ? [
        {
          key: 'extension',
          title: t('obligations.extensions'),
          render: (_, extension) => (
            <Flex justify="space-between" gap={8}>
              <div>
                <UnitName id={extension.unitId} />
                <div>
                  {t('obligations.extPeriod')} {yearOf.get(extension.periodId)?.year ?? ''} · {t('obligations.extDue')}: <strong>{formatDate(extension.dueDate)}</strong>
                </div>
                <Typography.Text type="secondary">{extension.reason}</Typography.Text>
              </div>
              {canWrite ? removeButton(extension) : null}
            </Flex>
          ),
        },
      ]
    : [
        { key: 'unit', title: t('obligations.extUnit'), render: (_, extension) => <div style={{ minWidth: 160 }}><UnitName id={extension.unitId} /></div> },
        { key: 'period', title: t('obligations.extPeriod'), width: 80, className: 'num', render: (_, extension) => yearOf.get(extension.periodId)?.year ?? '' },
        { key: 'dueDate', title: t('obligations.extDue'), dataIndex: 'dueDate', width: 120, render: (date: string) => formatDate(date) },
        { key: 'reason', title: t('obligations.extReason'), dataIndex: 'reason', render: (reason: string) => <div style={{ minWidth: 200 }}>{reason}</div> },
        ...(canWrite ? [actionsColumn(t('common.actions'), removeButton, 80)] : []),
      ];

  return (
    <section aria-label={t('obligations.details')} style={{ padding: '4px 0' }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('obligations.periods')}
      </Typography.Title>
      <DetailTable<Period>
        query={periods}
        emptyText={t('obligations.noPeriods')}
        label={`${t('obligations.periodsLabel')}: ${obligation.title}`}
        columns={periodColumns}
        style={{ maxWidth: 560, marginBottom: 16 }}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {t('obligations.extensions')}
        </Typography.Title>
        {canWrite ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={!periods.data || periods.data.items.length === 0}>
            {t('obligations.addExtension')}
          </Button>
        ) : null}
      </Flex>
      <DetailTable<Extension>
        query={extensions}
        emptyText={t('obligations.noExtensions')}
        label={`${t('obligations.extensionsLabel')}: ${obligation.title}`}
        columns={extensionColumns}
      />
      <ExtensionModal obligation={obligation} periods={periods.data?.items ?? []} open={adding} onClose={() => setAdding(false)} />
    </section>
  );
}

interface DetailTableProps<T> {
  query: UseQueryResult<{ items: T[] }>;
  /** The table's accessible name. */
  label: string;
  emptyText: string;
  columns: TableColumnsType<T>;
  style?: CSSProperties;
}

/** One of an obligation's detail lists (periods, extensions): a small table, or a line saying there is none. */
function DetailTable<T extends { id: string }>({ query, label, emptyText, columns, style }: DetailTableProps<T>) {
  return (
    <QueryState query={query} skeletonRows={2}>
      {(data) =>
        data.items.length === 0 ? (
          <Typography.Paragraph type="secondary">{emptyText}</Typography.Paragraph>
        ) : (
          <Table<T> aria-label={label} rowKey="id" size="small" columns={columns} dataSource={data.items} pagination={false} scroll={{ x: true }} style={style} />
        )
      }
    </QueryState>
  );
}

interface ExtensionValues {
  periodId?: string;
  unitId?: string;
  dueDate?: Dayjs | null;
  reason?: string;
}

const EXTENSION_FIELDS = ['periodId', 'unitId', 'dueDate', 'reason'].map((name) => [name]);

/** Grants one unit of the obligation's group a later due date for one period. */
function ExtensionModal({ obligation, periods, open, onClose }: { obligation: Obligation; periods: Period[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { required, requiredSelect } = useRules();
  const [form] = Form.useForm<ExtensionValues>();
  const { failure, setFailure, onError } = useFailure(form, EXTENSION_FIELDS);
  const periodId = Form.useWatch('periodId', form);
  const period = periods.find((p) => p.id === periodId);

  useEffect(() => {
    if (open) setFailure(null);
  }, [open]);

  // the units that owe this period: the group's members on its due date
  const members = useQuery({
    queryKey: planKeys.groupMembers(obligation.groupId, period?.dueDate ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/unit-groups/{groupId}/members', {
          params: { path: { groupId: obligation.groupId }, query: { on: period!.dueDate, size: ALL } },
        }),
      ),
    enabled: Boolean(period),
    staleTime: 5 * 60_000,
  });

  const save = useMutation({
    mutationFn: (body: S['ExtensionWrite']) =>
      unwrap(api.POST('/api/v1/obligations/{obligationId}/extensions', { params: { path: { obligationId: obligation.id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.extensions(obligation.id) });
      message.success(t('obligations.extensionSaved'));
      onClose();
    },
    onError,
  });

  return (
    <FormModal open={open} title={t('obligations.extensionTitle')} saving={save.isPending} onSave={() => form.submit()} onClose={onClose}>
      <Typography.Paragraph type="secondary">{obligation.title}</Typography.Paragraph>
      <FailureAlert failure={failure} marginBottom={12} />
      <Form<ExtensionValues>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        onValuesChange={(changed: ExtensionValues) => {
          if ('periodId' in changed) form.setFieldValue('unitId', undefined);
        }}
        onFinish={(values) =>
          save.mutate({
            periodId: values.periodId ?? '',
            unitId: values.unitId ?? '',
            dueDate: toIso(values.dueDate) ?? '',
            reason: (values.reason ?? '').trim(),
          })
        }
      >
        <Form.Item label={t('obligations.extPeriod')} name="periodId" rules={[requiredSelect(t('obligations.extPeriod'))]}>
          <Select options={periods.map((p) => ({ value: p.id, label: t('obligations.periodOption', { year: p.year, date: formatDate(p.dueDate) }) }))} />
        </Form.Item>
        <Form.Item label={t('obligations.extUnit')} name="unitId" rules={[requiredSelect(t('obligations.extUnit'))]}>
          <Select
            disabled={!period}
            placeholder={t('obligations.extUnitPlaceholder')}
            loading={members.isFetching}
            options={(members.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            showSearch={{ filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input)) }}
          />
        </Form.Item>
        <Form.Item
          label={t('obligations.extDue')}
          name="dueDate"
          dependencies={['periodId']}
          rules={[
            requiredSelect(t('obligations.extDue')),
            {
              validator: (_, value: Dayjs | null | undefined) =>
                !value || !period || value.format('YYYY-MM-DD') > period.dueDate
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('obligations.extAfterDue', { date: formatDate(period.dueDate) }))),
            },
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%', maxWidth: 240 }} />
        </Form.Item>
        <Form.Item
          label={t('obligations.extReason')}
          name="reason"
          rules={[required(t('obligations.extReason')), { max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

export interface ObligationValues {
  kind?: S['ObligationKind'];
  title?: string;
  groupId?: string | null;
  schedule?: 'once' | 'yearly';
  dueDate?: Dayjs | null;
  dueMonthDay?: string | null;
  graceDays?: number | null;
  sourcePhrase?: string | null;
  recipient?: string | null;
}

const OBLIGATION_FIELDS = ['kind', 'title', 'groupId', 'dueDate', 'dueMonthDay', 'graceDays', 'sourcePhrase', 'recipient'].map((name) => [name]);

function ObligationDrawer({ plan, obligation, onClose }: { plan: Plan; obligation: Obligation | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { required, requiredSelect } = useRules();
  const [form] = Form.useForm<ObligationValues>();
  const { failure, setFailure, onError } = useFailure(form, OBLIGATION_FIELDS);
  const existing = obligation && obligation !== 'new' ? obligation : null;
  const schedule = Form.useWatch('schedule', form);

  useEffect(() => setFailure(null), [obligation]);

  const initialValues = useMemo<ObligationValues>(
    () =>
      existing
        ? { ...existing, schedule: existing.dueMonthDay ? 'yearly' : 'once', dueDate: fromIso(existing.dueDate) }
        : { kind: 'ANNUAL_REPORT', schedule: plan.periodEnd > plan.periodStart ? 'yearly' : 'once', graceDays: 0 },
    [existing, plan.periodStart, plan.periodEnd],
  );

  const save = useMutation({
    mutationFn: (body: S['ObligationWrite']) =>
      existing
        ? unwrap(
            api.PUT('/api/v1/plans/{planId}/obligations/{obligationId}', {
              params: { path: { planId: plan.id, obligationId: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/plans/{planId}/obligations', { params: { path: { planId: plan.id } }, body })),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: planKeys.obligations(plan.id) });
      // a new schedule expands into new periods
      void client.invalidateQueries({ queryKey: planKeys.periods(saved.id) });
      void client.invalidateQueries({ queryKey: planKeys.attainments(plan.id) });
      message.success(t('obligations.saved'));
      onClose();
    },
    onError,
  });

  const onFinish = (values: ObligationValues) => {
    const yearly = values.schedule === 'yearly';
    save.mutate({
      kind: values.kind ?? 'AD_HOC',
      title: (values.title ?? '').trim(),
      groupId: values.groupId ?? '',
      dueDate: yearly ? null : toIso(values.dueDate),
      dueMonthDay: yearly ? (values.dueMonthDay ?? null) : null,
      graceDays: values.graceDays ?? 0,
      sourcePhrase: textOrNull(values.sourcePhrase),
      recipient: textOrNull(values.recipient),
    });
  };

  return (
    <FormDrawer
      open={obligation !== null}
      title={existing ? t('obligations.editTitle') : t('obligations.createTitle')}
      width={600}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <FailureAlert failure={failure} />
      <Form<ObligationValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={save.isPending}>
        <Form.Item label={t('obligations.kind')} name="kind" rules={[requiredSelect(t('obligations.kind'))]}>
          <Select options={KINDS.map((kind) => ({ value: kind, label: tc(`obligationKind.${kind}`) }))} />
        </Form.Item>
        <Form.Item label={t('obligations.title')} name="title" rules={[required(t('obligations.title')), { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('obligations.group')} name="groupId" rules={[requiredSelect(t('obligations.group'))]}>
          <UnitGroupSelect placeholder={t('targets.groupPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('obligations.schedule')} name="schedule">
          <Radio.Group
            options={[
              { value: 'once', label: t('obligations.scheduleOnce') },
              { value: 'yearly', label: t('obligations.scheduleYearly') },
            ]}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            {schedule === 'yearly' ? (
              <Form.Item label={t('obligations.dueMonthDay')} name="dueMonthDay" rules={[requiredSelect(t('obligations.dueMonthDay'))]}>
                <MonthDayInput />
              </Form.Item>
            ) : (
              <Form.Item label={t('obligations.dueDate')} name="dueDate" rules={[requiredSelect(t('obligations.dueDate'))]}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item label={t('obligations.graceDays')} name="graceDays">
              <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('obligations.sourcePhrase')} name="sourcePhrase" extra={t('obligations.sourcePhraseHelp')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('obligations.recipient')} name="recipient" extra={t('obligations.recipientHelp')} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

interface MonthDayInputProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

const DAYS = Array.from({ length: 31 }, (_, index) => index + 1);
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const pad = (n: number) => String(n).padStart(2, '0');

/** A yearly due day (`--MM-dd`) picked as day and month, the way an office writes 10/6. */
export function MonthDayInput({ id, value, onChange }: MonthDayInputProps) {
  const { t } = useTranslation('plans');
  const match = /^--(\d{2})-(\d{2})$/.exec(value ?? '');
  const [day, setDay] = useState<number | null>(match ? Number(match[2]) : null);
  const [month, setMonth] = useState<number | null>(match ? Number(match[1]) : null);

  useEffect(() => {
    if (match) {
      setDay(Number(match[2]));
      setMonth(Number(match[1]));
    }
    // only follow a value set from outside
  }, [value]);

  const emit = (nextDay: number | null, nextMonth: number | null) => {
    onChange?.(nextDay && nextMonth ? `--${pad(nextMonth)}-${pad(nextDay)}` : null);
  };

  return (
    <Flex gap={8}>
      <Select<number | null>
        id={id}
        aria-label={t('obligations.day')}
        placeholder={t('obligations.day')}
        value={day}
        onChange={(next) => {
          setDay(next);
          emit(next, month);
        }}
        options={DAYS.map((d) => ({ value: d, label: pad(d) }))}
        virtual={false}
        style={{ width: 100 }}
      />
      <Select<number | null>
        aria-label={t('obligations.month')}
        placeholder={t('obligations.month')}
        value={month}
        onChange={(next) => {
          setMonth(next);
          emit(day, next);
        }}
        options={MONTHS.map((m) => ({ value: m, label: t('obligations.monthOption', { m }) }))}
        virtual={false}
        style={{ width: 140 }}
      />
    </Flex>
  );
}
