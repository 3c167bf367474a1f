import { useState } from 'react';
import { Alert, App, Button, Flex, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import { ProblemError } from '@/lib/problem';
import { submissionKeys } from './keys';
import { uploadAttachment } from './upload';

const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/**
 * Uploads evidence files one request each, showing each file's progress; a refused file (too
 * large, wrong type, submission no longer editable) is named in an alert that stays until closed.
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
        fileList={files}
        showUploadList={{ showRemoveIcon: false }}
        onChange={({ fileList }) => setFiles(fileList.filter((file) => file.status === 'uploading'))}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          const upload = file as File;
          const xhr = uploadAttachment(submissionId, upload, i18n.language, {
            onProgress: (percent) => onProgress?.({ percent }),
            onDone: (attachment) => {
              onSuccess?.(attachment);
              message.success(t('edit.uploaded', { name: upload.name }));
              void client.invalidateQueries({ queryKey: submissionKeys.attachments(submissionId) });
            },
            onFail: (error) => {
              setFailures((previous) => [...previous, describe(error, upload.name)]);
              onError?.(error instanceof Error ? error : new Error(String(error)));
            },
          });
          return { abort: () => xhr.abort() };
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
