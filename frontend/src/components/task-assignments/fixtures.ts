import type { PlanTask, TaskAssignment, TaskAssignmentChange } from './rules';

/** Sample task assignments for the component tests: a past due date (2024) and one far ahead. */
export const PAST_DUE = '2024-06-30';
export const FUTURE_DUE = '2099-12-31';

export function assignment(overrides: Partial<TaskAssignment>): TaskAssignment {
  return {
    id: 'a1',
    planId: 'p1',
    planTitle: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2024',
    taskId: 'task-1',
    taskOrdinal: 'II.1',
    taskContent: 'Quán triệt, học tập các Chỉ thị, Nghị quyết của Đảng về công tác dân vận',
    unitId: 'u-snv',
    unitName: 'Sở Nội vụ',
    role: 'LEAD',
    dueDate: FUTURE_DUE,
    status: 'NOT_STARTED',
    result: null,
    doneOn: null,
    notDoneReason: null,
    updatedBy: null,
    version: 0,
    createdAt: '2024-03-26T01:30:00Z',
    updatedAt: '2024-03-26T01:30:00Z',
    ...overrides,
  };
}

export function task(overrides: Partial<PlanTask>): PlanTask {
  return {
    id: 'task-1',
    planId: 'p1',
    ordinal: 'II.1',
    content: 'Quán triệt, học tập các Chỉ thị, Nghị quyết của Đảng về công tác dân vận',
    section: 'TASK',
    leadUnitIds: [],
    leadGroupIds: [],
    coordinatingUnitIds: [],
    coordinatingGroupIds: [],
    timeFrame: { kind: 'WHOLE_PERIOD' },
    version: 0,
    ...overrides,
  };
}

export const CHANGE: TaskAssignmentChange = {
  kind: 'UPDATE',
  fromStatus: 'NOT_STARTED',
  toStatus: 'IN_PROGRESS',
  result: 'Đã xây dựng lịch tiếp công dân định kỳ năm 2024.',
  doneOn: null,
  reason: null,
  actor: 'tn.snv',
  at: '2024-04-02T02:00:00Z',
};
