import { makeFinding } from '@/utils/saml/finding';
import { answerPhrase, codesPhrase, eventCredentialSignal, eventsPhrase, jobCredentialSignal, jobError } from './helpers';
import type { Rule } from './types';

/**
 * JustCall refuses the Secret Token: HTTP 401, `…CredentialValidationFailure`,
 * usually with the job in quarantine (`EncounteredQuarantineException`).
 * The common cause is a token regenerated in JustCall after it was saved in Entra.
 */
export const secretToken: Rule = {
  name: 'secret-token',
  claims: (e, f) => eventCredentialSignal(e, f) === 'token',
  run(input, claimed) {
    const fromJob = jobCredentialSignal(input.job) === 'token';
    if (claimed.length === 0 && !fromJob) return [];
    const parts: string[] = [];
    if (claimed.length > 0)
      parts.push(
        `JustCall refused the token. ${eventsPhrase(input, claimed)}${answerPhrase(input, claimed)}${codesPhrase(input, claimed)}`,
      );
    const err = jobError(input.job);
    if (fromJob && err)
      parts.push(
        `The provisioning job reports ${err.code ?? 'an error'}${err.message ? `: “${err.message}”` : ''}${input.job?.code === 'Quarantine' ? '; the job is in quarantine' : ''}.`,
      );
    parts.push(
      'Entra sends the Secret Token with every request. JustCall answers 401 when it is not, or no longer, the current token: generating a new token in JustCall makes the saved one stop working, and a token pasted incompletely never works. Every change then fails, so Entra quarantines the job.',
    );
    return [
      {
        finding: makeFinding(
          'provisioning.secret-token',
          'error',
          'JustCall no longer accepts the Secret Token saved in Entra',
          parts.join(' '),
          'In JustCall, open Settings > Security > Provisioning and copy the current Secret Token. In Entra, open the JustCall app > Provisioning > Admin Credentials, paste it into Secret Token, click Test Connection and wait for “The supplied credentials are authorized to enable provisioning”, then Save. If the job is in quarantine, click Restart provisioning.',
          'scim',
        ),
        events: claimed,
        kind: 'problem',
        explainsJob: fromJob,
      },
    ];
  },
};
