import { createContext, useContext } from 'react';
import type { Notice } from './ui';

export const NotifyContext = createContext<(n: Notice) => void>(() => undefined);

/** Show a portal notification from anywhere in a blade. */
export function useNotify(): (n: Notice) => void {
  return useContext(NotifyContext);
}
