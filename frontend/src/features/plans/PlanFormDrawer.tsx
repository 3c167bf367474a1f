import { useEffect, useMemo } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useConfirmDiscard, useFormDraft } from '@/components/FormDraft';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/lib/api';
import { DATE_FORMAT } from '@/lib/format';
import { FailureAlert, FormDrawer, useFailure } from './FormDrawer';
import { planKeys } from './keys';
import { OrgUnitSelect } from './pickers';
import { CAPACITIES, LegalBasesList, PLAN_FIELDS, PlanPeriodFields, SignerFields, TextList } from './PlanFormLists';
import { useRules } from './rules';
import { fromIso, textOrNull, toIso, type Plan, type S } from './util';


export interface LegalBasisValues {
  type?: S['LegalReferenceType'];
  number?: string;
  date?: Dayjs | null;
  issuingBody?: string | null;
  title?: string | null;
}

export interface PlanFormValues {
  issuerId?: string | null;
  title?: string;
  number?: number | null;
  symbol?: string | null;
  issuePlace?: string | null;
  issueDate?: Dayjs | null;
  periodStart?: number | null;
  periodEnd?: number | null;
  implements?: string | null;
  legalBases?: LegalBasisValues[];
  purposes?: string[];
  signer?: { name?: string | null; position?: string | null; capacity?: (typeof CAPACITIES)[number] | null };
  recipients?: string[];
}

const FIELDS = PLAN_FIELDS.map((name) => [name]);

export function planToValues(plan: Plan): PlanFormValues {
  return {
    issuerId: plan.issuerId,
    title: plan.title,
    number: plan.number ?? null,
    symbol: plan.symbol ?? null,
    issuePlace: plan.issuePlace ?? null,
    issueDate: fromIso(plan.issueDate),
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    implements: plan.implements ?? null,
    legalBases: plan.legalBases.map((basis) => ({ ...basis, date: fromIso(basis.date) })),
    purposes: plan.purposes,
    signer: {
      name: plan.signer?.name ?? null,
      position: plan.signer?.position ?? null,
      capacity: plan.signer?.capacity ?? null,
    },
    recipients: plan.recipients,
  };
}

/** What the form sends: PlanWrite, with blank optional text as null and days as yyyy-MM-dd. */
export function valuesToBody(values: PlanFormValues, plan?: Plan): S['PlanWrite'] {
  const signerName = textOrNull(values.signer?.name);
  const signerPosition = textOrNull(values.signer?.position);
  const capacity = values.signer?.capacity ?? null;
  return {
    issuerId: values.issuerId ?? '',
    title: (values.title ?? '').trim(),
    number: values.number ?? null,
    symbol: textOrNull(values.symbol),
    issuePlace: textOrNull(values.issuePlace),
    issueDate: toIso(values.issueDate),
    periodStart: values.periodStart ?? 0,
    periodEnd: values.periodEnd ?? 0,
    implements: textOrNull(values.implements),
    legalBases: (values.legalBases ?? []).map((basis) => ({
      type: basis.type as S['LegalReferenceType'],
      number: (basis.number ?? '').trim(),
      date: toIso(basis.date),
      issuingBody: textOrNull(basis.issuingBody),
      title: textOrNull(basis.title),
    })),
    purposes: (values.purposes ?? []).map((purpose) => (purpose ?? '').trim()),
    // no signer at all when nothing about one was written; a half-written signer goes to the server to be named
    signer: signerName || signerPosition || capacity ? { name: signerName ?? '', position: signerPosition, capacity } : null,
    recipients: (values.recipients ?? []).map((recipient) => (recipient ?? '').trim()),
    parentPlanId: plan?.parentPlanId ?? null,
  };
}

interface PlanFormDrawerProps {
  open: boolean;
  /** The plan to edit; a new plan when absent. */
  plan?: Plan;
  onClose: () => void;
  onSaved: (plan: Plan) => void;
}

/** Creates a plan (in DRAFT) or edits one; an ISSUED plan keeps its identity, as the server requires. */
export function PlanFormDrawer({ open, plan, onClose, onSaved }: PlanFormDrawerProps) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { required, requiredSelect } = useRules();
  const [form] = Form.useForm<PlanFormValues>();
  const { failure, setFailure, onError } = useFailure(form, FIELDS);
  const frozen = plan !== undefined && plan.status !== 'DRAFT';

  // the drawer's content is destroyed when hidden, so each opening starts from these values
  const initialValues = useMemo<PlanFormValues>(
    () => (plan ? planToValues(plan) : { legalBases: [], purposes: [], recipients: [], signer: {} }),
    [plan],
  );
  useEffect(() => {
    if (open) setFailure(null);
  }, [open]);
  // a local draft, not the server's: see the README, "What a user types is never lost"
  const confirmDiscard = useConfirmDiscard();
  const draft = useFormDraft({ form, name: 'plan', id: plan?.id ?? 'new', version: plan?.version ?? null, initial: initialValues, enabled: open });

  /** Closing the drawer with unsaved changes asks first; leaving them drops the draft. */
  const close = () =>
    confirmDiscard(draft.dirty, () => {
      if (draft.dirty) draft.discard();
      onClose();
    });

  const save = useMutation({
    mutationFn: (body: S['PlanWrite']) =>
      plan
        ? unwrap(
            api.PUT('/api/v1/plans/{planId}', {
              params: { path: { planId: plan.id }, header: { 'If-Match': ifMatch(plan.version) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/plans', { body })),
    onSuccess: (saved) => {
      draft.saved();
      client.setQueryData(planKeys.detail(saved.id), saved);
      void client.invalidateQueries({ queryKey: planKeys.lists() });
      message.success(plan ? t('form.saved') : t('form.created'));
      onSaved(saved);
    },
    onError,
  });

  const onFinish = (values: PlanFormValues) => {
    setFailure(null);
    save.mutate(valuesToBody(values, plan));
  };

  return (
    <FormDrawer
      open={open}
      title={plan ? t('form.editTitle') : t('form.createTitle')}
      width={760}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={close}
    >
      {draft.notice}
      <FailureAlert failure={failure} list />
      {frozen ? <Alert type="info" showIcon title={t('form.frozen')} style={{ marginBottom: 16 }} /> : null}
      <Form<PlanFormValues>
        form={form}
        initialValues={draft.start}
        onValuesChange={draft.onValuesChange}
        layout="vertical"
        onFinish={onFinish}
        disabled={save.isPending}
        scrollToFirstError={{ block: 'center', focus: true }}
      >
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('form.identity')}
        </Typography.Title>
        <Form.Item
          label={t('form.issuer')}
          name="issuerId"
          rules={[requiredSelect(t('form.issuer'))]}
        >
          <OrgUnitSelect placeholder={t('form.issuerPlaceholder')} disabled={frozen} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item label={t('form.number')} name="number">
              <InputNumber min={1} max={999999} precision={0} style={{ width: '100%' }} disabled={frozen} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item label={t('form.symbol')} name="symbol" extra={t('form.symbolHelp')} rules={[{ max: 60 }]}>
              <Input disabled={frozen} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item label={t('form.issueDate')} name="issueDate">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabled={frozen} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('form.issuePlace')} name="issuePlace" rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('form.title')} name="title" extra={t('form.titleHelp')} rules={[required(t('form.title')), { max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <PlanPeriodFields />
        <Form.Item label={t('form.implements')} name="implements" extra={t('form.implementsHelp')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>

        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 8 }}>
          {t('form.legalBases')}
        </Typography.Title>
        <LegalBasesList />

        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('form.purposes')}
        </Typography.Title>
        <TextList name="purposes" itemLabel="form.purpose" addLabel="form.addPurpose" removeLabel="form.removePurpose" max={5000} rows={3} />

        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('form.signer')}
        </Typography.Title>
        <SignerFields />

        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('form.recipients')}
        </Typography.Title>
        <TextList name="recipients" itemLabel="form.recipient" addLabel="form.addRecipient" removeLabel="form.removeRecipient" max={300} />
      </Form>
    </FormDrawer>
  );
}
