import dayjs, { type Dayjs } from 'dayjs';
import type { components } from '@/api/schema';

type S = components['schemas'];
export type TaskAssignment = S['TaskAssignment'];
export type TaskAssignmentChange = S['TaskAssignmentChange'];
export type TaskAssignmentUpdate = S['TaskAssignmentUpdate'];
export type AssignmentStatus = S['AssignmentStatus'];
export type AssignmentRole = S['AssignmentRole'];
export type PlanTask = S['PlanTask'];
export type TaskReviewStatus = S['TaskReviewStatus'];

export const REVIEW_STATUSES: NonNullable<TaskReviewStatus>[] = ['AWAITING_REVIEW', 'RETURNED', 'ACCEPTED'];

export const ASSIGNMENT_STATUSES: AssignmentStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DONE_LATE', 'NOT_DONE'];

/** Today in Việt Nam (yyyy-MM-dd), the day the server judges due dates and "not in the future" by. */
export function vietnamToday(now: Date = new Date()): string {
  // Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving)
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function isDone(status: AssignmentStatus): boolean {
  return status === 'DONE' || status === 'DONE_LATE';
}

/**
 * Behind schedule, for marking one assignment in a list: a dated assignment not done once its due
 * date has passed (today in Việt Nam). The task figures and their rules are the server's
 * (`GET /plans/{id}/task-progress`), never counted here.
 */
export function isBehind(assignment: Pick<TaskAssignment, 'dueDate' | 'status'>, today: string): boolean {
  return Boolean(assignment.dueDate) && !isDone(assignment.status) && assignment.dueDate! < today;
}

/** Nobody has recorded progress on it yet: named in the lists as "chưa cập nhật", never hidden. */
export function notUpdated(assignment: Pick<TaskAssignment, 'updatedBy'>): boolean {
  return !assignment.updatedBy;
}

/** Compares II.3 and II.10 as the plan numbers them (numbers by value). */
function compareOrdinals(a: string, b: string): number {
  return a.localeCompare(b, 'vi', { numeric: true });
}

/** The unit's assignments, the soonest due first; those without a due date (continuous) last. */
export function orderByDue(assignments: TaskAssignment[]): TaskAssignment[] {
  return [...assignments].sort(
    (a, b) =>
      (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
      a.planId.localeCompare(b.planId) ||
      compareOrdinals(a.taskOrdinal, b.taskOrdinal),
  );
}

/** What a form holds for one assignment's progress. */
export interface ProgressValues {
  status?: AssignmentStatus;
  result?: string | null;
  doneOn?: Dayjs | null;
  notDoneReason?: string | null;
}

export function progressValues(assignment: TaskAssignment): ProgressValues {
  return {
    status: assignment.status,
    result: assignment.result ?? '',
    doneOn: assignment.doneOn ? dayjs(assignment.doneOn) : null,
    notDoneReason: assignment.notDoneReason ?? '',
  };
}

const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);

/**
 * The PUT body of a form's values: the day done goes only with a done status and the reason only
 * with NOT_DONE (the server refuses a day otherwise), so a field left hidden is not sent.
 */
export function progressUpdate(values: ProgressValues): TaskAssignmentUpdate {
  const status = values.status ?? 'NOT_STARTED';
  return {
    status,
    result: text(values.result),
    doneOn: isDone(status) && values.doneOn ? values.doneOn.format('YYYY-MM-DD') : null,
    notDoneReason: status === 'NOT_DONE' ? text(values.notDoneReason) : null,
  };
}

/**
 * True when the values say something the server does not have yet. DONE and DONE_LATE are one
 * choice for the unit (the server picks by the day done), so moving between them alone is no change.
 */
export function progressChanged(values: ProgressValues, assignment: TaskAssignment): boolean {
  const sent = progressUpdate(values);
  const held = progressUpdate(progressValues(assignment));
  const kind = (status: AssignmentStatus) => (isDone(status) ? 'DONE' : status);
  return (
    kind(sent.status) !== kind(held.status) ||
    sent.result !== held.result ||
    sent.doneOn !== held.doneOn ||
    sent.notDoneReason !== held.notDoneReason
  );
}
