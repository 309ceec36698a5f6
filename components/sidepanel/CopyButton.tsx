import { useState } from 'preact/hooks';
import { copyText } from '@/components/overlay/copy';

interface Props {
  /** The text, or a function that fetches it at click time (secrets). */
  value: string | (() => Promise<string | null>);
  /** What is copied, for the accessible name: "Copy Reply URL". */
  what: string;
}

export function CopyButton({ value, what }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onClick = async () => {
    const text = typeof value === 'string' ? value : await value();
    const ok = text !== null && (await copyText(text));
    setState(ok ? 'copied' : 'failed');
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button type="button" class="copy" aria-label={`Copy ${what}`} onClick={() => void onClick()}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
