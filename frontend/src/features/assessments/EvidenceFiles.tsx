import { App, Button, Flex, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FileUpload } from '@/components/FileUpload';
import { useErrorMessage } from '@/components/QueryState';
import { api, unwrap } from '@/lib/api';
import { assessmentKeys } from './keys';

const filesPath = (assessmentId: string) => `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence-files`;

/** The sheet's evidence files, every row's at once: each row shows its own. */
export function useEvidenceFiles(assessmentId: string) {
  return useQuery({
    queryKey: assessmentKeys.evidenceFiles(assessmentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/assessments/{assessmentId}/evidence-files', {
          params: { path: { assessmentId }, query: { size: 500 } },
        }),
      ),
    select: (data) => data.items,
    enabled: Boolean(assessmentId),
  });
}

/**
 * The evidence files of one criterion row: download links, and while the sheet is a draft an upload
 * (same limits and types as report attachments) and a delete per file. Files are stored at once,
 * apart from the sheet's typed fields, so they never make the sheet's draft stale.
 */
export function EvidenceFiles({ assessmentId, code, editable }: { assessmentId: string; code: string; editable: boolean }) {
  const { t } = useTranslation('assessments');
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const files = useEvidenceFiles(assessmentId);
  const mine = (files.data ?? []).filter((file) => file.criterionCode === code);
  const refresh = () => void client.invalidateQueries({ queryKey: assessmentKeys.evidenceFiles(assessmentId) });
  const remove = useMutation({
    mutationFn: (fileId: string) =>
      unwrap(
        api.DELETE('/api/v1/assessments/{assessmentId}/evidence-files/{fileId}', {
          params: { path: { assessmentId, fileId } },
        }),
      ),
    onSuccess: () => {
      message.success(t('files.deleted'));
      refresh();
    },
    onError: (failure) => message.error(errorMessage(failure)),
  });

  return (
    <Flex vertical gap={4} style={{ marginBottom: 8 }} data-testid={`evidence-files-${code}`}>
      {mine.map((file) => (
        <Flex key={file.id} gap={8} align="center">
          <PaperClipOutlined aria-hidden="true" />
          <Typography.Link href={`${filesPath(assessmentId)}/${encodeURIComponent(file.id)}`} download={file.fileName}>
            {file.fileName}
          </Typography.Link>
          {editable ? (
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined aria-hidden="true" />}
              aria-label={t('files.delete', { name: file.fileName })}
              loading={remove.isPending && remove.variables === file.id}
              onClick={() => remove.mutate(file.id)}
            />
          ) : null}
        </Flex>
      ))}
      {editable ? (
        <FileUpload
          size="small"
          action={filesPath(assessmentId)}
          data={{ criterion: code }}
          labels={{
            upload: t('files.upload', { code }),
            uploaded: (name) => t('files.uploaded', { name }),
            errorsTitle: t('files.errorsTitle'),
            tooLarge: (name) => t('files.tooLarge', { name }),
            badType: (name) => t('files.badType', { name }),
            failed: (name, reason) => t('files.failed', { name, reason }),
          }}
          onUploaded={refresh}
        />
      ) : null}
    </Flex>
  );
}
