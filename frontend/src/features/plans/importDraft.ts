import type { ObligationValues } from './ObligationsTab';
import { valuesToBody, type LegalBasisValues, type PlanFormValues } from './PlanFormDrawer';
import type { TargetValues } from './TargetsTab';
import type { TaskValues } from './TasksTab';
import { dueDayOf } from './timeFrames';
import { fromIso, textOrNull, toIso, type S } from './util';

export type PlanDraft = S['PlanDraft'];
export type SourceSpan = S['SourceSpan'];

/** A task of the draft: the task form's values, with the unit names that matched nothing and its source. */
export interface ImportTaskValues extends TaskValues {
  /** The units the text names that matched no org unit: shown, not sent. */
  leadUnmatched?: string[];
  coordinatingUnmatched?: string[];
  /** The unit groups the names matched ("Các sở, ban, ngành tỉnh Tây Ninh"): shown; their ids are sent. */
  leadGroupNames?: string[];
  coordinatingGroupNames?: string[];
  source?: SourceSpan;
}

export interface ImportTargetValues extends TargetValues {
  /** Whom the text counts (units, communes, officials): a hint for choosing the group. */
  drafted?: S['DraftPopulation'];
  source?: SourceSpan;
}

export interface ImportObligationValues extends ObligationValues {
  source?: SourceSpan;
}

export interface ImportFormValues extends PlanFormValues {
  legalBases?: (LegalBasisValues & { source?: SourceSpan })[];
  tasks?: ImportTaskValues[];
  targets?: ImportTargetValues[];
  obligations?: ImportObligationValues[];
}

const cut = (text: string | null | undefined, max: number) => (text && text.length > max ? text.slice(0, max) : (text ?? ''));

/** The draft the server read, as the values of the review form. */
export function draftToValues(draft: PlanDraft): ImportFormValues {
  const matched = (units: S['DraftUnit'][]) => [...new Set(units.flatMap((unit) => (unit.unitId ? [unit.unitId] : [])))];
  const unmatched = (units: S['DraftUnit'][]) => units.filter((unit) => !unit.unitId && !unit.groupId).map((unit) => unit.text);
  const groupIds = (units: S['DraftUnit'][]) => [...new Set(units.flatMap((unit) => (!unit.unitId && unit.groupId ? [unit.groupId] : [])))];
  const groupNames = (units: S['DraftUnit'][]) => [
    ...new Set(units.flatMap((unit) => (!unit.unitId && unit.groupId ? [unit.groupName ?? unit.text] : []))),
  ];
  return {
    issuerId: draft.issuerUnitId ?? null,
    number: draft.numberValue ?? null,
    symbol: draft.symbol ?? null,
    issuePlace: draft.issuePlace ?? null,
    issueDate: fromIso(draft.issueDate),
    title: draft.title ?? '',
    periodStart: draft.periodStart ?? null,
    periodEnd: draft.periodEnd ?? null,
    implements: draft.implements ?? null,
    legalBases: draft.legalBases.map((basis) => ({
      type: basis.type,
      number: basis.number,
      date: fromIso(basis.date),
      issuingBody: basis.issuingBody ?? null,
      title: null,
      source: basis.source,
    })),
    purposes: draft.purposes.map((purpose) => purpose.text),
    signer: {
      name: draft.signer?.name ?? null,
      position: draft.signer?.position ?? null,
      capacity: draft.signer?.capacity ?? null,
    },
    recipients: draft.recipients.map((recipient) => recipient.text),
    // the duties of "Tổ chức thực hiện" are saved as tasks too (section DUTY), after the plan's own tasks
    tasks: [...draft.tasks, ...(draft.duties ?? [])].map((task) => ({
      ordinal: task.ordinal,
      section: task.section ?? 'TASK',
      content: task.content,
      directedBy: task.directedBy ?? null,
      leadUnitIds: matched(task.leadUnits),
      leadGroupIds: groupIds(task.leadUnits),
      leadText: task.leadText ?? null,
      coordinatingUnitIds: matched(task.coordinatingUnits),
      coordinatingGroupIds: groupIds(task.coordinatingUnits),
      coordinatingText: task.coordinatingText ?? null,
      // a task whose text gives no time frame runs for the plan's whole period
      timeFrame: task.timeFrame
        ? { kind: task.timeFrame.kind, dueDate: fromIso(task.timeFrame.dueDate), text: task.timeFrame.text }
        : { kind: 'WHOLE_PERIOD', dueDate: null, text: null },
      leadUnmatched: unmatched(task.leadUnits),
      coordinatingUnmatched: unmatched(task.coordinatingUnits),
      leadGroupNames: groupNames(task.leadUnits),
      coordinatingGroupNames: groupNames(task.coordinatingUnits),
      source: task.source,
    })),
    targets: draft.targets.map((target) => ({
      ordinal: target.ordinal,
      statement: target.statement,
      comparator: target.comparator ?? 'NONE',
      thresholdPercent: target.thresholdPercent ?? null,
      population: { groupId: null, basis: target.population === 'OFFICIALS' ? 'OFFICIALS' : 'UNITS' },
      // nothing in the text says how a target is measured: a coordinator records it until told otherwise
      measure: { kind: 'MANUAL', obligationId: null, minimumRating: null },
      drafted: target.population,
      source: target.source,
    })),
    obligations: draft.deadlines.map((deadline) => ({
      kind: deadline.kind,
      title: cut(deadline.what, 500),
      groupId: null,
      schedule: deadline.dueMonthDay ? 'yearly' : 'once',
      dueDate: fromIso(deadline.dueDate),
      dueMonthDay: deadline.dueMonthDay ?? null,
      graceDays: 0,
      sourcePhrase: cut(deadline.phrase, 500) || null,
      recipient: null,
      source: deadline.source,
    })),
  };
}

/** What "Lưu thành kế hoạch" sends: the plan with its tasks, targets and obligations, in one request. */
export function valuesToCreateBody(values: ImportFormValues): S['PlanWrite'] {
  return {
    ...valuesToBody(values),
    tasks: (values.tasks ?? []).map((task) => {
      const kind = task.timeFrame?.kind ?? 'WHOLE_PERIOD';
      return {
        ordinal: (task.ordinal ?? '').trim(),
        section: task.section ?? 'TASK',
        content: (task.content ?? '').trim(),
        directedBy: textOrNull(task.directedBy),
        leadUnitIds: task.leadUnitIds ?? [],
        leadGroupIds: task.leadGroupIds ?? [],
        leadText: textOrNull(task.leadText),
        coordinatingUnitIds: task.coordinatingUnitIds ?? [],
        coordinatingGroupIds: task.coordinatingGroupIds ?? [],
        coordinatingText: textOrNull(task.coordinatingText),
        // a month or a quarter goes as its last day, from which the server reads which one it is
        timeFrame: {
          kind,
          dueDate: dueDayOf(kind, task.timeFrame?.dueDate),
          text: textOrNull(task.timeFrame?.text),
        },
      };
    }),
    targets: (values.targets ?? []).map((target) => {
      const kind = target.measure?.kind ?? 'MANUAL';
      const qualitative = !target.comparator || target.comparator === 'NONE';
      return {
        ordinal: (target.ordinal ?? '').trim(),
        statement: (target.statement ?? '').trim(),
        comparator: qualitative ? null : (target.comparator as 'GTE' | 'GT'),
        thresholdPercent: qualitative ? null : (target.thresholdPercent ?? null),
        population: { groupId: target.population?.groupId ?? '', basis: target.population?.basis ?? 'UNITS' },
        measure: {
          kind,
          obligationId: kind === 'SUBMISSION' || kind === 'REPORTED' ? (target.measure?.obligationId ?? null) : null,
          minimumRating: kind === 'RATING' ? textOrNull(target.measure?.minimumRating) : null,
        },
      };
    }),
    obligations: (values.obligations ?? []).map((obligation) => {
      const yearly = obligation.schedule === 'yearly';
      return {
        kind: obligation.kind ?? 'AD_HOC',
        title: (obligation.title ?? '').trim(),
        groupId: obligation.groupId ?? '',
        dueDate: yearly ? null : toIso(obligation.dueDate),
        dueMonthDay: yearly ? (obligation.dueMonthDay ?? null) : null,
        graceDays: obligation.graceDays ?? 0,
        sourcePhrase: textOrNull(obligation.sourcePhrase),
        recipient: textOrNull(obligation.recipient),
      };
    }),
  };
}

/** The source of a scalar field of the form, by the name the draft's `sources` gives it. */
export const SCALAR_SOURCES: Record<string, string> = {
  issuerId: 'issuer',
  number: 'number',
  symbol: 'number',
  issuePlace: 'issuePlace',
  issueDate: 'issueDate',
  title: 'title',
  periodStart: 'period',
  periodEnd: 'period',
  implements: 'implements',
  documentType: 'documentType',
};
