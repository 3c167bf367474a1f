import { useMemo, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Switch, Timeline, Typography } from 'antd';
import { CheckOutlined, FileDoneOutlined, RollbackOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormDraft } from '@/components/FormDraft';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { api, ifMatch, unwrap } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { applyViolations, scrollToFirstError } from '@/lib/forms';
import { formatDateTime, formatNumber } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { type AssessmentAction, ActionModal } from './ActionModal';
import { assessmentKeys } from './keys';
import messages from './locales';
import { useAssessmentHistory, useAssessmentWithRubric } from './queries';
import { pointsOf, RatingNotice } from './SelfAssessmentPage';
import { type Assessment, computeTotals, criteriaTree, flatten, type Node, type Rubric, scoredLeaves, subtotal, type Totals } from './scoring';
import { CriterionTitle, rowStyle, SheetSaveProblems, usePointsRule } from './sheet';
import { TotalsCard } from './TotalsCard';

registerMessages('assessments', messages);

export interface AppraisalValues {
  note?: string;
  eligible: boolean;
  ineligibilityReason?: string;
  scores: { code: string; points?: number | null; reason?: string }[];
  bonuses: { code: string; points?: number | null }[];
}

/** A score the server computed, shaped as the running totals. */
export function serverTotals(score: Assessment['selfScore']): Totals {
  return {
    applicableMaximum: score.applicableMaximum,
    raw: score.rawScore,
    bonus: score.bonusTotal,
    deduction: score.deductionTotal,
    total: score.total,
    percent: score.percent ?? null,
    band: score.band ?? null,
    scored: score.scored,
  };
}

/** True when an appraised score must carry a reason: it is given and differs from the self score. */
export function needsReason(self: number | null | undefined, appraised: number | null | undefined): boolean {
  return appraised !== null && appraised !== undefined && appraised !== (self ?? null);
}

/** The body of PUT /assessments/{id}/appraisal: every applicable leaf in the rubric's order (indices match the form's). */
export function toAppraisalWrite(values: AppraisalValues) {
  return {
    note: values.note?.trim() || null,
    eligible: values.eligible,
    ineligibilityReason: values.eligible ? null : values.ineligibilityReason?.trim() || null,
    scores: values.scores.map((score) => ({ code: score.code, points: score.points ?? null, reason: score.reason?.trim() || null })),
    bonuses: values.bonuses.map((bonus) => ({ code: bonus.code, points: bonus.points ?? null })),
  };
}

/** A coordinator's appraisal: the unit's self score, note and evidence beside the appraised score and its reason. */
export default function AppraisalPage() {
  const { assessmentId = '' } = useParams();
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const { assessment, rubric, both, generation, reload } = useAssessmentWithRubric(assessmentId);
  const title = assessment ? `${t('appraisal.title')} – ${assessment.unitName} (${assessment.year})` : t('appraisal.title');
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              { key: 'queue', title: <Link to="/assessments">{tc('nav.assessments')}</Link> },
              { key: 'here', title: t('appraisal.title') },
            ]}
          />
        }
        title={title}
        subtitle={rubric ? `${rubric.name} (${rubric.decisionNumber})` : undefined}
        extra={assessment ? <StatusTag vocabulary="assessmentStatus" value={assessment.status} /> : undefined}
      />
      <QueryState query={both} skeletonRows={12}>
        {({ assessment: data, rubric: r }) => (
          <AppraisalForm key={`${data.id}:${generation}`} assessment={data} rubric={r} onReload={reload} />
        )}
      </QueryState>
    </>
  );
}

function initialAppraisal(assessment: Assessment, rubric: Rubric, leaves: Node[]): AppraisalValues {
  const lines = new Map(assessment.scores.map((line) => [line.code, line]));
  const bonuses = new Map(assessment.bonuses.map((line) => [line.code, line]));
  return {
    note: assessment.appraisalNote ?? undefined,
    eligible: assessment.eligible,
    ineligibilityReason: assessment.ineligibilityReason ?? undefined,
    scores: leaves.map(({ criterion }) => ({
      code: criterion.code,
      points: lines.get(criterion.code)?.appraisedPoints ?? null,
      reason: lines.get(criterion.code)?.appraisalReason ?? undefined,
    })),
    bonuses: rubric.bonusRules.map((rule) => ({ code: rule.code, points: bonuses.get(rule.code)?.appraisedPoints ?? null })),
  };
}

function AppraisalForm({ assessment, rubric, onReload }: { assessment: Assessment; rubric: Rubric; onReload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation('assessments');
  const lang = i18n.language;
  const me = useMe();
  const isCoordinator = me.data?.role === 'COORDINATOR';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<AppraisalValues>();
  const tree = useMemo(() => criteriaTree(rubric, assessment.unitKind), [rubric, assessment.unitKind]);
  const leaves = useMemo(() => scoredLeaves(tree), [tree]);
  const index = useMemo(() => new Map(leaves.map((node, i) => [node.criterion.code, i])), [leaves]);
  const lines = useMemo(() => new Map(assessment.scores.map((line) => [line.code, line])), [assessment.scores]);
  const initial = useMemo(() => initialAppraisal(assessment, rubric, leaves), [assessment, rubric, leaves]);
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [unshown, setUnshown] = useState<string[]>([]);
  const [action, setAction] = useState<AssessmentAction | null>(null);
  const editable = isCoordinator && assessment.status === 'SUBMITTED';
  const pointsRule = usePointsRule();
  // a local draft, not the server's: see the README, "What a user types is never lost"
  const draft = useFormDraft({ form, name: 'appraisal', id: assessment.id, version: assessment.version, initial, enabled: editable });

  const scores = Form.useWatch('scores', { form, preserve: true }) as AppraisalValues['scores'] | undefined;
  const bonuses = Form.useWatch('bonuses', { form, preserve: true }) as AppraisalValues['bonuses'] | undefined;
  const eligible = (Form.useWatch('eligible', { form, preserve: true }) as boolean | undefined) ?? initial.eligible;
  const points = pointsOf(scores ?? initial.scores);
  const appraised = computeTotals(rubric, tree, points, pointsOf(bonuses ?? initial.bonuses), assessment.appraisedScore.deductionTotal);

  const showFailure = (error: unknown) => {
    if (error instanceof ProblemError && error.status === 412) {
      setStale(true);
      return;
    }
    if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
      const fields = leaves.flatMap((_, i) => [
        ['scores', String(i), 'points'],
        ['scores', String(i), 'reason'],
      ]);
      setUnshown(applyViolations(form, error, [['note'], ['eligible'], ['ineligibilityReason'], ...fields, ['bonuses']]));
      if (scrollToFirstError(form)) message.error(i18n.t('saveFailed.fields'));
      return;
    }
    setFailure(error);
  };

  const saveAppraisal = async (): Promise<Assessment> => {
    setFailure(null);
    setUnshown([]);
    try {
      await form.validateFields();
    } catch (invalid) {
      scrollToFirstError(form);
      setUnshown([t('sheet.fixFields')]);
      throw invalid;
    }
    try {
      const saved = await unwrap(
        api.PUT('/api/v1/assessments/{assessmentId}/appraisal', {
          params: { path: { assessmentId: assessment.id }, header: { 'If-Match': ifMatch(assessment.version) } },
          body: toAppraisalWrite(form.getFieldsValue(true) as AppraisalValues),
        }),
      );
      draft.saved();
      client.setQueryData(assessmentKeys.detail(saved.id), saved);
      void client.invalidateQueries({ queryKey: assessmentKeys.lists() });
      return saved;
    } catch (error) {
      showFailure(error);
      throw error;
    }
  };

  const save = useMutation({
    mutationFn: saveAppraisal,
    onSuccess: () => message.success(t('appraisal.saved')),
  });

  const copySelf = () => {
    const current = form.getFieldValue('scores') as AppraisalValues['scores'];
    form.setFieldValue(
      'scores',
      current.map((score) => (score.points == null ? { ...score, points: lines.get(score.code)?.selfPoints ?? null } : score)),
    );
    draft.touch();
  };

  const actions = isCoordinator ? (
    assessment.status === 'SUBMITTED' ? (
      <>
        <Button icon={<RollbackOutlined aria-hidden="true" />} onClick={() => setAction('return')}>
          {t('appraisal.actions.return')}
        </Button>
        <Button type="primary" icon={<CheckOutlined aria-hidden="true" />} onClick={() => setAction('appraise')} disabled={stale}>
          {t('appraisal.actions.appraise')}
        </Button>
      </>
    ) : assessment.status === 'APPRAISED' ? (
      <>
        <Button icon={<UndoOutlined aria-hidden="true" />} onClick={() => setAction('reconsider')}>
          {t('appraisal.actions.reconsider')}
        </Button>
        <Button type="primary" icon={<FileDoneOutlined aria-hidden="true" />} onClick={() => setAction('finalize')}>
          {t('appraisal.actions.finalize')}
        </Button>
      </>
    ) : assessment.status === 'FINAL' ? (
      <Button icon={<UndoOutlined aria-hidden="true" />} onClick={() => setAction('reopen')}>
        {t('appraisal.actions.reopen')}
      </Button>
    ) : null
  ) : null;

  const leafRow = (node: Node) => {
    const i = index.get(node.criterion.code)!;
    const { code } = node.criterion;
    const line = lines.get(code);
    const max = formatNumber(node.max, lang);
    return (
      <div key={code} style={rowStyle(node)} data-testid={`criterion-${code}`}>
        <CriterionTitle node={node} />
        <Row gutter={[16, 8]} style={{ marginTop: 8 }}>
          <Col xs={24} md={12}>
            <Typography.Text type="secondary">{t('col.selfPoints')}: </Typography.Text>
            <Typography.Text strong data-testid={`self-${code}`}>
              {line?.selfPoints != null ? formatNumber(line.selfPoints, lang) : t('appraisal.selfNone')}
            </Typography.Text>
            {line?.note ? <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{line.note}</Typography.Paragraph> : null}
            {line && line.evidence.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={`${t('sheet.evidence')} ${code}`}>
                {line.evidence.map((evidence, n) => (
                  <li key={n}>
                    {evidence.url ? (
                      <a href={evidence.url} target="_blank" rel="noreferrer">
                        {evidence.label}
                      </a>
                    ) : (
                      evidence.label
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <div>
                <Typography.Text type="secondary">{t('sheet.noEvidence')}</Typography.Text>
              </div>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Flex gap={12} wrap align="start">
              <Form.Item
                name={['scores', i, 'points']}
                label={t('col.appraisedPoints')}
                style={{ marginBottom: 8, width: 130 }}
                extra={t('sheet.maxOf', { max })}
                rules={[pointsRule(node.max)]}
              >
                <InputNumber
                  step={0.5}
                  decimalSeparator={lang.startsWith('en') ? '.' : ','}
                  // the range for assistive technology only: a max prop would cut a typed score down silently
                  aria-valuemin={0}
                  aria-valuemax={node.max}
                  aria-label={t('appraisal.pointsLabel', { code })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item
                name={['scores', i, 'reason']}
                label={t('col.reason')}
                style={{ marginBottom: 8, flex: '1 1 200px' }}
                dependencies={[['scores', i, 'points']]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value?: string) =>
                      needsReason(line?.selfPoints, getFieldValue(['scores', i, 'points'])) && !value?.trim()
                        ? Promise.reject(new Error(t('appraisal.reasonRequired')))
                        : Promise.resolve(),
                  }),
                ]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} aria-label={t('appraisal.reasonLabel', { code })} />
              </Form.Item>
            </Flex>
          </Col>
        </Row>
      </div>
    );
  };

  return (
    <>
      <RatingNotice assessment={assessment} />
      {!isCoordinator ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('appraisal.readOnly')} /> : null}
      {assessment.status === 'DRAFT' ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('appraisal.notSubmitted')} /> : null}
      {draft.notice}
      {actions ? (
        <Flex gap={8} wrap style={{ marginBottom: 16 }} data-testid="appraisal-actions">
          {actions}
        </Flex>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Form<AppraisalValues>
            form={form}
            layout="vertical"
            initialValues={draft.start}
            onValuesChange={draft.onValuesChange}
            disabled={!editable}
            onFinish={() => save.mutate()}
            onFinishFailed={() => {
              scrollToFirstError(form);
              setUnshown([t('sheet.fixFields')]);
            }}
          >
            <Card size="small">
              {editable ? (
                <Button size="small" onClick={copySelf} style={{ marginBottom: 8 }}>
                  {t('appraisal.copySelf')}
                </Button>
              ) : null}
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
              <Card size="small" style={{ marginTop: 16 }} title={t('appraisal.bonuses')}>
                {rubric.bonusRules.map((rule, i) => {
                  const claimed = assessment.bonuses.find((b) => b.code === rule.code)?.selfPoints;
                  return (
                    <Form.Item
                      key={rule.code}
                      name={['bonuses', i, 'points']}
                      label={`${rule.description} (${t('sheet.maxOf', { max: formatNumber(rule.maxPoints, lang) })})`}
                      extra={t('appraisal.bonusSelf', { points: formatNumber(claimed ?? 0, lang) })}
                      rules={[pointsRule(rule.maxPoints)]}
                    >
                      <InputNumber step={0.5} aria-label={t('sheet.bonusLabel', { code: rule.code })} />
                    </Form.Item>
                  );
                })}
              </Card>
            ) : null}
            <Card size="small" style={{ marginTop: 16 }}>
              <Form.Item name="eligible" label={t('appraisal.eligible')} valuePropName="checked">
                <Switch />
              </Form.Item>
              {!eligible ? (
                <Form.Item
                  name="ineligibilityReason"
                  label={t('appraisal.ineligibilityReason')}
                  rules={[{ required: true, whitespace: true, message: t('appraisal.ineligibilityRequired') }]}
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
                </Form.Item>
              ) : null}
              <Form.Item name="note" label={t('appraisal.note')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
              </Form.Item>
              {/* why the save failed, beside the button the user pressed */}
              <SheetSaveProblems stale={stale} onReload={() => void onReload()} failure={failure} unshown={unshown} />
              {editable ? (
                <Button htmlType="submit" icon={<SaveOutlined aria-hidden="true" />} loading={save.isPending} disabled={stale}>
                  {t('appraisal.save')}
                </Button>
              ) : null}
            </Card>
          </Form>
        </Col>
        <Col xs={24} xl={7}>
          <Flex vertical gap={16} style={{ position: 'sticky', top: 88 }}>
            <TotalsCard title={t('totals.selfTitle')} totals={serverTotals(assessment.selfScore)} testId="self-totals" />
            <TotalsCard title={t('totals.appraisedTitle')} totals={appraised} testId="appraised-totals" />
            <History assessmentId={assessment.id} />
          </Flex>
        </Col>
      </Row>
      {isCoordinator ? (
        <ActionModal
          action={action}
          assessmentId={assessment.id}
          before={action === 'appraise' && editable ? saveAppraisal : undefined}
          onClose={() => setAction(null)}
        />
      ) : null}
    </>
  );
}

function History({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const history = useAssessmentHistory(assessmentId);
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('appraisal.history')}</Typography.Title>}>
      <QueryState query={history} isEmpty={(items) => items.length === 0} emptyText={t('appraisal.historyEmpty')} skeletonRows={2}>
        {(items) => (
          <Timeline
            items={items.map((item, n) => ({
              key: n,
              content: (
                <div>
                  <div>
                    {item.fromStatus ? `${tc(`assessmentStatus.${item.fromStatus}`)} → ` : ''}
                    {tc(`assessmentStatus.${item.toStatus}`)}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.actor} · {formatDateTime(item.at)}
                  </Typography.Text>
                  {item.reason ? <div style={{ whiteSpace: 'pre-wrap' }}>{item.reason}</div> : null}
                </div>
              ),
            }))}
          />
        )}
      </QueryState>
    </Card>
  );
}
