import { useEffect, useState } from 'preact/hooks';
import { STEP_IDS, type StepId } from '@/utils/setup/steps';

/** `#step=claims` → 'claims'; anything else (a page may link here with any hash) → null. */
export function stepFromHash(hash: string): StepId | null {
  const m = /^#step=([a-z-]+)$/.exec(hash);
  const id = m?.[1];
  return id && (STEP_IDS as readonly string[]).includes(id) ? (id as StepId) : null;
}

/**
 * The step the side panel was opened on (the doctor's "Open this step in the
 * setup assistant" opens `sidepanel.html#step=…`): once the wizard has
 * rendered, that card is scrolled into view, marked and focused, so the
 * admin sees which step the doctor meant. Follows later hash changes too.
 */
export function useStepFromHash(loaded: boolean): StepId | null {
  const [step, setStep] = useState<StepId | null>(() => stepFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setStep(stepFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!loaded || !step) return;
    const card = document.querySelector<HTMLElement>(`li.step[data-step="${step}"]`);
    if (!card) return;
    card.tabIndex = -1;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }, [loaded, step]);
  return step;
}
