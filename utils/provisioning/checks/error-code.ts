import { makeFinding } from '@/utils/saml/finding';
import type { Severity } from '@/utils/provisioning/types';
import { groupBy, idPart } from './group';
import { answerPhrase, eventsPhrase, isTrouble } from './helpers';
import type { CheckInput, RuleResult, Rule } from './types';

/**
 * Every other event that carries a code: explained from the knowledge
 * tables (one finding per code), or, for a code we do not know, with
 * Entra's own reason text.
 */

function known(input: CheckInput, code: string, idx: number[]): RuleResult | null {
  const m = input.facts[idx[0] ?? -1]?.match;
  if (!m) return null;
  const k = m.knowledge;
  const given = [...new Set(idx.map((i) => input.facts[i]?.match?.given ?? k.code))].slice(0, 3).join(', ');
  const prefix = m.matchedBy === 'suffix' && m.prefix ? ` (${k.code} with the target’s prefix “${m.prefix}”)` : '';
  const allWarnings = idx.every((i) => input.events[i]?.status === 'warning');
  const severity: Severity = k.kind === 'error' ? (allWarnings ? 'warning' : 'error') : 'info';
  const evidence =
    k.evidence === 'inferred' || k.evidence === 'third-party'
      ? ` (This reading is ${k.evidence === 'inferred' ? 'inferred' : 'from public reports'}, not from Microsoft’s tables.)`
      : '';
  const retry = k.retry === 'automatic' ? ' Entra retries it by itself.' : '';
  return {
    finding: makeFinding(
      `provisioning.code.${idPart(k.code)}`,
      severity,
      k.title,
      `Entra reported ${given}${prefix}. ${eventsPhrase(input, idx)}${answerPhrase(input, idx)} ${k.cause}${retry}${evidence}`,
      k.fix,
      k.step,
    ),
    events: idx,
    kind: k.kind === 'error' ? 'problem' : 'skip',
  };
}

function unknown(input: CheckInput, code: string, idx: number[]): RuleResult {
  const first = input.events[idx[0] ?? -1];
  const reason = first?.error?.reason ?? first?.error?.additionalDetails ?? null;
  const action = first?.error?.recommendedAction;
  const trouble = idx.some((i) => {
    const e = input.events[i];
    return e !== undefined && isTrouble(e);
  });
  return {
    finding: makeFinding(
      `provisioning.code.${idPart(code)}`,
      trouble ? 'error' : 'info',
      `Entra reported ${code}, a code this tool does not know`,
      `Entra reported ${code}. ${eventsPhrase(input, idx)}${answerPhrase(input, idx)}${reason ? ` Entra’s reason: “${reason}”` : ''}`,
      action
        ? `Entra recommends: ${action}`
        : 'Open one of these events in the provisioning logs (Troubleshooting & Recommendations) for Entra’s explanation, and look up the code at learn.microsoft.com.',
      'scim',
    ),
    events: idx,
    kind: trouble ? 'problem' : 'skip',
  };
}

export const errorCode: Rule = {
  name: 'error-code',
  claims: (e, f) => e.status !== 'success' && f.code !== null,
  run(input, claimed) {
    const out: RuleResult[] = [];
    for (const [code, idx] of groupBy(claimed, (i) => {
      const f = input.facts[i];
      return f?.match ? `known:${f.match.knowledge.code}` : f?.code ? `unknown:${f.code}` : null;
    })) {
      const r = code.startsWith('known:') ? known(input, code.slice(6), idx) : unknown(input, code.slice(8), idx);
      if (r) out.push(r);
    }
    return out;
  },
};
