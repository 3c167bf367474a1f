export { submissionKeys, submissionRefKeys, type SubmissionListParams } from './keys';
export * from './refs';
export * from './queries';
export { SUBMISSION_NS } from './i18n';
export { SubmissionSummary } from './SubmissionSummary';
export { SubmissionSections, SECTION_KEYS, type SectionKey } from './SubmissionSections';
export { ReportedValues } from './ReportedValues';
export { AttachmentList, mediaTypeName } from './AttachmentList';
export { SubmissionHistory } from './SubmissionHistory';
