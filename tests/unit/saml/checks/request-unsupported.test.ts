import { describe, expect, it } from 'vitest';
import { checkRequestUnsupported } from '@/utils/saml/checks/request-unsupported';
import { ids, req } from './fixtures';

describe('AuthnRequest unsupported-elements check', () => {
  it('is silent for a good request', () => {
    expect(checkRequestUnsupported(req())).toEqual([]);
  });

  it('flags Subject and Scoping (AADSTS900236)', () => {
    const f = checkRequestUnsupported(req({ hasSubject: true, hasScoping: true }));
    expect(ids(f)).toEqual(['request.subject-present', 'request.scoping-present']);
    expect(f.every((x) => x.title.includes('AADSTS900236'))).toBe(true);
  });
});
