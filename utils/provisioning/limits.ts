/**
 * Caps on what one import may hold. The portal's download holds at most
 * 100,000 records per file; several files (or the CSV trio) may be given
 * together, so the event cap leaves room. Text caps keep one absurd field
 * from dominating memory or a report.
 */
export const LIMITS = {
  /** Provisioning events kept from one analysis (over all files). */
  maxEvents: 300_000,
  /** CSV rows read from one file (the steps file has several rows per event). */
  maxCsvRows: 2_000_000,
  /** Characters of a reason, additional details or recommended action. */
  maxLongText: 4_000,
  /** Characters of a step description, a name, an id, a details value or a property value. */
  maxText: 1_000,
  /** Steps kept per event. */
  maxSteps: 64,
  /** Modified properties kept per event. */
  maxModifiedProperties: 256,
  /** Keys kept from one details bag. */
  maxDetails: 64,
  /** A JSON string that holds JSON again (on-demand key/value, Azure Monitor columns). */
  maxNestedJsonChars: 10_000_000,
  /** Problems listed one by one before they are only counted. */
  maxListedProblems: 10,
} as const;
