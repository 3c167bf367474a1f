import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ifMatch, unwrap } from '@/lib/api';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { FailureAlert, FormDrawer, FormModal, useFailure } from './FormDrawer';
import { planKeys } from './keys';
import { GroupName, UnitGroupSelect } from './pickers';
import { usePlanAttainment, usePlanObligations, usePlanTargets } from './queries';
import { actionsColumn, RowActions } from './RowActions';
import { useRules } from './rules';
import { SectionHeader } from './SectionHeader';
import { ordinalColumn, TabTable } from './TabTable';
import { textOrNull, toInt, useCanWrite, useWide, type Plan, type S } from './util';

type Target = S['Target'];
type Attainment = S['TargetAttainment'];
type TargetRow = Target & { attainment?: Attainment };

const MEASURES: S['MeasureKind'][] = ['SUBMISSION', 'REPORTED', 'MANUAL', 'RATING'];
/** The year choice that asks for the latest period due. */
const LATEST = 'latest';

/** The plan's targets with their live attainment (for the latest period due, or a chosen year). */
export function TargetsTab({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const problemText = useErrorMessage();
  const client = useQueryClient();
  const phone = !useWide();
  const canWrite = useCanWrite() && plan.status !== 'CLOSED';
  const [params, setParams] = useSearchParams();
  const requestedYear = toInt(params.get('year'));
  const year = requestedYear !== undefined && requestedYear >= plan.periodStart && requestedYear <= plan.periodEnd ? requestedYear : undefined;
  const targets = usePlanTargets(plan.id);
  const attainment = usePlanAttainment(plan.id, year);
  const obligations = usePlanObligations(plan.id);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [judging, setJudging] = useState<Target | null>(null);
  const lang = i18n.language;

  const years: number[] = [];
  for (let y = plan.periodStart; y <= plan.periodEnd; y += 1) years.push(y);

  const obligationTitle = (id: string | null | undefined) => obligations.data?.items.find((o) => o.id === id)?.title;

  const rows = useMemo<TargetRow[] | undefined>(() => {
    if (!targets.data) return undefined;
    const byId = new Map((attainment.data?.targets ?? []).map((figure) => [figure.targetId, figure]));
    return targets.data.items.map((target) => ({ ...target, attainment: byId.get(target.id) }));
  }, [targets.data, attainment.data]);

  const remove = useMutation({
    mutationFn: (target: Target) =>
      unwrap(
        api.DELETE('/api/v1/plans/{planId}/targets/{targetId}', {
          params: { path: { planId: plan.id, targetId: target.id }, header: { 'If-Match': ifMatch(target.version) } },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.targets(plan.id) });
      void client.invalidateQueries({ queryKey: planKeys.attainments(plan.id) });
      message.success(t('targets.deleted'));
    },
    onError: (error) => message.error(problemText(error)),
  });

  const threshold = (target: Target) =>
    target.comparator && target.thresholdPercent !== null && target.thresholdPercent !== undefined
      ? `${tc(`comparator.${target.comparator}`)} ${formatPercent(target.thresholdPercent, lang)}`
      : t('targets.qualitative');

  const description = (target: TargetRow) => (
    <>
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {t('targets.population')}: <GroupName id={target.population.groupId} /> ({t(`targets.basis.${target.population.basis}`)})
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {t('targets.measure')}: {tc(`measureKind.${target.measure.kind}`)}
        {target.measure.obligationId && obligationTitle(target.measure.obligationId) ? ` — ${obligationTitle(target.measure.obligationId)}` : ''}
        {target.measure.kind === 'RATING' && target.measure.minimumRating ? ` — ${target.measure.minimumRating}` : ''}
      </Typography.Text>
    </>
  );

  const assessment = (target: TargetRow) => (
    <div style={{ minWidth: 140 }}>
      {target.attainment ? <StatusTag vocabulary="attainmentStatus" value={target.attainment.status} /> : null}
      {target.attainment?.reason ? (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '4px 0 0' }}
          ellipsis={{ rows: 3, expandable: 'collapsible' }}
        >
          {target.attainment.reason}
        </Typography.Paragraph>
      ) : null}
      {canWrite && target.measure.kind === 'MANUAL' ? (
        <Button
          size="small"
          icon={<AuditOutlined />}
          aria-label={t('targets.verdictOne', { ordinal: target.ordinal })}
          onClick={() => setJudging(target)}
          style={{ marginTop: 6 }}
        >
          {t('targets.verdict')}
        </Button>
      ) : null}
    </div>
  );

  const actions = (target: TargetRow) => (
    <RowActions
      editLabel={t('targets.editOne', { ordinal: target.ordinal })}
      onEdit={() => setEditing(target)}
      deleteConfirm={t('targets.deleteConfirm', { ordinal: target.ordinal })}
      deleteLabel={t('targets.deleteOne', { ordinal: target.ordinal })}
      onDelete={() => remove.mutateAsync(target)}
    />
  );

  const columns: TableColumnsType<TargetRow> = phone
    ? [
        {
          key: 'target',
          title: t('targets.statement'),
          render: (_, target) => (
            <div>
              <strong>{target.ordinal}</strong>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{target.statement}</Typography.Paragraph>
              <Flex gap={16} align="flex-start" wrap style={{ marginBottom: 4 }}>
                <div>
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('targets.threshold')}
                  </Typography.Text>
                  {threshold(target)}
                </div>
                {target.attainment && (target.attainment.valuePercent != null || target.attainment.numerator != null) ? (
                  <div>
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {t('targets.result')}
                    </Typography.Text>
                    <ResultCell figure={target.attainment} lang={lang} />
                  </div>
                ) : null}
              </Flex>
              {assessment(target)}
              <div style={{ marginTop: 4 }}>{description(target)}</div>
              {canWrite ? actions(target) : null}
            </div>
          ),
        },
      ]
    : [
        ordinalColumn<TargetRow>(t('targets.ordinal')),
        {
          key: 'statement',
          title: t('targets.statement'),
          render: (_, target) => (
            <div style={{ minWidth: 280 }}>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{target.statement}</Typography.Paragraph>
              {description(target)}
            </div>
          ),
        },
        { key: 'threshold', title: t('targets.threshold'), width: 120, render: (_, target) => <span style={{ whiteSpace: 'nowrap' }}>{threshold(target)}</span> },
        { key: 'result', title: t('targets.result'), width: 150, className: 'num', render: (_, target) => <ResultCell figure={target.attainment} lang={lang} /> },
        { key: 'status', title: t('targets.status'), width: 230, render: (_, target) => assessment(target) },
        ...(canWrite ? [actionsColumn(t('common.actions'), actions)] : []),
      ];

  return (
    <>
      <SectionHeader
        title={t('targets.heading')}
        addLabel={t('targets.add')}
        onAdd={canWrite ? () => setEditing('new') : undefined}
        extra={
          years.length > 1 ? (
            <Select<string>
              aria-label={t('targets.year')}
              value={year ? String(year) : LATEST}
              onChange={(chosen) =>
                setParams((previous) => {
                  const next = new URLSearchParams(previous);
                  if (chosen === LATEST) next.delete('year');
                  else next.set('year', chosen);
                  return next;
                })
              }
              options={[{ value: LATEST, label: t('targets.latest') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
              style={{ minWidth: 180 }}
            />
          ) : null
        }
      />
      {attainment.data ? (
        <Typography.Paragraph type="secondary">{t('targets.asOf', { date: formatDate(attainment.data.asOf) })}</Typography.Paragraph>
      ) : null}
      {attainment.isError ? (
        <div style={{ marginBottom: 12 }}>
          <Alert type="warning" showIcon title={t('targets.attainmentError')} description={problemText(attainment.error)} />
        </div>
      ) : null}
      <QueryState query={{ ...targets, data: rows }} isEmpty={(data) => data.length === 0} emptyText={t('targets.empty')}>
        {(data) => (
          <TabTable<TargetRow> aria-label={t('targets.tableLabel')} columns={columns} dataSource={data} />
        )}
      </QueryState>
      <TargetDrawer plan={plan} target={editing} obligations={obligations.data?.items ?? []} onClose={() => setEditing(null)} />
      <VerdictModal plan={plan} target={judging} onClose={() => setJudging(null)} />
    </>
  );
}

/** numerator/denominator over the value: 24/36 · 66,7 %; the period it is for underneath. */
function ResultCell({ figure, lang }: { figure: Attainment | undefined; lang: string }) {
  const { t } = useTranslation('plans');
  if (!figure) return null;
  const hasRatio = figure.numerator !== null && figure.numerator !== undefined && figure.denominator !== null && figure.denominator !== undefined;
  return (
    <div>
      {figure.valuePercent !== null && figure.valuePercent !== undefined ? (
        <div>
          <strong data-testid="attainment-value">{formatPercent(figure.valuePercent, lang)}</strong>
        </div>
      ) : null}
      {hasRatio ? <div data-testid="attainment-ratio">{`${formatNumber(figure.numerator, lang)}/${formatNumber(figure.denominator, lang)}`}</div> : null}
      {figure.year && figure.dueDate ? (
        <Typography.Text type="secondary" style={{ whiteSpace: 'normal', fontSize: 12 }}>
          {t('targets.period', { year: figure.year, date: formatDate(figure.dueDate) })}
        </Typography.Text>
      ) : null}
    </div>
  );
}

export interface TargetValues {
  ordinal?: string;
  statement?: string;
  comparator?: 'GTE' | 'GT' | 'NONE';
  thresholdPercent?: number | null;
  population?: { groupId?: string | null; basis?: S['PopulationBasis'] };
  measure?: { kind?: S['MeasureKind']; obligationId?: string | null; minimumRating?: string | null };
  missingData?: S['MissingData'];
  allowMetOnPartialData?: boolean;
}

const TARGET_FIELDS = ['ordinal', 'statement', 'comparator', 'thresholdPercent', 'population', 'measure', 'missingData', 'allowMetOnPartialData'].map((name) => [name]);

function TargetDrawer({ plan, target, obligations, onClose }: { plan: Plan; target: Target | 'new' | null; obligations: S['Obligation'][]; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { required, requiredSelect } = useRules();
  const [form] = Form.useForm<TargetValues>();
  const { failure, setFailure, onError } = useFailure(form, TARGET_FIELDS);
  const existing = target && target !== 'new' ? target : null;
  const comparator = Form.useWatch('comparator', form);
  const measureKind = Form.useWatch(['measure', 'kind'], form);

  useEffect(() => setFailure(null), [target]);

  const initialValues = useMemo<TargetValues>(
    () =>
      existing
        ? {
            ordinal: existing.ordinal,
            statement: existing.statement,
            comparator: existing.comparator ?? 'NONE',
            thresholdPercent: existing.thresholdPercent ?? null,
            population: { ...existing.population },
            measure: { ...existing.measure },
            missingData: existing.missingData,
            allowMetOnPartialData: existing.allowMetOnPartialData,
          }
        : {
            comparator: 'GTE',
            thresholdPercent: 100,
            population: { basis: 'UNITS' },
            measure: { kind: 'SUBMISSION' },
            missingData: 'COUNT_AS_NOT_MET',
            allowMetOnPartialData: false,
          },
    [existing],
  );

  const save = useMutation({
    mutationFn: (body: S['TargetWrite']) =>
      existing
        ? unwrap(
            api.PUT('/api/v1/plans/{planId}/targets/{targetId}', {
              params: { path: { planId: plan.id, targetId: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/plans/{planId}/targets', { params: { path: { planId: plan.id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.targets(plan.id) });
      void client.invalidateQueries({ queryKey: planKeys.attainments(plan.id) });
      message.success(t('targets.saved'));
      onClose();
    },
    onError,
  });

  const onFinish = (values: TargetValues) => {
    const quantitative = values.comparator === 'GTE' || values.comparator === 'GT';
    const kind = values.measure?.kind ?? 'MANUAL';
    save.mutate({
      ordinal: (values.ordinal ?? '').trim(),
      statement: (values.statement ?? '').trim(),
      comparator: quantitative ? (values.comparator as 'GTE' | 'GT') : null,
      thresholdPercent: quantitative ? (values.thresholdPercent ?? null) : null,
      population: { groupId: values.population?.groupId ?? '', basis: values.population?.basis ?? 'UNITS' },
      measure: {
        kind,
        obligationId: kind === 'SUBMISSION' || kind === 'REPORTED' ? (values.measure?.obligationId ?? null) : null,
        minimumRating: kind === 'RATING' ? textOrNull(values.measure?.minimumRating) : null,
      },
      // SUBMISSION always counts the whole population
      missingData: kind === 'SUBMISSION' ? 'COUNT_AS_NOT_MET' : (values.missingData ?? 'COUNT_AS_NOT_MET'),
      allowMetOnPartialData: kind === 'SUBMISSION' || kind === 'MANUAL' ? false : Boolean(values.allowMetOnPartialData),
    });
  };

  return (
    <FormDrawer
      open={target !== null}
      title={existing ? t('targets.editTitle', { ordinal: existing.ordinal }) : t('targets.createTitle')}
      width={640}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <FailureAlert failure={failure} />
      <Form<TargetValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={save.isPending}>
        <Form.Item label={t('targets.ordinal')} name="ordinal" rules={[required(t('targets.ordinal')), { max: 20 }]} extra={t('tasks.ordinalHelp')}>
          <Input style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item label={t('targets.statement')} name="statement" rules={[required(t('targets.statement')), { max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item label={t('targets.comparator')} name="comparator">
              <Select
                options={[
                  { value: 'GTE', label: t('targets.comparatorGTE') },
                  { value: 'GT', label: t('targets.comparatorGT') },
                  { value: 'NONE', label: t('targets.comparatorNone') },
                ]}
              />
            </Form.Item>
          </Col>
          {comparator !== 'NONE' ? (
            <Col xs={24} sm={10}>
              <Form.Item label={t('targets.thresholdPercent')} name="thresholdPercent" rules={[requiredSelect(t('targets.thresholdPercent'))]}>
                <InputNumber min={0} max={100} step={0.5} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        <Form.Item label={t('targets.group')} name={['population', 'groupId']} rules={[requiredSelect(t('targets.group'))]}>
          <UnitGroupSelect placeholder={t('targets.groupPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('targets.basisLabel')} name={['population', 'basis']}>
          <Radio.Group
            options={[
              { value: 'UNITS', label: t('targets.basisUnits') },
              { value: 'OFFICIALS', label: t('targets.basisOfficials') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('targets.measureKind')} name={['measure', 'kind']} rules={[requiredSelect(t('targets.measureKind'))]}>
          <Select options={MEASURES.map((kind) => ({ value: kind, label: tc(`measureKind.${kind}`) }))} />
        </Form.Item>
        {measureKind === 'SUBMISSION' || measureKind === 'REPORTED' ? (
          <Form.Item label={t('targets.obligation')} name={['measure', 'obligationId']} rules={[requiredSelect(t('targets.obligation'))]}>
            <Select
              options={obligations.map((obligation) => ({ value: obligation.id, label: obligation.title }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        ) : null}
        {measureKind === 'RATING' ? (
          <Form.Item label={t('targets.minimumRating')} name={['measure', 'minimumRating']} extra={t('targets.minimumRatingHelp')} rules={[required(t('targets.minimumRating')), { max: 40 }]}>
            <Input style={{ maxWidth: 200 }} />
          </Form.Item>
        ) : null}
        {measureKind === 'RATING' || measureKind === 'REPORTED' ? (
          <>
            <Form.Item
              label={t('targets.missingDataLabel')}
              name="missingData"
              extra={t(measureKind === 'RATING' ? 'targets.missingDataHelpRating' : 'targets.missingDataHelpReported')}
            >
              <Radio.Group
                options={[
                  { value: 'COUNT_AS_NOT_MET', label: t('targets.missingData.COUNT_AS_NOT_MET') },
                  { value: 'EXCLUDE', label: t('targets.missingData.EXCLUDE') },
                ]}
              />
            </Form.Item>
            <Form.Item name="allowMetOnPartialData" valuePropName="checked" extra={t('targets.allowMetOnPartialDataHelp')}>
              <Checkbox>{t('targets.allowMetOnPartialData')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
      </Form>
    </FormDrawer>
  );
}

interface VerdictValues {
  met?: boolean;
  reason?: string;
}

const VERDICT_FIELDS = [['met'], ['reason']];

/** A coordinator's verdict on a MANUAL target: met or not, with the reason. */
function VerdictModal({ plan, target, onClose }: { plan: Plan; target: Target | null; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { required, requiredSelect } = useRules();
  const [form] = Form.useForm<VerdictValues>();
  const { failure, setFailure, onError } = useFailure(form, VERDICT_FIELDS);

  useEffect(() => setFailure(null), [target]);

  const save = useMutation({
    mutationFn: (body: S['VerdictWrite']) =>
      unwrap(api.PUT('/api/v1/plans/{planId}/targets/{targetId}/verdict', { params: { path: { planId: plan.id, targetId: target!.id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.targets(plan.id) });
      void client.invalidateQueries({ queryKey: planKeys.attainments(plan.id) });
      message.success(t('targets.verdictSaved'));
      onClose();
    },
    onError,
  });

  return (
    <FormModal
      open={target !== null}
      title={target ? t('targets.verdictTitle', { ordinal: target.ordinal }) : ''}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      {target ? <Typography.Paragraph type="secondary">{target.statement}</Typography.Paragraph> : null}
      <FailureAlert failure={failure} marginBottom={12} />
      <Form<VerdictValues>
        form={form}
        layout="vertical"
        initialValues={target?.verdict ? { met: target.verdict.met, reason: target.verdict.reason } : {}}
        onFinish={(values) => save.mutate({ met: values.met === true, reason: (values.reason ?? '').trim() })}
        disabled={save.isPending}
      >
        <Form.Item label={t('targets.met')} name="met" rules={[requiredSelect(t('targets.met'))]}>
          <Radio.Group
            options={[
              { value: true, label: t('targets.metYes') },
              { value: false, label: t('targets.metNo') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('targets.verdictReason')} name="reason" rules={[required(t('targets.verdictReason')), { max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
