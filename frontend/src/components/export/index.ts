export { ExportButton, type ExportAnswer } from './ExportButton';
export { fileNameOf } from './fileName';
