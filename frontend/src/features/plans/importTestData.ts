import type { components } from '@/api/schema';

type S = components['schemas'];

/** A short plan as the server's reader would give it back: text and the draft read from it, sources by offsets. */
export const IMPORT_TEXT = [
  'ỦY BAN NHÂN DÂN TỈNH TÂY NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 859/KH-UBND | Tây Ninh, ngày 25 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
  'Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ;',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Triển khai công tác dân vận chính quyền đồng bộ, hiệu quả.',
  'II. NỘI DUNG',
  '1. Quán triệt các văn bản về công tác dân vận. Chủ trì: Sở Nội vụ; phối hợp: Công an tỉnh.',
  '2. Tổ chức đối thoại với Nhân dân. Chủ trì: UBND các huyện.',
  'III. CHỈ TIÊU',
  '1. 100% cán bộ, công chức, viên chức được học tập quy chế dân chủ.',
  'IV. TỔ CHỨC THỰC HIỆN',
  'Các đơn vị gửi kế hoạch thực hiện về UBND tỉnh (qua Sở Nội vụ) chậm nhất ngày 10/4/2024.',
  'Nơi nhận:',
  '- Ban Dân vận Tỉnh ủy;',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Võ Đức Trọng',
].join('\n');

const DUTY = 'Các đơn vị gửi kế hoạch thực hiện về UBND tỉnh (qua Sở Nội vụ) chậm nhất ngày 10/4/2024.';

/** Where `part` is in the text (the first time it occurs), as the server names a source. */
export function span(part: string, from = 0): S['SourceSpan'] {
  const start = IMPORT_TEXT.indexOf(part, from);
  if (start < 0) throw new Error(`not in the text: ${part}`);
  return { start, end: start + part.length, line: IMPORT_TEXT.slice(0, start).split('\n').length };
}

const TASK1 = '1. Quán triệt các văn bản về công tác dân vận. Chủ trì: Sở Nội vụ; phối hợp: Công an tỉnh.';
const TASK2 = '2. Tổ chức đối thoại với Nhân dân. Chủ trì: UBND các huyện.';
const TARGET1 = '100% cán bộ, công chức, viên chức được học tập quy chế dân chủ.';
const DEADLINE = 'Các đơn vị gửi kế hoạch thực hiện về UBND tỉnh (qua Sở Nội vụ) chậm nhất ngày 10/4/2024.';

export const DRAFT: S['PlanDraft'] = {
  text: IMPORT_TEXT,
  documentType: 'KE_HOACH',
  number: '859/KH-UBND',
  numberValue: 859,
  symbol: 'KH-UBND',
  issuer: 'UBND tỉnh Tây Ninh',
  issuerUnitId: 'u-tn',
  issuePlace: 'Tây Ninh',
  issueDate: '2024-03-25',
  title: 'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
  periodStart: 2024,
  periodEnd: 2024,
  implements: null,
  sources: {
    number: span('859/KH-UBND'),
    issuer: span('ỦY BAN NHÂN DÂN TỈNH TÂY NINH'),
    issuePlace: span('Tây Ninh,'),
    issueDate: span('ngày 25 tháng 3 năm 2024'),
    title: span('Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh'),
    period: span('năm 2024 trên'),
    documentType: span('KẾ HOẠCH'),
  },
  legalBases: [
    { type: 'CHI_THI', number: '33/CT-TTg', date: '2021-11-26', issuingBody: 'Thủ tướng Chính phủ', source: span('Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ') },
  ],
  purposes: [{ text: 'Triển khai công tác dân vận chính quyền đồng bộ, hiệu quả.', source: span('Triển khai công tác dân vận chính quyền đồng bộ, hiệu quả.') }],
  tasks: [
    {
      ordinal: 'II.1',
      section: 'TASK',
      content: 'Quán triệt các văn bản về công tác dân vận.',
      directedBy: null,
      leadText: 'Sở Nội vụ',
      leadUnits: [{ text: 'Sở Nội vụ', unitId: 'u-snv', unitName: 'Sở Nội vụ tỉnh Tây Ninh', source: span('Sở Nội vụ; phối hợp') }],
      coordinatingText: 'Công an tỉnh',
      coordinatingUnits: [{ text: 'Công an tỉnh', unitId: null, unitName: null, source: span('Công an tỉnh') }],
      timeFrame: null,
      source: span(TASK1),
    },
    {
      ordinal: 'II.2',
      section: 'TASK',
      content: 'Tổ chức đối thoại với Nhân dân.',
      directedBy: null,
      leadText: 'UBND các huyện',
      leadUnits: [],
      coordinatingText: null,
      coordinatingUnits: [],
      timeFrame: { kind: 'CONTINUOUS', dueDate: null, text: 'Thường xuyên' },
      source: span(TASK2),
    },
  ],
  duties: [
    {
      ordinal: 'IV.1',
      section: 'DUTY',
      content: DUTY,
      directedBy: null,
      leadText: 'Các đơn vị',
      leadUnits: [
        { text: 'Các đơn vị', unitId: null, unitName: null, groupId: 'g-dv', groupName: 'Các cơ quan, đơn vị, địa phương tỉnh Tây Ninh', source: span('Các đơn vị') },
      ],
      coordinatingText: null,
      coordinatingUnits: [],
      timeFrame: { kind: 'BY_DATE', dueDate: '2024-04-10', text: 'chậm nhất ngày 10/4/2024' },
      source: span(DUTY),
    },
  ],
  targets: [
    { ordinal: 'III.1', statement: TARGET1, comparator: 'GTE', thresholdPercent: 100, population: 'OFFICIALS', source: span(TARGET1) },
  ],
  deadlines: [
    {
      dueDate: '2024-04-10',
      dueMonthDay: null,
      what: DEADLINE,
      phrase: 'chậm nhất ngày 10/4/2024',
      kind: 'UNIT_PLAN',
      source: span(DEADLINE),
    },
  ],
  responsibilities: [],
  recipients: [{ text: 'Ban Dân vận Tỉnh ủy', source: span('Ban Dân vận Tỉnh ủy') }],
  signer: { name: 'Võ Đức Trọng', position: 'Phó Chủ tịch', capacity: 'KT', source: span('Võ Đức Trọng') },
  warnings: [{ code: 'UNIT_UNMATCHED', message: 'Không khớp được đơn vị “Công an tỉnh” với danh mục.', source: span('Công an tỉnh') }],
};
