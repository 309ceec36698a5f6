import { describe, expect, it } from 'vitest';
import { certificatesFromInput } from '@/utils/saml/cert';
import { decodeAny } from '@/utils/saml/decode';
import { parseSaml } from '@/utils/saml/model';
import type { KnownCert, SamlModel } from '@/utils/saml/types';
import { verifyMessage } from '@/utils/saml/verify';
import { loadManifest, readSample, sampleCert } from '@/tests/helpers/samples';

const samples = loadManifest();

async function analyse(file: string, certs: KnownCert[]) {
  const decoded = await decodeAny(readSample(file));
  if (!decoded.ok) throw new Error(`${file} did not decode: ${decoded.findings.map((f) => f.detail).join('; ')}`);
  const parsed = parseSaml(decoded.message.xml);
  const verified = await verifyMessage(decoded.message, parsed, certs);
  return { decoded, parsed, ...verified };
}

function issuerOf(model: SamlModel | null): string | undefined {
  if (!model) return undefined;
  if (model.kind === 'EntityDescriptor') return model.entityId;
  return model.issuer ?? (model.kind === 'Response' ? model.assertions[0]?.issuer : undefined);
}

function knownFor(cert: string | undefined): KnownCert[] {
  if (!cert || cert === 'embedded') return [];
  return sampleCert(cert).map((c, i) => ({ label: `${cert}#${i}`, role: 'configured', cert: c }));
}

describe('real samples meet the manifest', () => {
  it('has the expected manifest shape', () => {
    expect(samples.length).toBeGreaterThanOrEqual(24);
    expect(samples.filter((s) => s.file.startsWith('xsw/crewjam_xsw_')).length).toBe(9);
  });

  for (const sample of samples) {
    it(`${sample.file}: kind ${sample.kind}${sample.signature ? `, ${sample.signature}` : ''}`, async () => {
      const { decoded, parsed, report, trustedAssertion } = await analyse(sample.file, knownFor(sample.cert));
      expect(parsed.model?.kind).toBe(sample.kind);
      if (sample.binding) expect(decoded.message.binding).toBe(sample.binding);
      if (sample.issuer) expect(issuerOf(parsed.model)).toBe(sample.issuer);
      if (sample.signature) expect(report.verdict, JSON.stringify(report.findings.map((f) => f.id))).toBe(sample.signature);
      if (sample.signature === 'valid') {
        expect(report.signer).toBeDefined();
        if (sample.kind === 'Response' || sample.kind === 'Assertion') expect(trustedAssertion).not.toBeNull();
        if (sample.signed === 'assertion') expect(['assertion', 'both']).toContain(report.covers);
        if (sample.binding === 'HTTP-Redirect') expect(report.covers).toBe('query');
      } else {
        expect(trustedAssertion).toBeNull();
      }
      if (sample.signature === 'wrapped') expect(report.findings.some((f) => f.id === 'signature.wrapping')).toBe(true);
    });
  }

  it('the Okta sample is valid when its own KeyInfo certificate is the configured one', async () => {
    const okta = samples.find((s) => s.cert === 'embedded');
    expect(okta).toBeDefined();
    const first = await analyse(okta!.file, []);
    expect(first.report.verdict).toBe('unverified');
    expect(first.report.findings.map((f) => f.id)).toContain('signature.embedded-cert-only');
    const embedded = first.report.embeddedCert;
    expect(embedded).toBeDefined();
    const second = await analyse(okta!.file, [{ label: 'Okta', role: 'configured', cert: embedded!.der }]);
    expect(second.report.verdict).toBe('valid');
    expect(second.report.signer?.cert.sha1).toBe(embedded!.sha1);
  });

  it('the tampered Entra tokens are invalid for different reasons', async () => {
    const cert = knownFor('entra/aad_signing_cert_2017.b64');
    const ids = async (f: string) => (await analyse(f, cert)).report.findings.map((x) => x.id);
    expect(await ids('entra/identitymodel_Saml2Token_DigestTampered.xml')).toContain('signature.digest-mismatch');
    expect(await ids('entra/identitymodel_Saml2Token_SignatureTampered.xml')).toContain('signature.value-mismatch');
    expect(await ids('entra/identitymodel_Saml2Token_AttributeTampered.xml')).toContain('signature.reference-not-found');
  });

  it('federation metadata yields its signing certificates and its own signature verifies with them', async () => {
    const file = 'entra/common_federationmetadata_2017_identitymodel.xml';
    const certs = await certificatesFromInput(readSample(file));
    expect(certs.length).toBeGreaterThan(0);
    for (const c of certs) expect(c.sha1).toMatch(/^[0-9A-F]{40}$/);
    const { parsed, report } = await analyse(
      file,
      certs.map((c, i) => ({ label: `md${i}`, role: 'configured', cert: c.der })),
    );
    expect(parsed.model?.kind).toBe('EntityDescriptor');
    if (parsed.model?.kind === 'EntityDescriptor') {
      expect(parsed.model.signingCertificates.length).toBe(certs.length);
      expect(parsed.model.ssoServices.length).toBeGreaterThan(0);
    }
    expect(report.verdict).toBe('valid');
    expect(report.covers).toBe('document');
  });

  it('the Entra sample reads the identity from the signed assertion and names the certificate', async () => {
    const pem = readSample('entra/tercen_entra_app_signing_cert_2022.pem');
    const { report, trustedAssertion } = await analyse('entra/tercen_entra_response_2022_app_cert.xml', [
      { label: 'Entra active', role: 'entra-active', cert: pem },
    ]);
    expect(report.verdict).toBe('valid');
    expect(report.covers).toBe('assertion');
    expect(report.signer?.label).toBe('Entra active');
    expect(report.signer?.cert.subject).toBe('CN=Microsoft Azure Federated SSO Certificate');
    expect(report.signatureAlgorithm).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    expect(report.findings.map((f) => f.id)).not.toContain('signature.weak-sha1');
    expect(trustedAssertion?.issuer).toBe('https://sts.windows.net/5b5c94c6-14cf-42da-85bc-4e08722b253b/');
  });

  it('a wrong certificate turns every valid sample invalid', async () => {
    const wrong = sampleCert('authnrequests/crewjam_sp_cert.pem')[0]!;
    for (const s of samples.filter((x) => x.signature === 'valid' && x.binding !== 'HTTP-Redirect')) {
      const { report } = await analyse(s.file, [{ label: 'wrong', role: 'configured', cert: wrong }]);
      expect(report.verdict, s.file).toBe('invalid');
    }
  });
});
