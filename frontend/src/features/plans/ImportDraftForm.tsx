import { useContext, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Tag, Typography } from 'antd';
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '@/lib/format';
import type { ImportFormValues, PlanDraft, SourceSpan } from './importDraft';
import { SourceContextValue, Sourced } from './ImportSource';
import { MonthDayInput } from './ObligationsTab';
import { LegalBasesList, ListItemCard, PlanPeriodFields, SignerFields, TextList, type ListItemProps } from './PlanFormLists';
import { OrgUnitSelect, UnitGroupSelect } from './pickers';
import { useRules } from './rules';
import { hasDueDay, TIME_FRAME_KINDS, TimeFrameDueField } from './timeFrames';
import type { S } from './util';

const MEASURES: S['MeasureKind'][] = ['MANUAL', 'SUBMISSION', 'REPORTED', 'RATING'];
const KINDS: S['ObligationKind'][] = ['UNIT_PLAN', 'SEMIANNUAL_REPORT', 'ANNUAL_REPORT', 'SELF_ASSESSMENT', 'MODEL_REGISTRATION', 'FIVE_YEAR_REVIEW', 'AD_HOC'];

function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
      {children}
    </Typography.Title>
  );
}

/** The warnings of the reading, each one leading to its passage. */
export function DraftWarnings({ draft }: { draft: PlanDraft }) {
  const { t } = useTranslation('plans');
  const { select } = useContext(SourceContextValue);
  if (draft.warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('import.warnings', { count: draft.warnings.length })}
      description={
        <>
          <Typography.Text type="secondary">{t('import.warningsHelp')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {draft.warnings.map((warning, index) => (
              <li key={index}>
                {warning.source ? (
                  <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => select(warning.source ?? null)}>
                    {warning.message}
                  </Button>
                ) : (
                  warning.message
                )}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}

/** The source of a list entry (purpose, recipient) found by its text, so it survives removals above it. */
function byText(entries: S['DraftText'][]) {
  return (target: EventTarget): SourceSpan | null => {
    const value = (target as HTMLInputElement).value;
    return typeof value === 'string' ? (entries.find((entry) => entry.text === value.trim())?.source ?? null) : null;
  };
}

/** The fields of the draft, each one leading to its source in the text. */
export function ImportDraftFields({ draft }: { draft: PlanDraft }) {
  const { t } = useTranslation('plans');
  const { required, requiredSelect } = useRules();
  const source = (name: string) => draft.sources[name];
  const notAPlan = draft.documentType !== 'KE_HOACH';

  return (
    <>
      <SectionTitle>{t('plan.identity')}</SectionTitle>
      <Sourced span={source('documentType')}>
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Typography.Text>{t('import.documentType')}:</Typography.Text>
          <Tag color={notAPlan ? 'warning' : 'blue'}>{t(`import.docType.${draft.documentType}`)}</Tag>
        </Flex>
        {notAPlan ? (
          <Alert
            type="warning"
            showIcon
            icon={<WarningOutlined />}
            role="alert"
            style={{ marginBottom: 16 }}
            title={t('import.notAPlan', { type: t(`import.docType.${draft.documentType}`).toLowerCase() })}
            description={t('import.notAPlanDetail')}
          />
        ) : null}
      </Sourced>
      <Sourced span={source('issuer')}>
        <Form.Item
          label={t('form.issuer')}
          name="issuerId"
          rules={[requiredSelect(t('form.issuer'))]}
          extra={
            draft.issuer ? (
              <>
                {t('import.asWritten', { text: draft.issuer })}
                {draft.issuerUnitId ? null : (
                  <>
                    {' '}
                    <Typography.Text type="warning">{t('import.issuerUnmatched')}</Typography.Text>
                  </>
                )}
              </>
            ) : undefined
          }
        >
          <OrgUnitSelect placeholder={t('form.issuerPlaceholder')} />
        </Form.Item>
      </Sourced>
      <Sourced span={source('number')}>
        <Row gutter={12}>
          <Col xs={12} sm={8}>
            <Form.Item label={t('form.number')} name="number" extra={draft.number ? t('import.asWritten', { text: draft.number }) : undefined}>
              <InputNumber min={1} max={999999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={16}>
            <Form.Item label={t('form.symbol')} name="symbol" extra={t('form.symbolHelp')} rules={[{ max: 60 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Sourced>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Sourced span={source('issuePlace')}>
            <Form.Item label={t('form.issuePlace')} name="issuePlace" rules={[{ max: 100 }]}>
              <Input />
            </Form.Item>
          </Sourced>
        </Col>
        <Col xs={24} sm={12}>
          <Sourced span={source('issueDate')}>
            <Form.Item label={t('form.issueDate')} name="issueDate">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Sourced>
        </Col>
      </Row>
      <Sourced span={source('title')}>
        <Form.Item label={t('form.title')} name="title" rules={[required(t('form.title')), { max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Sourced>
      <Sourced span={source('period')}>
        <PlanPeriodFields />
      </Sourced>
      <Sourced span={source('implements')}>
        <Form.Item label={t('form.implements')} name="implements" rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Sourced>

      <SectionTitle>{t('form.legalBases')}</SectionTitle>
      <LegalBasesList Item={LegalBasisItem} />

      <SectionTitle>{t('form.purposes')}</SectionTitle>
      <Sourced span={undefined} resolve={byText(draft.purposes)}>
        <TextList name="purposes" itemLabel="form.purpose" addLabel="form.addPurpose" removeLabel="form.removePurpose" max={5000} rows={3} />
      </Sourced>

      <Tasks draft={draft} />
      <GroupForAll />
      <Targets />
      <Obligations />

      <SectionTitle>{t('form.signer')}</SectionTitle>
      <Sourced span={draft.signer?.source}>
        <SignerFields />
      </Sourced>

      <SectionTitle>{t('form.recipients')}</SectionTitle>
      <Sourced span={undefined} resolve={byText(draft.recipients)}>
        <TextList name="recipients" itemLabel="form.recipient" addLabel="form.addRecipient" removeLabel="form.removeRecipient" max={300} />
      </Sourced>
    </>
  );
}

interface ItemCardProps extends ListItemProps {
  list: 'legalBases' | 'tasks' | 'targets' | 'obligations';
}

/** One entry of a list (task, target, obligation), named as a group and leading to its source. */
function ItemCard({ list, ...item }: ItemCardProps) {
  const form = Form.useFormInstance<ImportFormValues>();
  const span = form.getFieldValue([list, item.name, 'source']) as SourceSpan | undefined;
  return (
    <Sourced span={span}>
      <ListItemCard {...item} />
    </Sourced>
  );
}

/** A legal basis framed like the draft's other entries, leading to its source. */
function LegalBasisItem(props: ListItemProps) {
  return <ItemCard list="legalBases" {...props} />;
}

function Unmatched({ names }: { names: string[] | undefined }) {
  const { t } = useTranslation('plans');
  if (!names || names.length === 0) return null;
  return (
    // a dark gold: antd's warning text (#faad14) is too pale on white to read (contrast 1.9:1)
    <Typography.Paragraph style={{ marginTop: -16, marginBottom: 16, color: '#874d00' }}>
      {t('import.unmatched', { names: names.join('; ') })}
    </Typography.Paragraph>
  );
}

function Groups({ names }: { names: string[] | undefined }) {
  const { t } = useTranslation('plans');
  if (!names || names.length === 0) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: -16, marginBottom: 16 }}>
      {t('import.groups', { names: names.join('; ') })}
    </Typography.Paragraph>
  );
}

function Tasks({ draft }: { draft: PlanDraft }) {
  const { t } = useTranslation('plans');
  const count = Form.useWatch('tasks')?.length ?? draft.tasks.length + draft.duties.length;
  return (
    <>
      <SectionTitle>{t('import.tasks', { count })}</SectionTitle>
      <Form.List name="tasks">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => (
              <TaskCard key={field.key} name={field.name} index={index} onRemove={() => remove(field.name)} />
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ leadUnitIds: [], coordinatingUnitIds: [], timeFrame: { kind: 'WHOLE_PERIOD' } })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('import.addTask')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}

function TaskCard({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const { t } = useTranslation('plans');
  const { required, requiredSelect } = useRules();
  const form = Form.useFormInstance<ImportFormValues>();
  const kind = Form.useWatch(['tasks', name, 'timeFrame', 'kind'], form);
  const ordinal = Form.useWatch(['tasks', name, 'ordinal'], form);
  const task = form.getFieldValue(['tasks', name]) as NonNullable<ImportFormValues['tasks']>[number];
  const label = t(task?.section === 'DUTY' ? 'import.duty' : 'import.task', { n: ordinal || index + 1 });
  return (
    <ItemCard list="tasks" name={name} title={label} removeLabel={t('import.removeTask', { n: ordinal || index + 1 })} onRemove={onRemove}>
      <Row gutter={12}>
        <Col xs={24} sm={6}>
          <Form.Item label={t('tasks.ordinal')} name={[name, 'ordinal']} rules={[required(t('tasks.ordinal')), { max: 20 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={18}>
          <Form.Item label={t('tasks.directedBy')} name={[name, 'directedBy']} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('tasks.content')} name={[name, 'content']} rules={[required(t('tasks.content')), { max: 20000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label={t('tasks.leadUnits')} name={[name, 'leadUnitIds']}>
        <OrgUnitSelect mode="multiple" placeholder={t('tasks.unitsPlaceholder')} />
      </Form.Item>
      <Unmatched names={task?.leadUnmatched} />
      <Groups names={task?.leadGroupNames} />
      <Form.Item label={t('tasks.leadText')} name={[name, 'leadText']} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item label={t('tasks.coordinatingUnits')} name={[name, 'coordinatingUnitIds']}>
        <OrgUnitSelect mode="multiple" placeholder={t('tasks.unitsPlaceholder')} />
      </Form.Item>
      <Unmatched names={task?.coordinatingUnmatched} />
      <Groups names={task?.coordinatingGroupNames} />
      <Form.Item label={t('tasks.coordinatingText')} name={[name, 'coordinatingText']} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item label={t('tasks.timeFrameKind')} name={[name, 'timeFrame', 'kind']} rules={[requiredSelect(t('tasks.timeFrameKind'))]}>
            <Select options={TIME_FRAME_KINDS.map((value) => ({ value, label: t(`timeFrame.${value}`) }))} />
          </Form.Item>
        </Col>
        {hasDueDay(kind) ? (
          <Col xs={24} sm={8}>
            <TimeFrameDueField kind={kind} name={[name, 'timeFrame', 'dueDate']} />
          </Col>
        ) : null}
        <Col xs={24} sm={hasDueDay(kind) ? 8 : 16}>
          <Form.Item label={t('tasks.timeFrameText')} name={[name, 'timeFrame', 'text']} rules={[{ max: 300 }]} style={{ marginBottom: 0 }}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </ItemCard>
  );
}

/** One group chosen once for every target and obligation still without one (most share it). */
function GroupForAll() {
  const { t } = useTranslation('plans');
  // entries are named by their paths, as a violation names them
  const form = Form.useFormInstance();
  const [groupId, setGroupId] = useState<string | null>(null);
  const apply = () => {
    if (!groupId) return;
    const targets = (form.getFieldValue('targets') ?? []) as NonNullable<ImportFormValues['targets']>;
    const obligations = (form.getFieldValue('obligations') ?? []) as NonNullable<ImportFormValues['obligations']>;
    const fields = [
      ...targets.flatMap((target, index) => (target.population?.groupId ? [] : [{ name: ['targets', index, 'population', 'groupId'], value: groupId, errors: [] }])),
      ...obligations.flatMap((obligation, index) => (obligation.groupId ? [] : [{ name: ['obligations', index, 'groupId'], value: groupId, errors: [] }])),
    ];
    form.setFields(fields);
  };
  return (
    <Card size="small" style={{ marginTop: 16, background: '#fafafa' }}>
      <Typography.Text id="import-group-all">{t('import.groupAll')}</Typography.Text>
      <Flex gap={8} style={{ marginTop: 8 }} wrap>
        <div style={{ flex: '1 1 240px' }}>
          <UnitGroupSelect aria-label={t('import.groupAll')} placeholder={t('targets.groupPlaceholder')} value={groupId} onChange={setGroupId} allowClear />
        </div>
        <Button onClick={apply} disabled={!groupId}>
          {t('import.groupAllApply')}
        </Button>
      </Flex>
    </Card>
  );
}

function Targets() {
  const { t } = useTranslation('plans');
  const count = Form.useWatch('targets')?.length ?? 0;
  return (
    <>
      <SectionTitle>{t('import.targets', { count })}</SectionTitle>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => (
              <TargetCard key={field.key} name={field.name} index={index} onRemove={() => remove(field.name)} />
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ comparator: 'GTE', thresholdPercent: 100, population: { basis: 'UNITS' }, measure: { kind: 'MANUAL' } })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('import.addTarget')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}

function TargetCard({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { required, requiredSelect } = useRules();
  const form = Form.useFormInstance<ImportFormValues>();
  const ordinal = Form.useWatch(['targets', name, 'ordinal'], form);
  const comparator = Form.useWatch(['targets', name, 'comparator'], form);
  const measureKind = Form.useWatch(['targets', name, 'measure', 'kind'], form);
  const obligations = (Form.useWatch('obligations', form) ?? []) as NonNullable<ImportFormValues['obligations']>;
  const drafted = form.getFieldValue(['targets', name, 'drafted']) as S['DraftPopulation'] | undefined;
  const n = ordinal || index + 1;
  return (
    <ItemCard list="targets" name={name} title={t('import.target', { n })} removeLabel={t('import.removeTarget', { n })} onRemove={onRemove}>
      <Form.Item label={t('targets.ordinal')} name={[name, 'ordinal']} rules={[required(t('targets.ordinal')), { max: 20 }]}>
        <Input style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item label={t('targets.statement')} name={[name, 'statement']} rules={[required(t('targets.statement')), { max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item label={t('targets.comparator')} name={[name, 'comparator']}>
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
            <Form.Item label={t('targets.thresholdPercent')} name={[name, 'thresholdPercent']} rules={[requiredSelect(t('targets.thresholdPercent'))]}>
              <InputNumber min={0} max={100} step={0.5} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Form.Item
        label={t('targets.group')}
        name={[name, 'population', 'groupId']}
        rules={[requiredSelect(t('targets.group'))]}
        extra={drafted ? t('import.populationRead', { population: t(`import.population.${drafted}`) }) : undefined}
      >
        <UnitGroupSelect placeholder={t('targets.groupPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('targets.basisLabel')} name={[name, 'population', 'basis']}>
        <Radio.Group
          options={[
            { value: 'UNITS', label: t('targets.basisUnits') },
            { value: 'OFFICIALS', label: t('targets.basisOfficials') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('targets.measureKind')} name={[name, 'measure', 'kind']} rules={[requiredSelect(t('targets.measureKind'))]}>
        <Select options={MEASURES.map((kind) => ({ value: kind, label: tc(`measureKind.${kind}`) }))} />
      </Form.Item>
      {measureKind === 'SUBMISSION' || measureKind === 'REPORTED' ? (
        <Form.Item label={t('targets.obligation')} name={[name, 'measure', 'obligationId']} rules={[requiredSelect(t('targets.obligation'))]}>
          <Select
            // an obligation created in the same request is named by its position: #0, #1 ...
            options={obligations.map((obligation, position) => ({
              value: `#${position}`,
              label: t('import.obligationOption', { n: position + 1, title: obligation.title ?? '' }),
            }))}
          />
        </Form.Item>
      ) : null}
      {measureKind === 'RATING' ? (
        <Form.Item
          label={t('targets.minimumRating')}
          name={[name, 'measure', 'minimumRating']}
          extra={t('targets.minimumRatingHelp')}
          rules={[required(t('targets.minimumRating')), { max: 40 }]}
        >
          <Input style={{ maxWidth: 200 }} />
        </Form.Item>
      ) : null}
    </ItemCard>
  );
}

function Obligations() {
  const { t } = useTranslation('plans');
  const count = Form.useWatch('obligations')?.length ?? 0;
  return (
    <>
      <SectionTitle>{t('import.obligations', { count })}</SectionTitle>
      <Typography.Paragraph type="secondary">{t('import.obligationsHelp')}</Typography.Paragraph>
      <Form.List name="obligations">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => (
              <ObligationCard key={field.key} name={field.name} index={index} onRemove={() => remove(field.name)} />
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'ANNUAL_REPORT', schedule: 'once', graceDays: 0 })} style={{ alignSelf: 'flex-start' }}>
              {t('import.addObligation')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}

function ObligationCard({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { required, requiredSelect } = useRules();
  const form = Form.useFormInstance<ImportFormValues>();
  const schedule = Form.useWatch(['obligations', name, 'schedule'], form);
  const n = index + 1;
  return (
    <ItemCard list="obligations" name={name} title={t('import.obligation', { n })} removeLabel={t('import.removeObligation', { n })} onRemove={onRemove}>
      <Form.Item label={t('obligations.kind')} name={[name, 'kind']} rules={[requiredSelect(t('obligations.kind'))]}>
        <Select options={KINDS.map((kind) => ({ value: kind, label: tc(`obligationKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item label={t('obligations.title')} name={[name, 'title']} rules={[required(t('obligations.title')), { max: 500 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item label={t('obligations.group')} name={[name, 'groupId']} rules={[requiredSelect(t('obligations.group'))]}>
        <UnitGroupSelect placeholder={t('targets.groupPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('obligations.schedule')} name={[name, 'schedule']}>
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
            <Form.Item label={t('obligations.dueMonthDay')} name={[name, 'dueMonthDay']} rules={[requiredSelect(t('obligations.dueMonthDay'))]}>
              <MonthDayInput />
            </Form.Item>
          ) : (
            <Form.Item label={t('obligations.dueDate')} name={[name, 'dueDate']} rules={[requiredSelect(t('obligations.dueDate'))]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item label={t('obligations.graceDays')} name={[name, 'graceDays']}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('obligations.sourcePhrase')} name={[name, 'sourcePhrase']} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Form.Item label={t('obligations.recipient')} name={[name, 'recipient']} rules={[{ max: 300 }]} style={{ marginBottom: 0 }}>
        <Input />
      </Form.Item>
    </ItemCard>
  );
}
