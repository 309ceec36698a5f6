export { analyseMessage, analyseText, hasErrors, type RelatedMessages } from './message';
export { analyseTrace, type Direction, type TraceAnalysis, type TraceEntry, type TraceOptions } from './trace';
export { restsOnClaim } from './claimed';
