import { describe, expect, it } from 'vitest';
import { computeTotals, criteriaTree, flatten, scoredLeaves, subtotal } from './scoring';
import { RUBRIC } from './testData';

describe('the criteria tree for a unit kind', () => {
  it('takes a criterion not applicable to the kind out of its group and the maximum', () => {
    const tree = criteriaTree(RUBRIC, 'COMMUNE');
    const nodes = Object.fromEntries(flatten(tree).map((node) => [node.criterion.code, node]));
    expect(nodes['I.2'].applicable).toBe(false);
    expect(nodes['I.2'].max).toBe(0);
    expect(nodes.I.max).toBe(6);
    // a leaf's maximum for the kind
    expect(nodes['II.1'].max).toBe(8);
    expect(scoredLeaves(tree).map((node) => node.criterion.code)).toEqual(['I.1', 'II.1']);
    expect(computeTotals(RUBRIC, tree, {}, {}, 0).applicableMaximum).toBe(14);
  });

  it('keeps every criterion for a kind the rubric does not single out', () => {
    const tree = criteriaTree(RUBRIC, 'DEPARTMENT');
    expect(scoredLeaves(tree).map((node) => node.criterion.code)).toEqual(['I.1', 'I.2', 'II.1']);
    expect(tree.map((node) => node.max)).toEqual([10, 10]);
  });
});

describe('the running totals', () => {
  const tree = criteriaTree(RUBRIC, 'DEPARTMENT');

  it('adds half points without drift and ignores points of a criterion not applicable', () => {
    expect(subtotal(tree[0], { 'I.1': 0.1, 'I.2': 0.2 })).toBe(0.3);
    const commune = criteriaTree(RUBRIC, 'COMMUNE');
    expect(subtotal(commune[0], { 'I.1': 5, 'I.2': 4 })).toBe(5);
  });

  it('cuts each bonus to its rule, their sum to the cap, subtracts deductions and rates on the applicable maximum', () => {
    const totals = computeTotals(RUBRIC, tree, { 'I.1': 5, 'I.2': 3, 'II.1': 7.5 }, { MO_HINH: 9, SANG_KIEN: 2 }, 1);
    expect(totals).toMatchObject({ applicableMaximum: 20, raw: 15.5, bonus: 3, deduction: 1, total: 17.5, percent: 87.5 });
    expect(totals.band?.code).toBe('TOT');
  });

  it('keeps the total within 0 and the maximum', () => {
    expect(computeTotals(RUBRIC, tree, { 'I.1': 6, 'I.2': 4, 'II.1': 10 }, { MO_HINH: 3 }, 0).total).toBe(20);
    expect(computeTotals(RUBRIC, tree, { 'I.1': 0.5 }, {}, 2).total).toBe(0);
  });

  it('puts exactly 80 % in the band from 80 and 79.99 % below it', () => {
    expect(computeTotals(RUBRIC, tree, { 'I.1': 6, 'I.2': 4, 'II.1': 6 }, {}, 0).band?.code).toBe('TOT');
    const just = computeTotals({ ...RUBRIC, bands: RUBRIC.bands }, criteriaTree({ criteria: [{ code: 'A', title: 'A', maxPoints: 10000 }] }, 'DEPARTMENT'), { A: 7999 }, {}, 0);
    expect(just.percent).toBe(79.99);
    expect(just.band?.code).toBe('KHA');
  });

  it('has no percent and no band when nothing applies', () => {
    const none = criteriaTree({ criteria: [{ code: 'A', title: 'A', maxPoints: 5, notApplicableTo: ['COMMUNE'] }] }, 'COMMUNE');
    expect(computeTotals(RUBRIC, none, {}, {}, 0)).toMatchObject({ applicableMaximum: 0, percent: null, band: null });
  });
});
