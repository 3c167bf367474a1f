import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '@/lib/format';
import { TASK_ASSIGNMENT_NS } from './i18n';
import { ASSIGNMENT_STATUSES, type AssignmentStatus, isDone, vietnamToday } from './rules';

interface ProgressFieldsProps {
  /** Where the row's values sit in the form: `[]` for a form of its own, `['tasks', 2]` in the report. */
  prefix?: (string | number)[];
}

/**
 * The fields a unit records its progress on a task with: the status, what was done, the day done
 * (only when done) and the reason (only when not done), each checked as the server checks it.
 */
export function ProgressFields({ prefix = [] }: ProgressFieldsProps) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const name = (field: string) => [...prefix, field];
  const status = Form.useWatch(name('status')) as AssignmentStatus | undefined;
  const done = status !== undefined && isDone(status);
  const today = vietnamToday();
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label={t('form.status')} name={name('status')} rules={[{ required: true }]} extra={done ? t('form.serverDecides') : undefined}>
            <Select<AssignmentStatus> options={ASSIGNMENT_STATUSES.map((value) => ({ value, label: tc(`assignmentStatus.${value}`) }))} />
          </Form.Item>
        </Col>
        {done ? (
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('form.doneOn')}
              name={name('doneOn')}
              rules={[
                { required: true, message: t('form.doneOnRequired') },
                {
                  validator: (_, value: Dayjs | null | undefined) =>
                    value && value.format('YYYY-MM-DD') > today ? Promise.reject(new Error(t('form.doneOnFuture'))) : Promise.resolve(),
                },
              ]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(today), 'day')} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      {status === 'NOT_DONE' ? (
        <Form.Item
          label={t('form.notDoneReason')}
          name={name('notDoneReason')}
          rules={[{ required: true, whitespace: true, message: t('form.reasonRequired') }, { max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      ) : null}
      <Form.Item label={t('form.result')} name={name('result')} rules={[{ max: 20000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} placeholder={t('form.resultHint')} />
      </Form.Item>
    </>
  );
}
