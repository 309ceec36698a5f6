import { describe, expect, it } from 'vitest';
import { analyseItems } from '@/utils/doctor/analyse-items';
import { recordsToItems } from '@/utils/doctor/records-to-items';
import { toContext } from '@/utils/doctor/expected';
import { judgeTestSignIn, WAITING_NOTE } from '@/utils/test-sign-in/outcome';
import { recordFromBeforeRequest } from '@/utils/recorder/web-request';
import type { CapturedRecord } from '@/utils/recorder/record';
import { entraResponseB64, sample } from '@/tests/unit/recorder/samples';
import {
  ACS,
  ADELE,
  ADELE_UPN,
  ENTITY_ID,
  JUSTCALL_CLAIMS,
  TENANT,
  errorPageRecord,
  requestRecord,
  responseRecord,
  signingCert,
} from './flow';

async function expected() {
  const cert = await signingCert();
  return toContext({ entityId: ENTITY_ID, acsUrl: ACS, tenantOrIssuer: TENANT, certificates: [{ label: 'Entra', cert: cert.certPem }] });
}

async function judge(records: CapturedRecord[], windowOpen = true) {
  const entries = await analyseItems(recordsToItems(records), await expected());
  return judgeTestSignIn({ records, entries, windowOpen });
}

const T = Date.now() - 60_000;

describe('judging a test sign-in from the doctor’s analysis', () => {
  it('waits while nothing is captured, and says so once the window is closed', async () => {
    expect(await judge([])).toMatchObject({ phase: 'waiting', note: WAITING_NOTE, diagnosis: null, record: null });
    expect((await judge([], false)).phase).toBe('ended');
  });

  it('keeps waiting after JustCall’s AuthnRequest alone', async () => {
    const out = await judge([requestRecord('_req1', T)]);
    expect(out.phase).toBe('waiting');
    expect(out.note).toContain('sign in in the new window');
  });

  it('succeeds with a valid Response for the request that JustCall accepted, naming the user', async () => {
    const records = [requestRecord('_req1', T), await responseRecord({ at: T + 5_000, inResponseTo: '_req1', status: 200 })];
    const out = await judge(records);
    expect(out.phase).toBe('success');
    expect(out.verdict).toBe('valid');
    expect(out.user).toBe(ADELE);
    expect(out.note).toBe(`Signed in to JustCall as ${ADELE}. The response was valid.`);
    expect(out.diagnosis?.tone).toBe('ok');
    expect(out.record).toEqual({ id: records[1]!.id, tabId: 7 });
  });

  it('succeeds with a warning when the email claim carries the UPN, and shows the warning', async () => {
    const attributes = JUSTCALL_CLAIMS.map((c) => (c.name === 'email' ? { ...c, values: [ADELE_UPN] } : c));
    const out = await judge([
      requestRecord('_req1', T),
      await responseRecord({ at: T + 5_000, inResponseTo: '_req1', attributes, status: 200 }),
    ]);
    expect(out.phase).toBe('success');
    expect(out.note).toBe(`Signed in to JustCall as ${ADELE_UPN}. The response was valid, with a warning below.`);
    expect(out.diagnosis?.tone).toBe('warning');
    expect(out.diagnosis?.step?.id).toBe('claims');
  });

  it('waits for JustCall’s answer while the ACS status is unknown', async () => {
    const out = await judge([requestRecord('_req1', T), await responseRecord({ at: T + 5_000, inResponseTo: '_req1', status: null })]);
    expect(out.phase).toBe('waiting');
    expect(out.note).toContain('waiting for JustCall');
    expect((await judge([requestRecord('_req1', T), await responseRecord({ at: T + 5_000, inResponseTo: '_req1' })], false)).phase).toBe(
      'ended',
    );
  });

  it('fails when JustCall refuses a response the doctor finds nothing wrong with', async () => {
    const out = await judge([requestRecord('_req1', T), await responseRecord({ at: T + 5_000, inResponseTo: '_req1', status: 403 })]);
    expect(out.phase).toBe('failed');
    expect(out.diagnosis?.headline).toBe('JustCall refused the response (HTTP 403)');
    expect(out.diagnosis?.tone).toBe('error');
  });

  it('names AADSTS50011 and the Basic SAML step from Entra’s error page', async () => {
    const records = [requestRecord('_req1', T), errorPageRecord(50011, T + 2_000)];
    const out = await judge(records);
    expect(out.phase).toBe('failed');
    expect(out.diagnosis?.headline).toBe('AADSTS50011 — Reply URL mismatch');
    expect(out.diagnosis?.step?.id).toBe('basic-saml');
    expect(out.record?.id).toBe(records[1]!.id);
  });

  it('names the namespaced claims and the claims step, even though JustCall’s status is not known yet', async () => {
    const ns = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
    const attributes = JUSTCALL_CLAIMS.map((c) => ({ ...c, name: `${ns}/${c.name}` }));
    const out = await judge([
      requestRecord('_req1', T),
      await responseRecord({ at: T + 5_000, inResponseTo: '_req1', attributes, status: null }),
    ]);
    expect(out.phase).toBe('failed');
    expect(out.diagnosis?.headline).toMatch(/"email", "firstName" and "lastName" claims arrive with a namespace/);
    expect(out.diagnosis?.step?.id).toBe('claims');
    expect(out.verdict).toBe('valid');
  });

  it('fails on a real Entra response that lacks JustCall’s claims (the tercen sample, judged at its own time)', async () => {
    const at = Date.parse('2022-02-23T17:50:00Z');
    const rec = recordFromBeforeRequest({
      requestId: 'x',
      url: ACS,
      method: 'POST',
      tabId: 3,
      timeStamp: at,
      requestBody: { formData: { SAMLResponse: [entraResponseB64()] } },
    })!;
    const ctx = toContext({
      entityId: '',
      acsUrl: '',
      tenantOrIssuer: '',
      certificates: [{ label: 'Entra', cert: sample('entra/tercen_entra_app_signing_cert_2022.pem') }],
    });
    const records = [{ ...rec, status: 200 }];
    const out = judgeTestSignIn({ records, entries: await analyseItems(recordsToItems(records), ctx), windowOpen: true });
    expect(out.phase).toBe('failed');
    expect(out.verdict).toBe('valid');
    expect(out.diagnosis?.step?.id).toBe('claims');
  });

  it('judges the latest outcome when the user tried twice in the window', async () => {
    const records = [
      requestRecord('_req1', T),
      errorPageRecord(50011, T + 1_000),
      requestRecord('_req2', T + 10_000),
      await responseRecord({ at: T + 15_000, inResponseTo: '_req2', status: 200 }),
    ];
    expect((await judge(records)).phase).toBe('success');
  });
});
