/** Bounds that keep hostile input from exhausting memory or time. */
export const LIMITS = {
  /** Largest XML we accept, in characters/bytes. Real SAML responses are a few KB. */
  maxXmlBytes: 5 * 1024 * 1024,
  /** Largest encoded input (base64 of maxXmlBytes plus slack). */
  maxEncodedChars: 8 * 1024 * 1024,
  /** Inflate ratio above which DEFLATE data is treated as a bomb. */
  maxInflateRatio: 100,
  /** Below this output size the ratio rule does not apply (tiny messages compress well). */
  inflateRatioFloorBytes: 64 * 1024,
} as const;
