import { describe, expect, it } from 'vitest';
import { ProblemError } from '@/lib/problem';
import { assignment } from '@/components/task-assignments/fixtures';
import { onTaskRow, reconcileTaskRows, taskRowOf } from './TaskRows';

describe('the report’s task rows', () => {
  it('opens with the draft’s row typed on the server’s version, and the server’s row otherwise, in the current order', () => {
    const a1 = assignment({ id: 'a1', version: 2 });
    const a2 = assignment({ id: 'a2', version: 5, result: 'Bản của người khác' });
    const a3 = assignment({ id: 'a3', version: 0 });
    const kept = [
      { ...taskRowOf(a1), result: 'Đang gõ dở' },
      { ...taskRowOf(a2), version: 4, result: 'Gõ trên bản cũ' },
      { ...taskRowOf(assignment({ id: 'gone' })), result: 'Nhiệm vụ đã bỏ' },
    ];
    const rows = reconcileTaskRows(kept, [a3, a1, a2]);
    expect(rows.map((row) => [row.id, row.result])).toEqual([
      ['a3', ''],
      ['a1', 'Đang gõ dở'],
      ['a2', 'Bản của người khác'],
    ]);
  });

  it('renames a row’s violations to that row’s fields', () => {
    const error = new ProblemError(400, { type: '/problems/validation', title: 'x', status: 400, violations: [{ field: 'doneOn', message: 'm' }] });
    expect((onTaskRow(error, 2) as ProblemError).violations).toEqual([{ field: 'tasks[2].doneOn', message: 'm' }]);
  });
});
