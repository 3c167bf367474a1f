import { useMemo, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useFormDraft } from '@/components/FormDraft';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { api, ifMatch, unwrap } from '@/lib/api';
import { applyViolations, scrollToFirstError } from '@/lib/forms';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { assessmentKeys, reportsKey } from './keys';
import messages from './locales';
import { useAssessmentHistory, useAssessmentWithRubric } from './queries';
import { type Assessment, computeTotals, criteriaTree, flatten, type Node, type Points, type Rubric, scoredLeaves, subtotal } from './scoring';
import { CriterionTitle, rowStyle, SheetSaveProblems, usePointsRule } from './sheet';
import { TotalsCard } from './TotalsCard';
import { EvidenceFiles } from './EvidenceFiles';

registerMessages('assessments', messages);

interface EvidenceValue {
  label?: string;
  url?: string;
}
interface ScoreValue {
  code: string;
  points?: number | null;
  note?: string;
  evidence?: EvidenceValue[];
}
export interface SheetValues {
  note?: string;
  scores: ScoreValue[];
  bonuses: { code: string; points?: number | null }[];
}

export function initialSheet(assessment: Assessment, rubric: Rubric, leaves: Node[]): SheetValues {
  const lines = new Map(assessment.scores.map((line) => [line.code, line]));
  const bonuses = new Map(assessment.bonuses.map((line) => [line.code, line]));
  return {
    note: assessment.selfNote ?? undefined,
    scores: leaves.map(({ criterion }) => {
      const line = lines.get(criterion.code);
      return {
        code: criterion.code,
        points: line?.selfPoints ?? null,
        note: line?.note ?? undefined,
        evidence: (line?.evidence ?? []).map((e) => ({ label: e.label, url: e.url ?? undefined })),
      };
    }),
    bonuses: rubric.bonusRules.map((rule) => ({ code: rule.code, points: bonuses.get(rule.code)?.selfPoints ?? null })),
  };
}

/** The body of PUT /assessments/{id}: every applicable leaf in the rubric's order (indices match the form's). */
export function toSelfWrite(values: SheetValues) {
  return {
    note: values.note?.trim() || null,
    scores: values.scores.map((score) => ({
      code: score.code,
      points: score.points ?? null,
      note: score.note?.trim() || null,
      evidence: (score.evidence ?? [])
        .filter((e) => e.label?.trim())
        .map((e) => ({ label: e.label!.trim(), url: e.url?.trim() || null })),
    })),
    bonuses: values.bonuses.map((bonus) => ({ code: bonus.code, points: bonus.points ?? null })),
  };
}

export function pointsOf(list: { code: string; points?: number | null }[] | undefined): Points {
  return Object.fromEntries((list ?? []).map((item) => [item.code, item?.points ?? null]));
}

/** The reporter's score sheet: the rubric's tree for the unit's kind, points, notes and evidence, running totals. */
export default function SelfAssessmentPage() {
  const { assessmentId = '' } = useParams();
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const { assessment, rubric, both, generation, reload } = useAssessmentWithRubric(assessmentId);
  const title = assessment ? t('sheet.title', { year: assessment.year }) : t('mine.title');
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              { key: 'mine', title: <Link to="/my-unit/assessments">{tc('nav.selfAssessment')}</Link> },
              { key: 'here', title },
            ]}
          />
        }
        title={title}
        subtitle={assessment ? `${assessment.unitName} · ${rubric?.name ?? ''}` : undefined}
        extra={assessment ? <StatusTag vocabulary="assessmentStatus" value={assessment.status} /> : undefined}
      />
      <QueryState query={both} skeletonRows={12}>
        {({ assessment: data, rubric: r }) => (
          <SheetForm key={`${data.id}:${generation}`} assessment={data} rubric={r} onReload={reload} />
        )}
      </QueryState>
    </>
  );
}

function ReturnedNotice({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assessments');
  const history = useAssessmentHistory(assessmentId);
  const last = history.data?.[history.data.length - 1];
  if (!last || last.fromStatus !== 'SUBMITTED' || last.toStatus !== 'DRAFT') return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="returned-reason"
      title={t('sheet.returnedTitle')}
      description={t('sheet.returnedBy', { actor: last.actor, at: formatDateTime(last.at), reason: last.reason ?? '' })}
    />
  );
}

export function RatingNotice({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('assessments');
  const lang = i18n.language;
  const rating = assessment.rating;
  if (assessment.status !== 'FINAL' || !rating) {
    return !assessment.eligible ? (
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('sheet.notEligible', { reason: assessment.ineligibilityReason ?? '' })} />
    ) : null;
  }
  if (!assessment.eligible) {
    return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('sheet.notEligible', { reason: assessment.ineligibilityReason ?? '' })} />;
  }
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="rating"
      title={t('sheet.rating', {
        level: (lang.startsWith('en') ? rating.levelLabelEn : rating.levelLabelVi) ?? '',
        total: formatNumber(rating.total, lang),
        percent: formatPercent(rating.percent, lang),
        decision: rating.decisionNumber,
        date: formatDate(rating.decisionDate),
      })}
    />
  );
}

function SheetForm({ assessment, rubric, onReload }: { assessment: Assessment; rubric: Rubric; onReload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation('assessments');
  const lang = i18n.language;
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<SheetValues>();
  const tree = useMemo(() => criteriaTree(rubric, assessment.unitKind), [rubric, assessment.unitKind]);
  const leaves = useMemo(() => scoredLeaves(tree), [tree]);
  const index = useMemo(() => new Map(leaves.map((node, i) => [node.criterion.code, i])), [leaves]);
  const initial = useMemo(() => initialSheet(assessment, rubric, leaves), [assessment, rubric, leaves]);
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [unshown, setUnshown] = useState<string[]>([]);
  const editable = assessment.status === 'DRAFT';
  const pointsRule = usePointsRule();
  // a local draft, not the server's: see the README, "What a user types is never lost"
  const draft = useFormDraft({ form, name: 'self-assessment', id: assessment.id, version: assessment.version, initial, enabled: editable });

  const scores = Form.useWatch('scores', { form, preserve: true }) as ScoreValue[] | undefined;
  const bonuses = Form.useWatch('bonuses', { form, preserve: true }) as SheetValues['bonuses'] | undefined;
  const points = pointsOf(scores ?? initial.scores);
  const totals = computeTotals(rubric, tree, points, pointsOf(bonuses ?? initial.bonuses), assessment.selfScore.deductionTotal);

  const fields = leaves.flatMap((_, i) => [
    ['scores', String(i), 'points'],
    ['scores', String(i), 'note'],
  ]);

  const showFailure = (error: unknown) => {
    if (error instanceof ProblemError && error.status === 412) {
      setStale(true);
      return;
    }
    if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
      setUnshown(applyViolations(form, error, [['note'], ...fields, ['bonuses']]));
      if (scrollToFirstError(form)) message.error(i18n.t('saveFailed.fields'));
      return;
    }
    setFailure(error);
  };

  /** The form refused to save: the first wrong field comes into view, the reason beside the buttons. */
  const invalid = () => {
    scrollToFirstError(form);
    setUnshown([t('sheet.fixFields')]);
  };

  const save = () =>
    unwrap(
      api.PUT('/api/v1/assessments/{assessmentId}', {
        params: { path: { assessmentId: assessment.id }, header: { 'If-Match': ifMatch(assessment.version) } },
        body: toSelfWrite(form.getFieldsValue(true) as SheetValues),
      }),
    );

  const stored = (saved: Assessment) => {
    client.setQueryData(assessmentKeys.detail(saved.id), saved);
    void client.invalidateQueries({ queryKey: assessmentKeys.lists() });
  };

  const saveDraft = useMutation({
    mutationFn: save,
    onMutate: () => {
      setFailure(null);
      setUnshown([]);
    },
    onSuccess: (saved) => {
      draft.saved();
      stored(saved);
      message.success(t('sheet.saved'));
    },
    onError: showFailure,
  });

  const submit = useMutation({
    mutationFn: async () => {
      const saved = await save();
      draft.saved();
      stored(saved);
      return unwrap(api.POST('/api/v1/assessments/{assessmentId}/submit', { params: { path: { assessmentId: saved.id } }, body: {} }));
    },
    onMutate: () => {
      setFailure(null);
      setUnshown([]);
    },
    onSuccess: (sent) => {
      stored(sent);
      void client.invalidateQueries({ queryKey: assessmentKeys.history(sent.id) });
      void client.invalidateQueries({ queryKey: reportsKey });
      void client.invalidateQueries({ queryKey: ['my-unit'] });
      message.success(t('sheet.submitted'));
    },
    onError: showFailure,
  });

  const discard = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/assessments/{assessmentId}', {
          params: { path: { assessmentId: assessment.id }, header: { 'If-Match': ifMatch(assessment.version) } },
        }),
      ),
    onMutate: () => setFailure(null),
    onSuccess: () => {
      draft.saved();
      client.removeQueries({ queryKey: assessmentKeys.detail(assessment.id) });
      void client.invalidateQueries({ queryKey: assessmentKeys.lists() });
      void client.invalidateQueries({ queryKey: reportsKey });
      void client.invalidateQueries({ queryKey: ['my-unit'] });
      message.success(t('sheet.discarded'));
      void navigate('/my-unit/assessments', { replace: true });
    },
    onError: showFailure,
  });

  const onDiscard = () =>
    modal.confirm({
      title: t('sheet.discard'),
      content: t('sheet.discardConfirm'),
      okText: t('sheet.discard'),
      okButtonProps: { danger: true },
      cancelText: i18n.t('action.cancel'),
      onOk: () => discard.mutateAsync().catch(() => undefined),
    });

  const onSubmit = async () => {
    setUnshown([]);
    try {
      await form.validateFields();
    } catch {
      invalid();
      return;
    }
    modal.confirm({
      title: t('sheet.submit'),
      content: t('sheet.submitConfirm'),
      okText: t('sheet.submit'),
      cancelText: i18n.t('action.cancel'),
      onOk: () => submit.mutateAsync().catch(() => undefined),
    });
  };

  const busy = saveDraft.isPending || submit.isPending || discard.isPending;
  // a sheet never sent may be thrown away (one started for the wrong year, say); a returned one keeps its history
  const discardable = editable && !assessment.submittedAt;

  const leafRow = (node: Node) => {
    const i = index.get(node.criterion.code)!;
    const { code } = node.criterion;
    return (
      <div key={code} style={rowStyle(node)} data-testid={`criterion-${code}`}>
        <CriterionTitle node={node} />
        {node.criterion.evidence ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('sheet.evidenceExpected', { evidence: node.criterion.evidence })}
          </Typography.Text>
        ) : null}
        <Row gutter={[12, 0]} style={{ marginTop: 8 }}>
          <Col xs={24} md={6}>
            <Form.Item
              name={['scores', i, 'points']}
              label={t('col.points')}
              extra={t('sheet.pointsRange', { max: formatNumber(node.max, lang) })}
              rules={[pointsRule(node.max)]}
            >
              <InputNumber
                step={0.5}
                decimalSeparator={lang.startsWith('en') ? '.' : ','}
                // the range for assistive technology only: a max prop would cut a typed score down silently
                aria-valuemin={0}
                aria-valuemax={node.max}
                aria-label={t('sheet.pointsLabel', { code })}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item name={['scores', i, 'note']} label={t('sheet.note')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={4000} aria-label={t('sheet.noteLabel', { code })} />
            </Form.Item>
          </Col>
        </Row>
        <EvidenceList index={i} code={code} editable={editable} />
        <EvidenceFiles assessmentId={assessment.id} code={code} editable={editable && Boolean(assessment.submissionId)} />
      </div>
    );
  };

  return (
    <>
      {assessment.status === 'DRAFT' ? <ReturnedNotice assessmentId={assessment.id} /> : null}
      <RatingNotice assessment={assessment} />
      {!editable ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('sheet.readOnly')} /> : null}
      {draft.notice}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Form<SheetValues>
            form={form}
            layout="vertical"
            initialValues={draft.start}
            onValuesChange={draft.onValuesChange}
            disabled={!editable}
            onFinish={() => saveDraft.mutate()}
            onFinishFailed={invalid}
          >
            <Card size="small">
              {flatten(tree).map((node) =>
                node.leaf && node.applicable ? (
                  leafRow(node)
                ) : (
                  <div key={node.criterion.code} style={rowStyle(node)} data-testid={`criterion-${node.criterion.code}`}>
                    <CriterionTitle node={node} points={subtotal(node, points)} />
                  </div>
                ),
              )}
            </Card>
            {rubric.bonusRules.length > 0 ? (
              <Card size="small" style={{ marginTop: 16 }} title={t('sheet.bonuses')}>
                {rubric.bonusRules.map((rule, i) => (
                  <Form.Item
                    key={rule.code}
                    name={['bonuses', i, 'points']}
                    label={`${rule.description} (${t('sheet.maxOf', { max: formatNumber(rule.maxPoints, lang) })})`}
                    rules={[pointsRule(rule.maxPoints)]}
                  >
                    <InputNumber step={0.5} aria-label={t('sheet.bonusLabel', { code: rule.code })} />
                  </Form.Item>
                ))}
              </Card>
            ) : null}
            <Card size="small" style={{ marginTop: 16 }}>
              <Form.Item name="note" label={t('sheet.generalNote')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
              </Form.Item>
              {/* why the save failed, beside the buttons the user pressed */}
              <SheetSaveProblems stale={stale} onReload={() => void onReload()} failure={failure} unshown={unshown} />
              {editable ? (
                <Flex gap={8} wrap>
                  <Button htmlType="submit" icon={<SaveOutlined aria-hidden="true" />} loading={saveDraft.isPending} disabled={busy || stale}>
                    {t('sheet.save')}
                  </Button>
                  <Button type="primary" icon={<SendOutlined aria-hidden="true" />} loading={submit.isPending} disabled={busy || stale} onClick={() => void onSubmit()}>
                    {t('sheet.submit')}
                  </Button>
                  {discardable ? (
                    <Button danger icon={<DeleteOutlined aria-hidden="true" />} loading={discard.isPending} disabled={busy || stale} onClick={onDiscard}>
                      {t('sheet.discard')}
                    </Button>
                  ) : null}
                </Flex>
              ) : null}
            </Card>
          </Form>
        </Col>
        <Col xs={24} xl={7}>
          <div style={{ position: 'sticky', top: 88 }}>
            <TotalsCard title={t('totals.title')} totals={totals} testId="self-totals" />
          </div>
        </Col>
      </Row>
    </>
  );
}

function EvidenceList({ index, code, editable }: { index: number; code: string; editable: boolean }) {
  const { t } = useTranslation('assessments');
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 4, border: 0 }}>{t('sheet.evidence')}</legend>
      <Form.List name={['scores', index, 'evidence']}>
        {(items, { add, remove }) => (
          <>
            {items.length === 0 && !editable ? <Typography.Text type="secondary">{t('sheet.noEvidence')}</Typography.Text> : null}
            {items.map((item, n) => (
              <Space key={item.key} align="start" wrap style={{ display: 'flex' }}>
                <Form.Item
                  name={[item.name, 'label']}
                  rules={[{ required: true, whitespace: true, message: t('sheet.evidenceLabelRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input placeholder={t('sheet.evidenceLabel')} aria-label={`${t('sheet.evidenceLabel')} ${code} (${n + 1})`} maxLength={300} />
                </Form.Item>
                <Form.Item
                  name={[item.name, 'url']}
                  rules={[{ pattern: /^https?:\/\/\S+$/, message: t('sheet.evidenceUrlInvalid') }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input placeholder={t('sheet.evidenceUrl')} aria-label={`${t('sheet.evidenceUrl')} ${code} (${n + 1})`} maxLength={1000} />
                </Form.Item>
                {editable ? (
                  <Button icon={<DeleteOutlined aria-hidden="true" />} aria-label={`${t('sheet.removeEvidence')} ${code} (${n + 1})`} onClick={() => remove(item.name)} />
                ) : null}
              </Space>
            ))}
            {editable ? (
              <Button size="small" type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ label: '', url: '' })}>
                {t('sheet.addEvidence')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
