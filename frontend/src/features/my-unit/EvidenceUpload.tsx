import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FileUpload } from '@/components/FileUpload';
import { submissionKeys } from './keys';

/** Uploads evidence files to a submission (see {@link FileUpload}), then refreshes its attachments. */
export function EvidenceUpload({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation('myUnit');
  const client = useQueryClient();
  return (
    <FileUpload
      action={`/api/v1/submissions/${encodeURIComponent(submissionId)}/attachments`}
      labels={{
        upload: t('edit.upload'),
        hint: t('edit.uploadHint'),
        uploaded: (name) => t('edit.uploaded', { name }),
        errorsTitle: t('edit.uploadErrorsTitle'),
        tooLarge: (name) => t('edit.tooLarge', { name }),
        badType: (name) => t('edit.badType', { name }),
        failed: (name, reason) => t('edit.uploadFailed', { name, reason }),
      }}
      onUploaded={() => void client.invalidateQueries({ queryKey: submissionKeys.attachments(submissionId) })}
    />
  );
}
