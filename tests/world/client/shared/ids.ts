import { useId } from 'react';

/** A DOM-safe unique id (React's useId contains colons, awkward in CSS selectors). */
export function useDomId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
