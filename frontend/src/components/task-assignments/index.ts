export { taskAssignmentKeys, taskProgressKeys, type PlanTaskFilter } from './keys';
export * from './rules';
export * from './queries';
export { TASK_ASSIGNMENT_NS } from './i18n';
export { ProgressFields } from './ProgressFields';
export { AssignmentHistory } from './AssignmentHistory';
export { LastUpdate } from './LastUpdate';
export { ReviewState, ReviewTag } from './ReviewState';
export { UnitTasksTable } from './UnitTasks';
