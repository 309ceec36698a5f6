export { renderTraceReport, renderMessageReport, mainCause, type MarkdownReportOptions } from './markdown';
export { keyValues } from './key-values';
