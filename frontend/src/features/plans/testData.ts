import type { components } from '@/api/schema';

type S = components['schemas'];

/** Demo-like answers of the API for the plans feature's component tests. */
export const ISSUER: S['OrgUnit'] = { id: 'u-tn', code: 'TN', name: 'UBND tỉnh Tây Ninh', kind: 'PROVINCE', headcounts: [], version: 0 };
export const SNV: S['OrgUnit'] = { id: 'u-snv', code: 'TN.SNV', name: 'Sở Nội vụ tỉnh Tây Ninh', kind: 'DEPARTMENT', parentId: 'u-tn', headcounts: [], version: 0 };
export const DUYEN_HAI: S['OrgUnit'] = { id: 'u-dh', code: 'TV.DH', name: 'UBND thị xã Duyên Hải', kind: 'DISTRICT', headcounts: [], version: 0 };

export const ISSUED_PLAN: S['Plan'] = {
  id: 'p1',
  number: 859,
  symbol: 'KH-UBND',
  reference: '859/KH-UBND',
  issuerId: 'u-tn',
  title: 'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
  issuePlace: 'Tây Ninh',
  issueDate: '2024-03-25',
  periodStart: 2024,
  periodEnd: 2024,
  implements: 'Chương trình phối hợp số 04-CTr/BDVTU-BCSDUBND ngày 21/10/2021',
  legalBases: [
    { type: 'QUYET_DINH', number: '23-QĐ/TW', date: '2021-07-30', issuingBody: 'Ban Chấp hành Trung ương', title: 'ban hành Quy chế công tác dân vận của hệ thống chính trị' },
    { type: 'CHI_THI', number: '33/CT-TTg', date: '2021-11-26', issuingBody: 'Thủ tướng Chính phủ', title: null },
  ],
  purposes: ['Triển khai thực hiện công tác dân vận trong cơ quan hành chính nhà nước đồng bộ, hiệu quả.'],
  signer: { name: 'Võ Đức Trọng', position: 'Phó Chủ tịch', capacity: 'KT' },
  recipients: ['Bộ Nội vụ', 'Ban Dân vận Tỉnh ủy'],
  parentPlanId: null,
  status: 'ISSUED',
  version: 1,
};

export const DRAFT_PLAN: S['Plan'] = {
  ...ISSUED_PLAN,
  id: 'p2',
  number: null,
  symbol: null,
  reference: null,
  issueDate: null,
  title: 'Thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Trà Vinh giai đoạn 2022 - 2026',
  periodStart: 2022,
  periodEnd: 2026,
  status: 'DRAFT',
  version: 3,
};

export const TASKS: S['PlanTask'][] = [
  {
    id: 't1',
    planId: 'p1',
    ordinal: 'II.1',
    content: 'Quán triệt, học tập các Chỉ thị, Nghị quyết của Đảng\n- Tiếp tục tuyên truyền, quán triệt các văn bản.',
    directedBy: 'Chánh Văn phòng UBND tỉnh',
    section: 'TASK',
    leadUnitIds: ['u-snv'],
    leadGroupIds: [],
    coordinatingUnitIds: [],
    coordinatingGroupIds: [],
    leadText: 'Sở Nội vụ và các phòng, ban',
    coordinatingText: null,
    timeFrame: { kind: 'CONTINUOUS', dueDate: null, text: 'Thường xuyên trong năm 2024' },
    version: 0,
  },
  {
    id: 't2',
    planId: 'p1',
    ordinal: 'II.2',
    content: 'Tổng kết công tác dân vận chính quyền năm 2024',
    section: 'TASK',
    leadUnitIds: [],
    leadGroupIds: [],
    coordinatingUnitIds: [],
    coordinatingGroupIds: [],
    timeFrame: { kind: 'BY_DATE', dueDate: '2024-12-15', text: null },
    version: 2,
  },
];

export const OBLIGATIONS: S['Obligation'][] = [
  {
    id: 'o1',
    planId: 'p1',
    kind: 'UNIT_PLAN',
    title: 'Gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của cơ quan, đơn vị',
    groupId: 'g1',
    dueDate: '2024-04-10',
    dueMonthDay: null,
    graceDays: 0,
    sourcePhrase: 'chậm nhất ngày 10/4/2024',
    recipient: 'UBND tỉnh (qua Sở Nội vụ)',
    version: 0,
  },
  {
    id: 'o2',
    planId: 'p1',
    kind: 'SEMIANNUAL_REPORT',
    title: 'Báo cáo 06 tháng về kết quả công tác dân vận chính quyền',
    groupId: 'g1',
    dueDate: null,
    dueMonthDay: '--06-10',
    graceDays: 3,
    sourcePhrase: 'trước ngày 10 tháng 6 hàng năm',
    recipient: null,
    version: 4,
  },
];

export const GROUP: S['UnitGroup'] = {
  id: 'g1',
  code: 'TN-CO-QUAN-DON-VI',
  name: 'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố tỉnh Tây Ninh',
  kinds: ['DEPARTMENT', 'DISTRICT'],
  scopeUnitId: 'u-tn',
  memberIds: [],
  version: 0,
};

export const TARGETS: S['Target'][] = [
  {
    id: 'tg1',
    planId: 'p1',
    ordinal: 'III.2',
    statement: '100% các sở, ban, ngành có xây dựng Kế hoạch thực hiện công tác dân vận chính quyền.',
    comparator: 'GTE',
    thresholdPercent: 100,
    population: { groupId: 'g1', basis: 'UNITS' },
    measure: { kind: 'SUBMISSION', obligationId: 'o1', minimumRating: null },
    missingData: 'COUNT_AS_NOT_MET',
    allowMetOnPartialData: false,
    verdict: null,
    version: 0,
  },
  {
    id: 'tg2',
    planId: 'p1',
    ordinal: 'III.4',
    statement: '100% các xã, phường triển khai thực hiện nghiêm túc Quy chế dân chủ ở cơ sở.',
    comparator: 'GTE',
    thresholdPercent: 100,
    population: { groupId: 'g1', basis: 'UNITS' },
    measure: { kind: 'MANUAL', obligationId: null, minimumRating: null },
    missingData: 'COUNT_AS_NOT_MET',
    allowMetOnPartialData: false,
    verdict: null,
    version: 0,
  },
];

export const ATTAINMENT: S['AttainmentReport'] = {
  planId: 'p1',
  asOf: '2024-11-20',
  targets: [
    {
      targetId: 'tg1',
      ordinal: 'III.2',
      statement: TARGETS[0].statement,
      measure: 'SUBMISSION',
      comparator: 'GTE',
      thresholdPercent: 100,
      periodId: 'pe1',
      year: 2024,
      dueDate: '2024-04-10',
      numerator: 24,
      denominator: 36,
      valuePercent: 66.7,
      status: 'NOT_MET',
      reason: null,
      missingData: 'COUNT_AS_NOT_MET',
      allowMetOnPartialData: false,
      coverage: { populationUnits: 36, unitsWithData: 24, unitsWithoutData: 12, unitsNotEligible: 0 },
      byKind: [],
    },
    {
      targetId: 'tg2',
      ordinal: 'III.4',
      statement: TARGETS[1].statement,
      measure: 'MANUAL',
      comparator: 'GTE',
      thresholdPercent: 100,
      status: 'NO_DATA',
      reason: 'Chưa có đánh giá của cơ quan tổng hợp.',
      missingData: 'COUNT_AS_NOT_MET',
      allowMetOnPartialData: false,
      coverage: null,
      byKind: [],
    },
  ],
};

export const PERIODS: S['ObligationPeriod'][] = [
  { id: 'pe22', obligationId: 'o2', year: 2022, dueDate: '2022-06-10' },
  { id: 'pe23', obligationId: 'o2', year: 2023, dueDate: '2023-06-10' },
];

export const EXTENSIONS: S['Extension'][] = [
  { id: 'x1', obligationId: 'o2', periodId: 'pe23', unitId: 'u-dh', dueDate: '2023-06-25', reason: 'Đơn vị đang kiện toàn tổ chức bộ máy.', version: 2 },
];

export const UNITS: Record<string, S['OrgUnit']> = { 'u-tn': ISSUER, 'u-snv': SNV, 'u-dh': DUYEN_HAI };
