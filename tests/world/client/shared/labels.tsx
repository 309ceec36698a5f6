import { createContext, useContext } from 'react';

/**
 * Label texts pass through here so a scenario can rename one
 * (state.faults.renamedLabels) and the extension's label matching is tested.
 */
export const LabelsContext = createContext<Record<string, string>>({});

export function useLabel(): (text: string) => string {
  const renamed = useContext(LabelsContext);
  return (text: string) => renamed[text] ?? text;
}
