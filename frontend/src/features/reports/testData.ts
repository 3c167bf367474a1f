/** The plan both report pages' tests read: Tây Ninh's 859/KH-UBND of 2024, as the API answers it. */
export const PLAN = {
  id: 'p1',
  reference: '859/KH-UBND',
  title: 'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
  issuerId: 'u-ubnd',
  periodStart: 2024,
  periodEnd: 2024,
  legalBases: [],
  purposes: [],
  recipients: [],
  status: 'ISSUED',
  version: 3,
};
