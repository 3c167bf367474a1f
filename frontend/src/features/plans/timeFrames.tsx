import { DatePicker, Form } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '@/lib/format';
import { useRules } from './rules';
import { toIso, type S } from './util';

/** Every kind of time frame a task can have, in the order the forms offer them. */
export const TIME_FRAME_KINDS: S['TimeFrameKind'][] = ['CONTINUOUS', 'WHOLE_PERIOD', 'BY_DATE', 'BY_MONTH', 'BY_QUARTER'];

export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** Whether a kind of time frame is due on a day the user picks (a date, a month or a quarter). */
export function hasDueDay(kind: S['TimeFrameKind'] | undefined): boolean {
  return kind === 'BY_DATE' || kind === 'BY_MONTH' || kind === 'BY_QUARTER';
}

/**
 * The day a time frame is due on, as the API takes it: a date as picked, a month or a quarter as its
 * last day (from which the server reads which month or quarter it is), none for the other kinds.
 */
export function dueDayOf(kind: S['TimeFrameKind'] | undefined, picked: Dayjs | null | undefined): string | null {
  if (!picked) return null;
  if (kind === 'BY_DATE') return toIso(picked);
  if (kind === 'BY_MONTH') return toIso(picked.endOf('month'));
  if (kind === 'BY_QUARTER') return toIso(picked.month(Math.floor(picked.month() / 3) * 3 + 2).endOf('month'));
  return null;
}

function quarterLabel(value: Dayjs): string {
  return `${ROMAN_QUARTERS[Math.floor(value.month() / 3)]}/${value.year()}`;
}

/** The picker of the day, month or quarter a task is due in, for the kind chosen; nothing for the others. */
export function TimeFrameDueField({ kind, name }: { kind: S['TimeFrameKind'] | undefined; name: NamePath }) {
  const { t } = useTranslation('plans');
  const { requiredSelect } = useRules();
  if (!hasDueDay(kind)) return null;
  const label = kind === 'BY_MONTH' ? t('tasks.dueMonth') : kind === 'BY_QUARTER' ? t('tasks.dueQuarter') : t('tasks.dueDate');
  return (
    <Form.Item label={label} name={name} rules={[requiredSelect(label)]}>
      {kind === 'BY_MONTH' ? (
        <DatePicker picker="month" format="MM/YYYY" style={{ width: '100%', maxWidth: 240 }} />
      ) : kind === 'BY_QUARTER' ? (
        <DatePicker picker="quarter" format={quarterLabel} style={{ width: '100%', maxWidth: 240 }} />
      ) : (
        <DatePicker format={DATE_FORMAT} style={{ width: '100%', maxWidth: 240 }} />
      )}
    </Form.Item>
  );
}
