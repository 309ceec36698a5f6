import { browser } from 'wxt/browser';
import type { ValueView } from '@/utils/setup/wizard/types';
import { SCIM_TOKEN_KEY, ScimToken } from '@/utils/setup/session';
import { CopyButton } from './CopyButton';

async function readToken(): Promise<string | null> {
  const parsed = ScimToken.safeParse((await browser.storage.session.get(SCIM_TOKEN_KEY))[SCIM_TOKEN_KEY]);
  return parsed.success ? parsed.data.value : null;
}

/** One carried value: what it is, where it came from, whether it is valid, and Copy. */
export function ValueRow({ v }: { v: ValueView }) {
  return (
    <li class={`value ${v.valid ? '' : 'invalid'}`} data-value-key={v.key}>
      <div class="value-head">
        <span class="value-label">{v.label}</span>
        <CopyButton what={v.label} value={v.secret ? readToken : v.key === 'certificate' ? (v.copyText ?? v.value) : v.value} />
      </div>
      <code class="value-text">{v.value}</code>
      <div class="value-source">{v.sourceText}</div>
      {v.valid ? null : (
        <div class="value-problem" role="alert">
          {v.problem}
        </div>
      )}
    </li>
  );
}
