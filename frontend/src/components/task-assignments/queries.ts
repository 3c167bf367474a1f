import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api';
import { type PlanTaskFilter, taskAssignmentKeys, taskProgressKeys } from './keys';
import type { AssignmentStatus, PlanTask, TaskAssignment, TaskAssignmentUpdate, TaskReviewStatus } from './rules';

const SIZE = 500;
const REF_STALE = 10 * 60_000;

interface Page<T> {
  items: T[];
  totalItems: number;
}

/** Every page of a list (a plan holds tens to hundreds of assignments: one or two requests). */
async function everyPage<T>(read: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; page < 200; page += 1) {
    const data = await read(page);
    items.push(...data.items);
    if (data.items.length === 0 || items.length >= data.totalItems) break;
  }
  return items;
}

export function fetchPlanAssignments(planId: string, unitId?: string): Promise<TaskAssignment[]> {
  return everyPage((page) =>
    unwrap(
      api.GET('/api/v1/plans/{planId}/task-assignments', {
        params: { path: { planId }, query: { unitId, page, size: SIZE } },
      }),
    ),
  );
}

/** The plan's task assignments (a unit's only, with `unitId`), in the plan's task order. */
export function usePlanAssignments(planId: string | undefined, unitId?: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: taskAssignmentKeys.plan(planId ?? '', unitId),
    queryFn: () => fetchPlanAssignments(planId!, unitId),
    enabled: Boolean(planId) && (options.enabled ?? true),
  });
}

const UNIT_SIZE = 200;

/**
 * A unit's assignments across every plan, in one call (`GET /task-assignments?unitId=`), each with its
 * plan's title and the task's content; a unit holds tens of them, so one page of 200 is usually all.
 */
export function useUnitAssignments(unitId: string | undefined) {
  return useQuery({
    queryKey: taskAssignmentKeys.unit(unitId ?? ''),
    queryFn: () =>
      everyPage((page) =>
        unwrap(api.GET('/api/v1/task-assignments', { params: { query: { unitId: unitId!, page, size: UNIT_SIZE } } })),
      ),
    enabled: Boolean(unitId),
  });
}

/**
 * The plan's task figures as the server keeps them: per task the counts, done, done on time, behind
 * schedule and the units not updated yet, behind schedule first; `unitId` and `status` filter what is
 * counted.
 */
export function usePlanTaskProgress(planId: string, filter: { unitId?: string; status?: AssignmentStatus }) {
  return useQuery({
    queryKey: taskProgressKeys.plan(planId, filter),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{planId}/task-progress', { params: { path: { planId }, query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** One page of one task's assignments in the plan, under the progress tab's filters. */
export function usePlanTaskAssignments(planId: string, taskId: string, filter: PlanTaskFilter) {
  return useQuery({
    queryKey: taskAssignmentKeys.planTask(planId, taskId, filter),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{planId}/task-assignments', {
          params: {
            path: { planId },
            query: {
              taskId,
              unitId: filter.unitId,
              status: filter.status as AssignmentStatus | undefined,
              reviewStatus: filter.reviewStatus as NonNullable<TaskReviewStatus> | undefined,
              page: filter.page,
              size: filter.size,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One page of a unit's assignments across plans, in the server's order (the soonest due first). */
export function useUnitAssignmentsPage(unitId: string, page: number, size: number) {
  return useQuery({
    queryKey: taskAssignmentKeys.unitPage(unitId, page, size),
    queryFn: () => unwrap(api.GET('/api/v1/task-assignments', { params: { query: { unitId, page, size } } })),
    placeholderData: keepPreviousData,
  });
}

/** The plan's tasks, for their content next to an assignment (read often, changed rarely). */
export function usePlanTaskRefs(planId: string | undefined) {
  return useQuery({
    queryKey: taskAssignmentKeys.tasks(planId ?? ''),
    queryFn: () =>
      everyPage<PlanTask>((page) =>
        unwrap(api.GET('/api/v1/plans/{planId}/tasks', { params: { path: { planId: planId! }, query: { page, size: SIZE } } })),
      ),
    enabled: Boolean(planId),
    staleTime: REF_STALE,
  });
}

export function useTaskAssignment(assignmentId: string | undefined) {
  return useQuery({
    queryKey: taskAssignmentKeys.detail(assignmentId ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/task-assignments/{assignmentId}', { params: { path: { assignmentId: assignmentId! } } })),
    enabled: Boolean(assignmentId),
  });
}

/** Every progress update of the assignment, oldest first. */
export function useAssignmentHistory(assignmentId: string | undefined) {
  return useQuery({
    queryKey: taskAssignmentKeys.history(assignmentId ?? ''),
    queryFn: () =>
      everyPage((page) =>
        unwrap(
          api.GET('/api/v1/task-assignments/{assignmentId}/history', {
            params: { path: { assignmentId: assignmentId! }, query: { page, size: SIZE } },
          }),
        ),
      ),
    enabled: Boolean(assignmentId),
  });
}

/** Records the unit's progress on the assignment read at `version` (If-Match). */
export function putProgress(assignmentId: string, version: number, body: TaskAssignmentUpdate): Promise<TaskAssignment> {
  return unwrap(
    api.PUT('/api/v1/task-assignments/{assignmentId}', {
      params: { path: { assignmentId }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  );
}

/** After a saved update: the assignment's own page shows it at once, lists and history refetch. */
export function progressSaved(client: QueryClient, saved: TaskAssignment) {
  client.setQueryData(taskAssignmentKeys.detail(saved.id), saved);
  void client.invalidateQueries({ queryKey: taskAssignmentKeys.lists() });
  void client.invalidateQueries({ queryKey: taskAssignmentKeys.history(saved.id) });
  void client.invalidateQueries({ queryKey: taskProgressKeys.all });
}

export type ReviewAction = 'accept' | 'return';

/** A coordinator accepts (optional remark) or returns (reason required) the unit's update read at `version`. */
export function reviewAssignment(action: ReviewAction, assignmentId: string, version: number, reason: string | undefined): Promise<TaskAssignment> {
  const params = { path: { assignmentId }, header: { 'If-Match': ifMatch(version) } };
  return action === 'return'
    ? unwrap(api.POST('/api/v1/task-assignments/{assignmentId}/return', { params, body: { reason: reason ?? '' } }))
    : unwrap(api.POST('/api/v1/task-assignments/{assignmentId}/accept', { params, body: reason ? { reason } : {} }));
}

/** The assignment's evidence files. */
export function useAssignmentFiles(assignmentId: string | undefined) {
  return useQuery({
    queryKey: taskAssignmentKeys.files(assignmentId ?? ''),
    queryFn: () =>
      everyPage((page) =>
        unwrap(
          api.GET('/api/v1/task-assignments/{assignmentId}/files', {
            params: { path: { assignmentId: assignmentId! }, query: { page, size: 100 } },
          }),
        ),
      ),
    enabled: Boolean(assignmentId),
  });
}

export function assignmentFilesUrl(assignmentId: string): string {
  return `/api/v1/task-assignments/${encodeURIComponent(assignmentId)}/files`;
}

export function assignmentFileHref(assignmentId: string, fileId: string): string {
  return `${assignmentFilesUrl(assignmentId)}/${encodeURIComponent(fileId)}`;
}

export function deleteAssignmentFile(assignmentId: string, fileId: string): Promise<unknown> {
  return unwrap(api.DELETE('/api/v1/task-assignments/{assignmentId}/files/{fileId}', { params: { path: { assignmentId, fileId } } }));
}

/**
 * After a file was added or removed: its list and the history (a FILE_ row) refetch; the detail is
 * left alone (a file is not a progress update), so a form being filled in keeps what it holds.
 */
export function filesChanged(client: QueryClient, assignmentId: string) {
  void client.invalidateQueries({ queryKey: taskAssignmentKeys.files(assignmentId) });
  void client.invalidateQueries({ queryKey: taskAssignmentKeys.history(assignmentId) });
}
