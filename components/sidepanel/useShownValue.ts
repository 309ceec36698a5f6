import { useEffect, useState } from 'preact/hooks';

/**
 * A control's value shown at once on input, while the session (which comes
 * back a moment later through storage) stays the truth. Without it an
 * unrelated re-render in between flips a checkbox or select back.
 */
export function useShownValue<T>(truth: T): [T, (value: T) => void] {
  const [shown, setShown] = useState(truth);
  useEffect(() => setShown(truth), [truth]);
  return [shown, setShown];
}
