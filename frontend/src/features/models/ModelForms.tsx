import { useState } from 'react';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Grid, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { useErrorMessage } from '@/components/QueryState';
import { api, ifMatch, unwrap } from '@/lib/api';
import { applyViolations } from '@/lib/forms';
import { DATE_FORMAT } from '@/lib/format';
import { ProblemError } from '@/lib/problem';
import { type ModelField, modelKeys } from './keys';

type S = components['schemas'];
export type Model = S['Model'];
export const FIELDS: ModelField[] = ['ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM'];
const LEVELS: S['RecognitionLevel'][] = ['UNIT', 'DISTRICT', 'PROVINCE', 'NATIONAL'];

interface ModelValues {
  name: string;
  field: ModelField;
  goals?: string;
  beneficiaries?: string;
  startDate: Dayjs;
  endDate?: Dayjs | null;
  registrationDate: Dayjs;
  outcome?: { description?: string; results?: string; reportedOn?: Dayjs | null };
}

const iso = (day: Dayjs | null | undefined) => (day ? day.format('YYYY-MM-DD') : null);

/** The body both POST and PUT take (POST adds the unit). */
export function toModelWrite(values: ModelValues) {
  const description = values.outcome?.description?.trim();
  return {
    name: values.name.trim(),
    field: values.field,
    goals: values.goals?.trim() || null,
    beneficiaries: values.beneficiaries?.trim() || null,
    startDate: iso(values.startDate)!,
    endDate: iso(values.endDate),
    registrationDate: iso(values.registrationDate)!,
    ...(description
      ? { outcome: { description, results: values.outcome?.results?.trim() || null, reportedOn: iso(values.outcome?.reportedOn) } }
      : {}),
  };
}

function toValues(model: Model | null): Partial<ModelValues> {
  if (!model) return { registrationDate: dayjs() };
  return {
    name: model.name,
    field: model.field,
    goals: model.goals ?? undefined,
    beneficiaries: model.beneficiaries ?? undefined,
    startDate: dayjs(model.startDate),
    endDate: model.endDate ? dayjs(model.endDate) : null,
    registrationDate: dayjs(model.registrationDate),
    outcome: model.outcome
      ? {
          description: model.outcome.description,
          results: model.outcome.results ?? undefined,
          reportedOn: model.outcome.reportedOn ? dayjs(model.outcome.reportedOn) : null,
        }
      : undefined,
  };
}

const FORM_FIELDS = [
  ['name'],
  ['field'],
  ['goals'],
  ['beneficiaries'],
  ['startDate'],
  ['endDate'],
  ['registrationDate'],
  ['outcome', 'description'],
  ['outcome', 'results'],
  ['outcome', 'reportedOn'],
];

/** Register (model null) or edit a model of the reporter's own unit; 400 violations go onto the fields. */
export function ModelDrawer({ open, model, unitId, onClose }: { open: boolean; model: Model | null; unitId: string; onClose: () => void }) {
  const { t } = useTranslation('models');
  const { t: tc } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const [form] = Form.useForm<ModelValues>();
  const [failure, setFailure] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (values: ModelValues) =>
      model
        ? unwrap(
            api.PUT('/api/v1/models/{modelId}', {
              params: { path: { modelId: model.id }, header: { 'If-Match': ifMatch(model.version) } },
              body: toModelWrite(values),
            }),
          )
        : unwrap(api.POST('/api/v1/models', { body: { unitId, ...toModelWrite(values) } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: modelKeys.all });
      message.success(t(model ? 'form.saved' : 'form.created'));
      setFailure(null);
      onClose();
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 412) {
        setFailure(t('form.stale'));
      } else if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
        const unshown = applyViolations(form, error, FORM_FIELDS);
        setFailure(unshown.length > 0 ? unshown.join(' ') : null);
      } else setFailure(errorMessage(error));
    },
  });

  return (
    <Drawer
      open={open}
      title={t(model ? 'form.editTitle' : 'form.createTitle')}
      size={phone ? '100%' : 640}
      onClose={() => {
        setFailure(null);
        onClose();
      }}
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
      {failure ? <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form<ModelValues> form={form} layout="vertical" initialValues={toValues(model)} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, whitespace: true, message: t('form.nameRequired') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="field" label={t('form.field')} rules={[{ required: true, message: t('form.fieldRequired') }]}>
          <Select options={FIELDS.map((f) => ({ value: f, label: tc(`modelField.${f}`) }))} />
        </Form.Item>
        <Form.Item name="goals" label={t('form.goals')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="beneficiaries" label={t('form.beneficiaries')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="startDate" label={t('form.startDate')} rules={[{ required: true, message: t('form.startRequired') }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t('form.endDate')}
            dependencies={['startDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs | null) => {
                  const start = getFieldValue('startDate') as Dayjs | undefined;
                  return value && start && value.isBefore(start, 'day') ? Promise.reject(new Error(t('form.endBeforeStart'))) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="registrationDate" label={t('form.registrationDate')} rules={[{ required: true, message: t('form.registrationRequired') }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 16, border: 0 }}>{t('form.outcome')}</legend>
          <Form.Item
            name={['outcome', 'description']}
            label={t('form.outcomeDescription')}
            dependencies={[
              ['outcome', 'results'],
              ['outcome', 'reportedOn'],
            ]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  !value?.trim() && (getFieldValue(['outcome', 'results'])?.trim() || getFieldValue(['outcome', 'reportedOn']))
                    ? Promise.reject(new Error(t('form.outcomeRequired')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
          </Form.Item>
          <Form.Item name={['outcome', 'results']} label={t('form.outcomeResults')}>
            <Input maxLength={1000} />
          </Form.Item>
          <Form.Item name={['outcome', 'reportedOn']} label={t('form.outcomeReportedOn')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </fieldset>
      </Form>
    </Drawer>
  );
}

interface RecognitionValues {
  level: S['RecognitionLevel'];
  decisionNumber: string;
  decisionDate: Dayjs;
}

/** A coordinator records the level and decision that recognised a model. */
export function RecognitionModal({ model, onClose }: { model: Model | null; onClose: () => void }) {
  const { t } = useTranslation('models');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const [form] = Form.useForm<RecognitionValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: RecognitionValues) =>
      unwrap(
        api.PUT('/api/v1/models/{modelId}/recognition', {
          params: { path: { modelId: model!.id }, header: { 'If-Match': ifMatch(model!.version) } },
          body: { level: values.level, decisionNumber: values.decisionNumber.trim(), decisionDate: values.decisionDate.format('YYYY-MM-DD') },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: modelKeys.all });
      message.success(t('recognition.saved'));
      setFailure(null);
      onClose();
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 412) setFailure(t('form.stale'));
      else if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
        const unshown = applyViolations(form, error, [['level'], ['decisionNumber'], ['decisionDate']]);
        setFailure(unshown.length > 0 ? unshown.join(' ') : null);
      } else setFailure(errorMessage(error));
    },
  });
  const recognition = model?.recognition;
  return (
    <Modal
      open={model !== null}
      title={`${t('recognition.title')}: ${model?.name ?? ''}`}
      okText={tc('action.save')}
      cancelText={tc('action.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form<RecognitionValues>
        form={form}
        layout="vertical"
        initialValues={
          recognition
            ? { level: recognition.level, decisionNumber: recognition.decisionNumber, decisionDate: dayjs(recognition.decisionDate) }
            : undefined
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="level" label={t('recognition.level')} rules={[{ required: true, message: t('recognition.levelRequired') }]}>
          <Select options={LEVELS.map((level) => ({ value: level, label: tc(`recognitionLevel.${level}`) }))} />
        </Form.Item>
        <Form.Item
          name="decisionNumber"
          label={t('recognition.decisionNumber')}
          rules={[{ required: true, whitespace: true, message: t('recognition.decisionNumberRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('recognition.decisionDate')} rules={[{ required: true, message: t('recognition.decisionDateRequired') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
