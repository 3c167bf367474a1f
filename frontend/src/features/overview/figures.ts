import type { components } from '@/api/schema';

type S = components['schemas'];
export type Plan = S['Plan'];
export type CompletenessReport = S['CompletenessReport'];
export type PeriodCompleteness = S['PeriodCompleteness'];
export type AttainmentReport = S['AttainmentReport'];
export type TargetAttainment = S['TargetAttainment'];
export type TaskProgressReport = S['TaskProgressReport'];
export type TaskProgress = S['TaskProgress'];

/** The plan's tasks behind schedule (chậm tiến độ), in the plan's order as the report lists them. */
export function behindScheduleTasks(report: TaskProgressReport): TaskProgress[] {
  return report.tasks.filter((task) => task.behindSchedule);
}

/**
 * For each obligation, its latest period due on or before the report's day (`asOf`), the most
 * recently due first: what a leader asks about ("how did the units do with the last report due?").
 */
export function latestDuePeriods(report: CompletenessReport): PeriodCompleteness[] {
  const latest = new Map<string, PeriodCompleteness>();
  for (const period of report.periods) {
    if (period.dueDate > report.asOf) continue;
    const known = latest.get(period.obligationId);
    if (!known || period.dueDate > known.dueDate) latest.set(period.obligationId, period);
  }
  return [...latest.values()].sort((a, b) => b.dueDate.localeCompare(a.dueDate) || a.obligationTitle.localeCompare(b.obligationTitle));
}

/** The first period still to come after `asOf`, if any. */
export function nextPeriod(report: CompletenessReport): PeriodCompleteness | undefined {
  return report.periods
    .filter((period) => period.dueDate > report.asOf)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

export interface TargetCounts {
  MET: number;
  NOT_MET: number;
  NO_DATA: number;
  total: number;
}

export function countTargets(report: AttainmentReport): TargetCounts {
  const counts: TargetCounts = { MET: 0, NOT_MET: 0, NO_DATA: 0, total: report.targets.length };
  for (const target of report.targets) counts[target.status] += 1;
  return counts;
}

/** The plans a leader follows now: every issued plan and this year's plans that are not drafts. */
export function currentPlans(issued: Plan[], thisYear: Plan[]): Plan[] {
  const byId = new Map<string, Plan>();
  for (const plan of [...issued, ...thisYear]) {
    if (plan.status !== 'DRAFT' && !byId.has(plan.id)) byId.set(plan.id, plan);
  }
  return [...byId.values()].sort(
    (a, b) => (b.issueDate ?? '').localeCompare(a.issueDate ?? '') || a.title.localeCompare(b.title),
  );
}
