/** Strings of the export button (namespace 'export'). */
export default {
  vi: {
    button: 'Xuất Excel',
    downloading: 'Đang tạo tệp Excel…',
    failed: 'Không xuất được tệp Excel: {{reason}}',
  },
  en: {
    button: 'Export to Excel',
    downloading: 'Preparing the Excel file…',
    failed: 'The Excel file could not be exported: {{reason}}',
  },
};
