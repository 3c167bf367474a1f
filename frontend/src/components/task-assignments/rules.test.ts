import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { assignment } from './fixtures';
import { isBehind, orderByDue, progressChanged, progressUpdate, progressValues, vietnamToday } from './rules';

describe('task progress rules', () => {
  it('takes today in Việt Nam (UTC+7), not in the browser’s zone', () => {
    expect(vietnamToday(new Date('2024-06-30T16:59:00Z'))).toBe('2024-06-30');
    expect(vietnamToday(new Date('2024-06-30T17:00:00Z'))).toBe('2024-07-01');
  });

  it('calls an assignment behind schedule only when dated, past its day and not done', () => {
    const today = '2024-07-01';
    expect(isBehind({ dueDate: '2024-06-30', status: 'IN_PROGRESS' }, today)).toBe(true);
    expect(isBehind({ dueDate: '2024-06-30', status: 'NOT_DONE' }, today)).toBe(true);
    expect(isBehind({ dueDate: '2024-07-01', status: 'NOT_STARTED' }, today)).toBe(false);
    expect(isBehind({ dueDate: '2024-06-30', status: 'DONE_LATE' }, today)).toBe(false);
    expect(isBehind({ dueDate: '2024-06-30', status: 'DONE' }, today)).toBe(false);
    expect(isBehind({ dueDate: null, status: 'NOT_STARTED' }, today)).toBe(false);
  });

  it('orders a unit’s assignments by due date, continuous ones last', () => {
    const ordered = orderByDue([
      assignment({ id: 'none', dueDate: null }),
      assignment({ id: 'late', dueDate: '2025-12-31' }),
      assignment({ id: 'soon', dueDate: '2024-06-30' }),
    ]);
    expect(ordered.map((a) => a.id)).toEqual(['soon', 'late', 'none']);
  });

  it('sends the day done only with a done status and the reason only with NOT_DONE', () => {
    const day = dayjs('2024-06-20');
    expect(progressUpdate({ status: 'IN_PROGRESS', result: ' Đã làm ', doneOn: day, notDoneReason: 'x' })).toEqual({
      status: 'IN_PROGRESS',
      result: 'Đã làm',
      doneOn: null,
      notDoneReason: null,
    });
    expect(progressUpdate({ status: 'DONE', doneOn: day })).toMatchObject({ status: 'DONE', doneOn: '2024-06-20' });
    expect(progressUpdate({ status: 'NOT_DONE', notDoneReason: 'Chưa có kinh phí' })).toMatchObject({ notDoneReason: 'Chưa có kinh phí' });
  });

  it('sees no change between DONE and DONE_LATE alone (the server picks one by the day)', () => {
    const held = assignment({ status: 'DONE_LATE', doneOn: '2024-07-05', result: 'Đã xong' });
    expect(progressChanged({ ...progressValues(held), status: 'DONE' }, held)).toBe(false);
    expect(progressChanged({ ...progressValues(held), result: 'Đã xong hẳn' }, held)).toBe(true);
    expect(progressChanged({ ...progressValues(held), status: 'IN_PROGRESS' }, held)).toBe(true);
  });
});
