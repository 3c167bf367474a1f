import type { Assessment, Rubric } from './scoring';

/** A small rubric: two groups, one criterion not applicable to communes, another with a commune maximum. */
export const RUBRIC: Rubric = {
  id: 'r1',
  name: 'Bảng điểm mẫu',
  decisionNumber: '908/QĐ-UBND',
  decisionDate: '2023-05-12',
  issuerUnitId: 'u-tn',
  validFromYear: 2023,
  validToYear: 2025,
  versionNumber: 1,
  status: 'FROZEN',
  criteria: [
    { code: 'I', title: 'Công tác lãnh đạo, chỉ đạo', maxPoints: 10 },
    { code: 'I.1', parentCode: 'I', title: 'Ban hành kế hoạch', maxPoints: 6, evidence: 'Kế hoạch của đơn vị' },
    { code: 'I.2', parentCode: 'I', title: 'Kiểm tra, giám sát', maxPoints: 4, notApplicableTo: ['COMMUNE'] },
    { code: 'II', title: 'Thực hiện dân chủ ở cơ sở', maxPoints: 10 },
    { code: 'II.1', parentCode: 'II', title: 'Công khai thông tin', maxPoints: 10, kindMaxima: [{ kind: 'COMMUNE', maxPoints: 8 }] },
  ],
  bonusRules: [
    { code: 'MO_HINH', description: 'Mô hình được công nhận cấp tỉnh', maxPoints: 5 },
    { code: 'SANG_KIEN', description: 'Sáng kiến được áp dụng', maxPoints: 2 },
  ],
  bonusCap: 3,
  deductionRules: [{ code: 'TRE_HAN', description: 'Mỗi báo cáo trễ hạn', basis: 'LATE_REPORT', pointsEach: 0.5, maxPoints: 2 }],
  deductionCap: 5,
  bands: [
    { code: 'TOT', labelVi: 'Tốt', labelEn: 'Good', minPercentInclusive: 80 },
    { code: 'KHA', labelVi: 'Khá', labelEn: 'Fair', minPercentInclusive: 70 },
    { code: 'TRUNG_BINH', labelVi: 'Trung bình', labelEn: 'Average', minPercentInclusive: 50 },
    { code: 'KEM', labelVi: 'Kém', labelEn: 'Poor', minPercentInclusive: 0 },
  ],
  maxima: [
    { kind: 'DEPARTMENT', maxPoints: 20 },
    { kind: 'COMMUNE', maxPoints: 14 },
  ],
  version: 2,
};

const ZERO = {
  unitKind: 'DEPARTMENT' as const,
  applicableMaximum: 20,
  rawScore: 0,
  bonuses: [],
  bonusTotal: 0,
  deductions: [{ code: 'TRE_HAN', basis: 'LATE_REPORT' as const, count: 2, points: 1 }],
  deductionTotal: 1,
  total: 0,
  // not scored yet ("chưa chấm"): no percent and no band, never the lowest band "Kém"
  percent: null,
  rated: false,
  scored: false,
  band: null,
};

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'as1',
    unitId: 'u-snv',
    unitName: 'Sở Nội vụ tỉnh Tây Ninh',
    unitKind: 'DEPARTMENT',
    rubricId: 'r1',
    year: 2024,
    status: 'DRAFT',
    eligible: true,
    scores: [],
    bonuses: [],
    lateReports: 2,
    missingReports: 0,
    selfScore: ZERO,
    appraisedScore: ZERO,
    version: 3,
    ...overrides,
  };
}

/** A submitted sheet: 5 of 6, 3 of 4, 9 of 10 claimed, 2 bonus points claimed; total 18 (90 %). */
export const SUBMITTED = assessment({
  status: 'SUBMITTED',
  selfNote: 'Tự chấm theo Quyết định 908',
  scores: [
    { code: 'I.1', selfPoints: 5, note: 'Kế hoạch số 45/KH-SNV ngày 02/4/2024', evidence: [{ label: 'Kế hoạch số 45/KH-SNV', url: 'https://snv.example/45.pdf' }] },
    { code: 'I.2', selfPoints: 3, evidence: [] },
    { code: 'II.1', selfPoints: 9, evidence: [] },
  ],
  bonuses: [{ code: 'MO_HINH', selfPoints: 2 }],
  selfScore: {
    ...ZERO,
    rawScore: 17,
    bonuses: [{ code: 'MO_HINH', claimed: 2, granted: 2 }],
    bonusTotal: 2,
    total: 18,
    percent: 90,
    rated: true,
    scored: true,
    band: { code: 'TOT', labelVi: 'Tốt', labelEn: 'Good', minPercentInclusive: 80 },
  },
  submittedAt: '2024-11-12T03:00:00Z',
  version: 5,
});
