export { countEvents, emptyCounts, lastCycle, type Counts, type CycleSummary } from './last-cycle';
export { summarise, type ProvisioningSummary, type TopCause } from './top-cause';
