import type { components } from '@/api/schema';

type S = components['schemas'];

/** Sample answers of the API for the component tests of the submission pages. */
export const PLAN: S['Plan'] = {
  id: 'p1',
  number: 859,
  symbol: 'KH-UBND',
  reference: '859/KH-UBND',
  issuerId: 'u-ubnd',
  title: 'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
  periodStart: 2024,
  periodEnd: 2024,
  legalBases: [],
  purposes: [],
  recipients: [],
  status: 'ISSUED',
  version: 1,
};

export const OBLIGATION: S['Obligation'] = {
  id: 'o1',
  planId: 'p1',
  kind: 'ANNUAL_REPORT',
  title: 'Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024',
  groupId: 'g1',
  dueDate: '2024-11-01',
  graceDays: 0,
  version: 0,
};

export const PERIOD: S['ObligationPeriod'] = { id: 'pe1', obligationId: 'o1', year: 2024, dueDate: '2024-11-01' };

export const TARGET: S['Target'] = {
  id: 't1',
  planId: 'p1',
  ordinal: 'III.1',
  statement: '100% cán bộ, công chức, viên chức được học tập, quán triệt các Chỉ thị, Nghị quyết về công tác dân vận.',
  comparator: 'GTE',
  thresholdPercent: 100,
  population: { groupId: 'g1', basis: 'OFFICIALS' },
  measure: { kind: 'REPORTED', obligationId: 'o1' },
  missingData: 'COUNT_AS_NOT_MET',
  allowMetOnPartialData: false,
  version: 0,
};

export const TARGET_2: S['Target'] = {
  ...TARGET,
  id: 't2',
  ordinal: 'III.2',
  statement: '100% cơ quan, đơn vị tổ chức đối thoại với Nhân dân.',
};

export const RATING_TARGET: S['Target'] = {
  ...TARGET,
  id: 't9',
  ordinal: 'III.6',
  statement: 'Trên 90% cơ quan được xếp loại Tốt.',
  measure: { kind: 'RATING', minimumRating: 'TOT' },
};

export const UNIT: S['OrgUnit'] = {
  id: 'u-snv',
  code: 'TN.SNV',
  name: 'Sở Nội vụ tỉnh Tây Ninh',
  kind: 'DEPARTMENT',
  headcounts: [],
  version: 0,
} as S['OrgUnit'];

export function submission(overrides: Partial<S['Submission']> = {}): S['Submission'] {
  return {
    id: 's1',
    planId: 'p1',
    obligationId: 'o1',
    periodId: 'pe1',
    unitId: 'u-snv',
    unitName: 'Sở Nội vụ tỉnh Tây Ninh',
    status: 'SUBMITTED',
    sections: {
      results: 'Đã quán triệt Chỉ thị số 33/CT-TTg đến toàn thể cán bộ, công chức.',
      shortcomings: 'Một số nội dung triển khai còn chậm.',
      causes: null,
      directions: 'Gắn công tác dân vận với cải cách hành chính.',
      recommendations: null,
    },
    values: [{ targetId: 't1', numerator: 94, denominator: 96 }],
    documentNumber: '312/BC-SNV',
    documentDate: '2024-10-28',
    effectiveDueDate: '2024-11-01',
    timeliness: 'ON_TIME',
    firstSubmittedAt: '2024-10-29T12:00:00Z',
    submittedAt: '2024-10-29T12:00:00Z',
    version: 3,
    ...overrides,
  };
}

export const HISTORY: S['Transition'][] = [
  { fromStatus: null, toStatus: 'DRAFT', actor: 'tn.snv', at: '2024-10-20T12:00:00Z', reason: null },
  { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actor: 'tn.snv', at: '2024-10-29T12:00:00Z', reason: null },
];

export const RETURNED_HISTORY: S['Transition'][] = [
  ...HISTORY,
  {
    fromStatus: 'SUBMITTED',
    toStatus: 'RETURNED',
    actor: 'sonoivu',
    at: '2024-11-04T12:00:00Z',
    reason: 'Bổ sung số liệu cán bộ, công chức được tập huấn và tài liệu kiểm chứng.',
  },
];

export const ATTACHMENT: S['Attachment'] = {
  id: 'a1',
  fileName: 'bao-cao-dan-van-2024.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 284113,
  sha256: '9f2c',
  createdAt: '2024-10-30T08:00:00Z',
};

/** The look-ups every submission page makes: plan, obligation, periods, targets, unit. */
export const REF_ROUTES = {
  'GET /api/v1/plans/p1': () => PLAN,
  'GET /api/v1/plans/p1/obligations/o1': () => OBLIGATION,
  'GET /api/v1/obligations/o1/periods': () => ({ items: [PERIOD], page: 0, size: 500, totalItems: 1 }),
  'GET /api/v1/plans/p1/targets/t1': () => TARGET,
  'GET /api/v1/plans/p1/targets/t2': () => TARGET_2,
  'GET /api/v1/org-units/u-snv': () => UNIT,
  // an annual report lists the unit's tasks: none unless a test gives some
  'GET /api/v1/plans/p1/task-assignments': () => ({ items: [], page: 0, size: 500, totalItems: 0 }),
  'GET /api/v1/plans/p1/tasks': () => ({ items: [], page: 0, size: 500, totalItems: 0 }),
};
