import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { TASK_ASSIGNMENT_NS } from './i18n';
import { notUpdated, type TaskAssignment } from './rules';

/** When and by whom the progress was last recorded; "chưa cập nhật" (named, not hidden) while nobody has. */
export function LastUpdate({ assignment }: { assignment: TaskAssignment }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  if (notUpdated(assignment)) {
    return (
      // the AA shade of antd's orange (the warning yellow reads 1.9:1 on white)
      <Typography.Text data-testid="not-updated" style={{ whiteSpace: 'nowrap', color: '#ad4e00' }}>
        {t('progress.notUpdated')}
      </Typography.Text>
    );
  }
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <div>{formatDateTime(assignment.updatedAt)}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {assignment.updatedBy}
      </Typography.Text>
    </div>
  );
}
