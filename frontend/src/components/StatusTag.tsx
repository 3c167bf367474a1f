import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';

type S = components['schemas'];

const COLORS: Record<string, string> = {
  // submission status and unit state
  MISSING: 'red',
  OVERDUE: 'red',
  NOT_STARTED: 'default',
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  ACCEPTED: 'green',
  // timeliness and report status
  ON_TIME: 'green',
  LATE: 'volcano',
  // attainment
  MET: 'green',
  NOT_MET: 'red',
  NO_DATA: 'default',
  // plan status
  ISSUED: 'blue',
  CLOSED: 'default',
  // assessment status
  APPRAISED: 'cyan',
  FINAL: 'green',
  // task assignment status (NOT_STARTED above)
  IN_PROGRESS: 'blue',
  DONE: 'green',
  DONE_LATE: 'orange',
  NOT_DONE: 'red',
};

// antd's preset tag colours write 3.3:1 on their own background; these shades keep AA (>= 4.5:1)
const TEXT: Record<string, string> = {
  green: '#237804',
  red: '#a8071a',
  volcano: '#ad2102',
  orange: '#ad4e00',
  blue: '#0958d9',
  cyan: '#006d75',
};

type Vocabulary =
  | 'submissionStatus'
  | 'unitState'
  | 'reportStatus'
  | 'timeliness'
  | 'attainmentStatus'
  | 'planStatus'
  | 'assessmentStatus'
  | 'assignmentStatus';

interface StatusTagProps {
  vocabulary: Vocabulary;
  value:
    | S['SubmissionStatusOrMissing']
    | S['UnitState']
    | S['UnitReportStatus']
    | NonNullable<S['Timeliness']>
    | S['AttainmentStatus']
    | S['PlanStatus']
    | S['AssessmentStatus']
    | S['AssignmentStatus'];
}

/** A state in words and colour; the words always carry the meaning, the colour only helps. */
export function StatusTag({ vocabulary, value }: StatusTagProps) {
  const { t } = useTranslation();
  const color = COLORS[value] ?? 'default';
  return (
    <Tag color={color} data-status={value} style={TEXT[color] ? { color: TEXT[color] } : undefined}>
      {t(`${vocabulary}.${value}`)}
    </Tag>
  );
}
