import type { components } from '@/api/schema';

type S = components['schemas'];
export type Rubric = S['Rubric'];
export type Criterion = S['RubricCriterion'];
export type Assessment = S['Assessment'];
export type UnitKind = S['OrgUnitKind'];
export type Band = S['RubricBand'];

/** One criterion placed in the tree for a unit kind: its maximum for that kind, or not applicable. */
export interface Node {
  criterion: Criterion;
  depth: number;
  applicable: boolean;
  /** The maximum for the unit's kind (a group: the sum of its applicable leaves); 0 when not applicable. */
  max: number;
  children: Node[];
  leaf: boolean;
}

/** Hundredths, so that sums of half points never drift (0.1 + 0.2). */
const cents = (value: number) => Math.round(value * 100);
const fromCents = (value: number) => value / 100;

/** The criteria as a tree for one unit kind; a criterion not applicable to the kind takes its subtree with it. */
export function criteriaTree(rubric: Pick<Rubric, 'criteria'>, kind: UnitKind): Node[] {
  const byParent = new Map<string | null, Criterion[]>();
  for (const criterion of rubric.criteria) {
    const parent = criterion.parentCode ?? null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), criterion]);
  }
  const build = (criterion: Criterion, depth: number, parentApplicable: boolean): Node => {
    const applicable = parentApplicable && !(criterion.notApplicableTo ?? []).includes(kind);
    const children = (byParent.get(criterion.code) ?? []).map((child) => build(child, depth + 1, applicable));
    const leaf = children.length === 0;
    const own = criterion.kindMaxima?.find((entry) => entry.kind === kind)?.maxPoints ?? criterion.maxPoints;
    const max = !applicable ? 0 : leaf ? own : fromCents(children.reduce((sum, child) => sum + cents(child.max), 0));
    return { criterion, depth, applicable, max, children, leaf };
  };
  return (byParent.get(null) ?? []).map((root) => build(root, 0, true));
}

/** Every node, parents before children, as the sheet lists them. */
export function flatten(nodes: Node[]): Node[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The leaves the unit scores: applicable ones, in the rubric's order. */
export function scoredLeaves(nodes: Node[]): Node[] {
  return flatten(nodes).filter((node) => node.leaf && node.applicable);
}

export type Points = Record<string, number | null | undefined>;

/** The points a group (or a leaf) adds up to from the leaves' points. */
export function subtotal(node: Node, points: Points): number {
  if (!node.applicable) return 0;
  if (node.leaf) return fromCents(cents(Math.min(Math.max(points[node.criterion.code] ?? 0, 0), node.max)));
  return fromCents(node.children.reduce((sum, child) => sum + cents(subtotal(child, points)), 0));
}

export interface Totals {
  applicableMaximum: number;
  raw: number;
  bonus: number;
  deduction: number;
  total: number;
  percent: number | null;
  band: Band | null;
  /** False while no criterion has points: not scored yet ("chưa chấm"), no percent and no band. */
  scored: boolean;
}

/** 2 decimals, half up, as the server rounds the percent. */
export function roundPercent(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * The running totals of a sheet, as the server computes them (POST /rubrics/{id}/score): raw points of
 * the applicable leaves; each bonus cut to its rule's maximum, then their sum to `bonusCap`; minus the
 * deductions (the server counts them from the unit's late and missing reports); the total kept within
 * [0, applicable maximum]; the percent of that maximum; the highest band the percent reaches.
 */
export function computeTotals(
  rubric: Pick<Rubric, 'bonusRules' | 'bonusCap' | 'bands'>,
  nodes: Node[],
  points: Points,
  bonuses: Points,
  deduction: number,
): Totals {
  const applicableMaximum = fromCents(nodes.reduce((sum, node) => sum + cents(node.max), 0));
  const raw = fromCents(nodes.reduce((sum, node) => sum + cents(subtotal(node, points)), 0));
  let bonusCents = rubric.bonusRules.reduce(
    (sum, rule) => sum + cents(Math.min(Math.max(bonuses[rule.code] ?? 0, 0), rule.maxPoints)),
    0,
  );
  if (rubric.bonusCap !== null && rubric.bonusCap !== undefined) bonusCents = Math.min(bonusCents, cents(rubric.bonusCap));
  const bonus = fromCents(bonusCents);
  const totalCents = Math.min(Math.max(cents(raw) + bonusCents - cents(deduction), 0), cents(applicableMaximum));
  const total = fromCents(totalCents);
  // as the server: a sheet with no points on any criterion is not scored, never the lowest band
  const scored = Object.values(points).some((value) => value !== null && value !== undefined);
  if (applicableMaximum === 0 || !scored) return { applicableMaximum, raw, bonus, deduction, total, percent: null, band: null, scored };
  const percent = roundPercent((total / applicableMaximum) * 100);
  const band =
    [...rubric.bands].sort((a, b) => b.minPercentInclusive - a.minPercentInclusive).find((b) => percent >= b.minPercentInclusive) ?? null;
  return { applicableMaximum, raw, bonus, deduction, total, percent, band, scored };
}

export function bandLabel(band: Pick<Band, 'labelVi' | 'labelEn'> | null | undefined, lang: string): string {
  if (!band) return '';
  return lang.startsWith('en') ? band.labelEn : band.labelVi;
}
