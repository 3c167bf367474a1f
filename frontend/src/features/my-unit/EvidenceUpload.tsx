import { useState } from 'react';
import { Alert, App, Button, Flex, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import { isProblem, ProblemError } from '@/lib/problem';
import { submissionKeys } from './keys';

const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/**
 * What refused an upload: the server's answer (status and problem), or the network when no answer
 * came. Ant Design's upload request keeps the status on the file's error and the body as its response.
 */
function refusal(file: UploadFile): unknown {
  const status = (file.error as { status?: unknown } | undefined)?.status;
  if (typeof status !== 'number' || status === 0) return new TypeError('network');
  return new ProblemError(status, isProblem(file.response) ? file.response : undefined);
}

/**
 * Uploads evidence files, one request each, as `multipart/form-data` (field `file`, as the contract
 * names it) with Ant Design's own request, which shows each file's progress; the session cookie goes
 * with it (same origin). A refused file (too large, wrong type, submission no longer editable) is
 * named in an alert that stays until closed.
 */
export function EvidenceUpload({ submissionId }: { submissionId: string }) {
  const { t, i18n } = useTranslation('myUnit');
  const errorMessage = useErrorMessage();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [failures, setFailures] = useState<string[]>([]);

  const describe = (error: unknown, name: string): string => {
    if (error instanceof ProblemError && error.status === 413) return t('edit.tooLarge', { name });
    if (error instanceof ProblemError && error.status === 415) return t('edit.badType', { name });
    return t('edit.uploadFailed', { name, reason: errorMessage(error) });
  };

  return (
    <Flex vertical gap={8}>
      <Upload
        multiple
        accept={ACCEPT}
        action={`/api/v1/submissions/${encodeURIComponent(submissionId)}/attachments`}
        method="POST"
        name="file"
        withCredentials
        headers={{ Accept: 'application/json, application/problem+json', 'Accept-Language': i18n.language }}
        fileList={files}
        showUploadList={{ showRemoveIcon: false }}
        onChange={({ file, fileList }) => {
          setFiles(fileList.filter((each) => each.status === 'uploading'));
          if (file.status === 'done') {
            message.success(t('edit.uploaded', { name: file.name }));
            void client.invalidateQueries({ queryKey: submissionKeys.attachments(submissionId) });
          } else if (file.status === 'error') {
            setFailures((previous) => [...previous, describe(refusal(file), file.name)]);
          }
        }}
      >
        <Button icon={<UploadOutlined aria-hidden="true" />}>{t('edit.upload')}</Button>
      </Upload>
      <Typography.Text type="secondary">{t('edit.uploadHint')}</Typography.Text>
      {failures.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setFailures([]) }}
          title={t('edit.uploadErrorsTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failures.map((failure, index) => (
                <li key={index}>{failure}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Flex>
  );
}
