import { useState } from 'react';
import { Alert, App, Button, Flex, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import { isProblem, ProblemError } from '@/lib/problem';

const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** The words of an upload, in the caller's namespace. */
export interface FileUploadLabels {
  upload: string;
  hint?: string;
  uploaded: (name: string) => string;
  errorsTitle: string;
  tooLarge: (name: string) => string;
  badType: (name: string) => string;
  failed: (name: string, reason: string) => string;
}

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
 * Uploads evidence files (report attachments, score sheet evidence), one request each, as
 * `multipart/form-data` (field `file`, plus `data` such as a criterion) with Ant Design's own
 * request, which shows each file's progress; the session cookie goes with it (same origin). A
 * refused file (too large, wrong type, no longer editable) is named in an alert that stays until closed.
 */
export function FileUpload({
  action,
  data,
  labels,
  onUploaded,
  size,
}: {
  action: string;
  data?: Record<string, string>;
  labels: FileUploadLabels;
  onUploaded: () => void;
  size?: 'small' | 'middle';
}) {
  const { i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [failures, setFailures] = useState<string[]>([]);

  const describe = (error: unknown, name: string): string => {
    if (error instanceof ProblemError && error.status === 413) return labels.tooLarge(name);
    if (error instanceof ProblemError && error.status === 415) return labels.badType(name);
    return labels.failed(name, errorMessage(error));
  };

  return (
    <Flex vertical gap={8}>
      <Upload
        multiple
        accept={ACCEPT}
        action={action}
        data={data}
        method="POST"
        name="file"
        withCredentials
        headers={{ Accept: 'application/json, application/problem+json', 'Accept-Language': i18n.language }}
        fileList={files}
        showUploadList={{ showRemoveIcon: false }}
        onChange={({ file, fileList }) => {
          setFiles(fileList.filter((each) => each.status === 'uploading'));
          if (file.status === 'done') {
            message.success(labels.uploaded(file.name));
            onUploaded();
          } else if (file.status === 'error') {
            setFailures((previous) => [...previous, describe(refusal(file), file.name)]);
          }
        }}
      >
        <Button size={size} icon={<UploadOutlined aria-hidden="true" />}>
          {labels.upload}
        </Button>
      </Upload>
      {labels.hint ? <Typography.Text type="secondary">{labels.hint}</Typography.Text> : null}
      {failures.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setFailures([]) }}
          title={labels.errorsTitle}
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
