export { readCapture, type ReadCaptureOptions } from './read-capture';
export type {
  CaptureFormat,
  CaptureReadResult,
  CapturedItem,
  CapturedSaml,
  CapturedErrorPage,
  CapturedStored,
  SamlCarrier,
} from './captured';
export { TRACE_FORMAT, TraceExport, TraceMessage } from './trace-format';
export { chunksOf, sourceFromText, type ByteSource } from './stream';
export { JsonArrayScanner } from './json-array-scanner';
export { buildTraceExport, type TraceExportOptions } from './trace-export';
