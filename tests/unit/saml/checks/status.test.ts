import { describe, expect, it } from 'vitest';
import { checkStatus } from '@/utils/saml/checks/status';
import { ids, input, response } from './fixtures';

describe('status check', () => {
  it('is silent on Success', () => {
    expect(checkStatus(input())).toEqual([]);
  });

  it('explains top-level and nested codes and the AADSTS code in StatusMessage', () => {
    const model = response({
      assertions: [],
      status: {
        codes: ['urn:oasis:names:tc:SAML:2.0:status:Requester', 'urn:oasis:names:tc:SAML:2.0:status:RequestUnsupported'],
        message:
          'AADSTS50105: Your administrator has configured the application JustCall to block users unless they are specifically granted access.',
      },
    });
    const f = checkStatus(input({ model }));
    expect(ids(f)).toEqual(['status.not-success', 'aadsts.50105']);
    expect(f[0]?.detail).toContain('Requester');
    expect(f[0]?.detail).toContain('RequestUnsupported');
    expect(f[1]?.step).toBe('assignment');
    expect(f[1]?.title).toContain('AADSTS50105');
  });

  it('reports several AADSTS codes, and a missing status', () => {
    const two = response({ status: { codes: ['urn:oasis:names:tc:SAML:2.0:status:Responder'], message: 'AADSTS75011 then AADSTS50011' } });
    expect(ids(checkStatus(input({ model: two })))).toEqual(['status.not-success', 'aadsts.75011', 'aadsts.50011']);
    const none = response({ status: { codes: [] } });
    expect(ids(checkStatus(input({ model: none })))).toEqual(['status.missing']);
  });

  it('ignores AuthnRequests', () => {
    expect(checkStatus(input({ model: null }))).toEqual([]);
  });
});
