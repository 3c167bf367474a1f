import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/lib/api';
import { applyViolations } from '@/lib/forms';
import { DATE_FORMAT } from '@/lib/format';
import { ProblemError } from '@/lib/problem';
import { useErrorMessage } from '@/components/QueryState';
import { ORG_UNIT_KINDS, orgUnitKeys, type OrgUnit, type OrgUnitKind, type OrgUnitWrite } from './keys';
import { UnitSelect } from './shared';

interface FormValues {
  code?: string | null;
  name: string;
  kind: OrgUnitKind;
  parentId?: string | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  successorId?: string | null;
  headcounts?: { year: number; officials: number }[];
}

const FIELDS = [['code'], ['name'], ['kind'], ['parentId'], ['validFrom'], ['validTo'], ['successorId'], ['headcounts']];

function toDay(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

function toIso(day: Dayjs | null | undefined): string | null {
  return day ? day.format('YYYY-MM-DD') : null;
}

/** The body the API reads from the form's values. */
export function toOrgUnitWrite(values: FormValues): OrgUnitWrite {
  return {
    code: values.code?.trim() || null,
    name: values.name.trim(),
    kind: values.kind,
    parentId: values.parentId ?? null,
    validFrom: toIso(values.validFrom),
    validTo: toIso(values.validTo),
    successorId: values.successorId ?? null,
    headcounts: (values.headcounts ?? [])
      .filter((row) => row && row.year !== undefined && row.year !== null)
      .map((row) => ({ year: row.year, officials: row.officials })),
  };
}

interface OrgUnitFormModalProps {
  /** The unit to edit (as last read, for its version), or null to create one. */
  unit: OrgUnit | null;
  onClose: () => void;
  onSaved: (unit: OrgUnit) => void;
}

export function OrgUnitFormModal({ unit, onClose, onSaved }: OrgUnitFormModalProps) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<FormValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<string[] | null>(null);

  const save = useMutation({
    mutationFn: (body: OrgUnitWrite) =>
      unit
        ? unwrap(
            api.PUT('/api/v1/org-units/{unitId}', {
              params: { path: { unitId: unit.id }, header: { 'If-Match': ifMatch(unit.version) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/org-units', { body })),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: orgUnitKeys.all });
      client.setQueryData(orgUnitKeys.detail(saved.id), saved);
      message.success(t(unit ? 'orgUnits.saved' : 'orgUnits.created', { name: saved.name }));
      onSaved(saved);
    },
    onError: (error) => {
      const unshown = applyViolations(form, error, FIELDS);
      if (error instanceof ProblemError && error.violations.length > 0) {
        setProblem(unshown.length > 0 ? unshown : null);
      } else {
        setProblem([errorMessage(error)]);
      }
    },
  });

  const initialValues: Partial<FormValues> = unit
    ? {
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parentId: unit.parentId,
        validFrom: toDay(unit.validFrom),
        validTo: toDay(unit.validTo),
        successorId: unit.successorId,
        headcounts: [...unit.headcounts].sort((a, b) => a.year - b.year),
      }
    : { headcounts: [] };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('required', { field: field.toLowerCase() }) });

  return (
    <Modal
      open
      title={unit ? t('orgUnits.edit') : t('orgUnits.create')}
      okText={t('action.save', { ns: 'common' })}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      mask={{ closable: false }}
    >
      {problem ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem.join(' ')} />
      ) : null}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setProblem(null);
          save.mutate(toOrgUnitWrite(values));
        }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item label={t('orgUnits.name')} name="name" rules={[required(t('orgUnits.name')), { max: 300 }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('orgUnits.code')} name="code" rules={[{ max: 64 }]}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('orgUnits.kind')}
              name="kind"
              rules={[{ required: true, message: t('requiredChoice', { field: t('orgUnits.kind').toLowerCase() }) }]}
            >
              <Select<OrgUnitKind>
                options={ORG_UNIT_KINDS.map((value) => ({ value, label: t(`orgUnitKind.${value}`, { ns: 'common' }) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('orgUnits.parent')} name="parentId">
              <UnitSelect excludeId={unit?.id} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('orgUnits.validFrom')} name="validFrom">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('orgUnits.validTo')}
              name="validTo"
              dependencies={['validFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null) => {
                    const from = getFieldValue('validFrom') as Dayjs | null;
                    if (value && from && value.isBefore(from, 'day')) return Promise.reject(new Error(t('orgUnits.validToBeforeFrom')));
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('orgUnits.successor')} name="successorId" extra={t('orgUnits.successorHint')}>
              <UnitSelect excludeId={unit?.id} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('orgUnits.headcounts')}
        </Typography.Title>
        <Form.List name="headcounts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={12} align="flex-start">
                  <Form.Item
                    label={index === 0 ? t('orgUnits.year') : undefined}
                    name={[field.name, 'year']}
                    rules={[{ required: true, message: t('required', { field: t('orgUnits.year').toLowerCase() }) }]}
                  >
                    <InputNumber
                      min={1945}
                      max={2200}
                      precision={0}
                      style={{ width: 100 }}
                      aria-label={index === 0 ? undefined : t('orgUnits.rowField', { field: t('orgUnits.year'), index: index + 1 })}
                    />
                  </Form.Item>
                  <Form.Item
                    label={index === 0 ? t('orgUnits.officials') : undefined}
                    name={[field.name, 'officials']}
                    rules={[{ required: true, message: t('required', { field: t('orgUnits.officials').toLowerCase() }) }]}
                  >
                    <InputNumber
                      min={0}
                      max={10_000_000}
                      precision={0}
                      style={{ width: 150 }}
                      aria-label={index === 0 ? undefined : t('orgUnits.rowField', { field: t('orgUnits.officials'), index: index + 1 })}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={t('orgUnits.removeHeadcount', { index: index + 1 })}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: index === 0 ? 30 : 0 }}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => {
                  const rows = (form.getFieldValue('headcounts') as FormValues['headcounts']) ?? [];
                  const last = rows.reduce((max, row) => Math.max(max, row?.year ?? 0), 0);
                  add({ year: last > 0 ? last + 1 : dayjs().year() });
                }}
              >
                {t('orgUnits.addHeadcount')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
