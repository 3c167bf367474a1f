import { App, Card, Flex, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FileUpload } from '@/components/FileUpload';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { AttachmentList } from '@/components/submission';
import {
  assignmentFileHref,
  assignmentFilesUrl,
  deleteAssignmentFile,
  filesChanged,
  TASK_ASSIGNMENT_NS,
  useAssignmentFiles,
} from '@/components/task-assignments';

/**
 * The assignment's evidence files with their download links; whoever may write (the unit's reporter,
 * or a coordinator on its behalf, while the plan is open) uploads and deletes them. A refused upload
 * (413 too large, 415 wrong type) is named by the upload component.
 */
export function EvidenceFiles({ assignmentId, editable }: { assignmentId: string; editable: boolean }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const files = useAssignmentFiles(assignmentId);
  const remove = useMutation({
    mutationFn: (fileId: string) => deleteAssignmentFile(assignmentId, fileId),
    onSuccess: () => {
      message.success(t('files.deleted'));
      filesChanged(client, assignmentId);
    },
    onError: (error) => message.error(errorMessage(error)),
  });
  return (
    <Card size="small">
      <section aria-labelledby="assignment-files">
        <Typography.Title level={2} id="assignment-files" style={{ fontSize: 18 }}>
          {t('files.title')}
        </Typography.Title>
        <Flex vertical gap={12}>
          {editable ? (
            <FileUpload
              action={assignmentFilesUrl(assignmentId)}
              labels={{
                upload: t('files.upload'),
                hint: t('files.hint'),
                uploaded: (name) => t('files.uploaded', { name }),
                errorsTitle: t('files.errorsTitle'),
                tooLarge: (name) => t('files.tooLarge', { name }),
                badType: (name) => t('files.badType', { name }),
                failed: (name, reason) => t('files.failed', { name, reason }),
              }}
              onUploaded={() => filesChanged(client, assignmentId)}
            />
          ) : null}
          <QueryState query={files} skeletonRows={2}>
            {(items) => (
              <AttachmentList
                submissionId=""
                hrefOf={(fileId) => assignmentFileHref(assignmentId, fileId)}
                attachments={items}
                onDelete={editable ? (file) => remove.mutateAsync(file.id).catch(() => undefined) : undefined}
                deletingId={remove.isPending ? remove.variables : null}
              />
            )}
          </QueryState>
        </Flex>
      </section>
    </Card>
  );
}
