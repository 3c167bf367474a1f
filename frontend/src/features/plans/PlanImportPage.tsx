import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Col, Flex, Form, Input, Row, Spin, theme, Typography, Upload } from 'antd';
import type { FormInstance } from 'antd';
import { FileTextOutlined, InboxOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '@/lib/api';
import { registerMessages } from '@/lib/i18n';
import { fieldPath, ProblemError } from '@/lib/problem';
import { PageHeader } from '@/components/PageHeader';
import { useConfirmDiscard, useFormDraft, useStoredDraft } from '@/components/FormDraft';
import { useErrorMessage } from '@/components/QueryState';
import { FailureAlert, useFailure } from './FormDrawer';
import { draftToValues, valuesToCreateBody, type ImportFormValues, type PlanDraft, type SourceSpan } from './importDraft';
import { DraftWarnings, ImportDraftFields } from './ImportDraftForm';
import { PLAN_FIELDS } from './PlanFormLists';
import { ImportSource, SourceProvider } from './ImportSource';
import { planKeys } from './keys';
import messages from './locales';
import { useWide, type S } from './util';

registerMessages('plans', messages);

/** The app's header (sticky, antd's Layout.Header height). */
const HEADER_HEIGHT = 64;

const ACCEPT = '.docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The fields of the review form, for placing a 400's violations (list entries by their path). */
const FIELDS = [...PLAN_FIELDS, 'tasks', 'targets', 'obligations'].map((name) => [name]);

type Document = { kind: 'file'; file: File } | { kind: 'text'; text: string };

/** What the local draft keeps beside the form's values: the document as read, which the server does not keep. */
interface KeptReading {
  draft: PlanDraft;
  name: string;
}

/** Reads a document into a draft: a file as `multipart/form-data` (part `file`), pasted text as `text/plain`. */
function readDocument(document: Document): Promise<PlanDraft> {
  if (document.kind === 'file') {
    const form = new FormData();
    form.append('file', document.file, document.file.name);
    return unwrap(
      api.POST('/api/v1/plan-imports', {
        // the browser writes the multipart boundary
        body: form as unknown as { file: string },
        bodySerializer: (body) => body as unknown as FormData,
      }),
    );
  }
  return unwrap(
    api.POST('/api/v1/plan-imports', {
      body: document.text,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      bodySerializer: (body) => body as string,
    }),
  );
}

/** Coordinators: a plan's Word or text file read into a draft, reviewed beside its text, saved as a plan. */
export default function PlanImportPage() {
  const { t } = useTranslation('plans');
  const errorMessage = useErrorMessage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const wide = useWide();
  const { token } = theme.useToken();
  const [form] = Form.useForm<ImportFormValues>();
  const { failure, setFailure, onError } = useFailure(form, FIELDS);
  const [pasted, setPasted] = useState('');
  // a review left unsaved (a reload, an expired session) comes back with the document it was read from
  const kept = useStoredDraft('plan-import', 'new')?.extra as KeptReading | undefined;
  const [restored, setRestored] = useState(kept);
  const [documentName, setDocumentName] = useState(kept?.name ?? '');
  const [selected, setSelected] = useState<{ span: SourceSpan | null } | null>(null);
  const [hovered, setHovered] = useState<SourceSpan | null>(null);

  const read = useMutation({
    mutationFn: readDocument,
    onSuccess: () => {
      setSelected(null);
      setHovered(null);
      setFailure(null);
    },
  });
  const draft = read.data ?? restored?.draft;
  const initialValues = useMemo(() => (draft ? draftToValues(draft) : undefined), [draft]);
  const { reset } = read;
  const forget = useCallback(() => {
    reset();
    setRestored(undefined);
  }, [reset]);
  const extra = useMemo<KeptReading | undefined>(() => (draft ? { draft, name: documentName } : undefined), [draft, documentName]);
  // a local draft: the server keeps nothing of a reading until it is saved as a plan (see the README)
  const local = useFormDraft<ImportFormValues | undefined>({ form: form as FormInstance<ImportFormValues | undefined>, name: 'plan-import', id: 'new', version: null, initial: initialValues, enabled: Boolean(draft), extra, onDiscard: forget });

  const start = (document: Document) => {
    setDocumentName(document.kind === 'file' ? document.file.name : t('import.pasted'));
    read.mutate(document);
  };

  /** Why the document could not be read, in the user's words for each refusal. */
  const readFailure = (error: unknown): string => {
    if (error instanceof ProblemError) {
      const detail = error.problem?.detail;
      const own =
        error.status === 413
          ? t('import.tooLarge')
          : error.status === 415
            ? t('import.badType')
            : error.status === 422
              ? t('import.unreadable')
              : error.status === 400 && error.kind === 'empty-document'
                ? t('import.empty')
                : null;
      if (own) return detail && detail !== own ? `${own} ${detail}` : own;
    }
    return errorMessage(error);
  };

  const save = useMutation({
    mutationFn: (body: S['PlanWrite']) => unwrap(api.POST('/api/v1/plans', { body })),
    onSuccess: (plan) => {
      client.setQueryData(planKeys.detail(plan.id), plan);
      void client.invalidateQueries({ queryKey: planKeys.lists() });
      local.saved();
      message.success(t('import.saved'));
      navigate(`/plans/${plan.id}`);
    },
    onError: (error) => {
      onError(error);
      // violations name fields by path (`targets[2].population.groupId`), not by the form's own types
      const byPath = form as unknown as FormInstance;
      if (error instanceof ProblemError && error.violations.length > 0) {
        // a violation whose field the form does not show (an entry as a whole) is named in the alert
        const lost = error.violations.filter((violation) => {
          const path = fieldPath(violation.field);
          return path.length > 0 && FIELDS.some((name) => name[0] === path[0]) && byPath.getFieldError(path).length === 0;
        });
        if (lost.length > 0) setFailure((shown) => [...(shown ?? []), ...lost.map((violation) => `${violation.field}: ${violation.message}`)]);
        const first = error.violations.map((violation) => fieldPath(violation.field)).find((path) => byPath.getFieldError(path).length > 0);
        if (first) byPath.scrollToField(first, { block: 'center' });
      }
    },
  });

  const { mutate } = save;
  const onFinish = useCallback(() => {
    setFailure(null);
    // the whole store: entries keep what the form does not show (their sources) beside their fields
    mutate(valuesToCreateBody(form.getFieldsValue(true) as ImportFormValues));
  }, [form, mutate, setFailure]);
  const onFinishFailed = useCallback(() => setFailure([t('import.invalid')]), [setFailure, t]);
  const { dirty, discard } = local;
  // dropping a review with unsaved changes asks first
  const confirmDiscard = useConfirmDiscard();
  const onCancel = useCallback(() => confirmDiscard(dirty, discard), [confirmDiscard, dirty, discard]);
  // the form does not render again when only the highlighted passage changes
  const choice = useMemo(() => ({ select: (span: SourceSpan | null) => setSelected({ span }), hover: setHovered }), []);

  const header = (
    <PageHeader
      title={t('import.title')}
      subtitle={t('import.subtitle')}
      breadcrumb={<Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/plans">{t('plan.breadcrumb')}</Link> }, { title: t('import.open') }]} />}
      extra={
        draft ? (
          <>
            <Button icon={<ReloadOutlined />} onClick={onCancel} disabled={save.isPending}>
              {t('import.another')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => form.submit()}>
              {t('import.save')}
            </Button>
          </>
        ) : null
      }
    />
  );

  if (!draft) {
    return (
      <>
        {header}
        <Spin spinning={read.isPending} description={t('import.reading', { name: documentName })}>
          <Flex vertical gap={16} style={{ maxWidth: 760 }}>
            {read.isError ? (
              <Alert type="error" showIcon role="alert" title={t('import.readFailed')} description={readFailure(read.error)} />
            ) : null}
            <Upload.Dragger
              accept={ACCEPT}
              multiple={false}
              showUploadList={false}
              disabled={read.isPending}
              // nothing is uploaded by the component: the file goes to the server through the API client
              beforeUpload={(file) => {
                start({ kind: 'file', file });
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden="true" />
              </p>
              <p className="ant-upload-text">{t('import.dropTitle')}</p>
              <p className="ant-upload-hint">{t('import.dropHint')}</p>
            </Upload.Dragger>
            <div>
              <Typography.Text strong>
                <label htmlFor="import-paste">{t('import.paste')}</label>
              </Typography.Text>
              <Input.TextArea
                id="import-paste"
                value={pasted}
                onChange={(event) => setPasted(event.target.value)}
                placeholder={t('import.pastePlaceholder')}
                autoSize={{ minRows: 4, maxRows: 12 }}
                style={{ marginTop: 8 }}
              />
              <Button
                icon={<FileTextOutlined />}
                style={{ marginTop: 8 }}
                disabled={pasted.trim() === '' || read.isPending}
                onClick={() => start({ kind: 'text', text: pasted })}
              >
                {t('import.read')}
              </Button>
            </div>
          </Flex>
        </Spin>
      </>
    );
  }

  const shown = hovered ?? selected?.span ?? null;
  return (
    <SourceProvider value={choice}>
      {header}
      <Typography.Paragraph type="secondary">{t('import.file', { name: documentName })}</Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={10}>
          {/* the text stays in sight below the app's sticky header while the form scrolls */}
          <div style={{ position: 'sticky', top: HEADER_HEIGHT + (wide ? 8 : 0), zIndex: 2, background: token.colorBgLayout, paddingBottom: wide ? 0 : 8 }}>
            <ImportSource text={draft.text} span={shown} selected={selected !== null} height={wide ? `calc(100vh - ${HEADER_HEIGHT + 130}px)` : '26vh'} />
          </div>
        </Col>
        <Col xs={24} md={14}>
          <DraftPanel
            form={form}
            draft={draft}
            initialValues={local.start}
            notice={local.notice}
            onValuesChange={local.onValuesChange}
            failure={failure}
            saving={save.isPending}
            onFinish={onFinish}
            onFinishFailed={onFinishFailed}
            onCancel={onCancel}
          />
        </Col>
      </Row>
    </SourceProvider>
  );
}

interface DraftPanelProps {
  form: FormInstance<ImportFormValues>;
  draft: PlanDraft;
  initialValues: ImportFormValues | undefined;
  /** The restored local draft's notice, if any. */
  notice: ReactNode;
  onValuesChange: () => void;
  failure: string[] | null;
  saving: boolean;
  onFinish: () => void;
  onFinishFailed: () => void;
  onCancel: () => void;
}

/** The draft as a form: warnings, the fields, Save. */
const DraftPanel = memo(function DraftPanel({ form, draft, initialValues, notice, onValuesChange, failure, saving, onFinish, onFinishFailed, onCancel }: DraftPanelProps) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  return (
    <section aria-labelledby="import-draft-heading">
      <Typography.Title level={2} id="import-draft-heading" style={{ fontSize: 16 }}>
        {t('import.draft')}
      </Typography.Title>
      {notice}
      <DraftWarnings draft={draft} />
      <FailureAlert failure={failure} list />
      <Form<ImportFormValues>
        form={form}
        name="import"
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={onFinish}
        onFinishFailed={onFinishFailed}
        disabled={saving}
        scrollToFirstError={{ block: 'center' }}
      >
        <ImportDraftFields draft={draft} />
        <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
          <Button onClick={onCancel} disabled={saving}>
            {tc('action.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
            {t('import.save')}
          </Button>
        </Flex>
      </Form>
    </section>
  );
});
