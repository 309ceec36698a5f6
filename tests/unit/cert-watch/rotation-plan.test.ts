import { describe, expect, it } from 'vitest';
import { createSetupService } from '@/utils/background/setup/service';
import { takeRotationCert } from '@/utils/background/cert-watch/rotation-intake';
import { rotationCertificate } from '@/utils/cert-watch/rotation';
import { createWatchStore } from '@/utils/cert-watch/watch-store';
import { createSessionStore, memoryArea } from '@/utils/setup/session-store';
import { sample } from '@/tests/unit/setup/helpers';

describe('a rotation fills JustCall with the new certificate', () => {
  it("plans JustCall's certificate from the rotation, and only JustCall's", async () => {
    const local = memoryArea();
    const store = createSessionStore({ local, session: memoryArea() });
    const watch = createWatchStore(local);
    const service = createSetupService({ store, rotationCertificate: () => rotationCertificate(watch) });
    expect((await service.plan('justcall/sso')).certificate).toBeNull();

    const pem = sample('entra/tercen_entra_app_signing_cert_2022.pem');
    expect(await takeRotationCert(store, watch, pem, 'JustCall-new.cer', new Date('2023-06-01T00:00:00Z'))).toEqual({ ok: true });
    const plan = await service.plan('justcall/sso');
    expect(plan.certificate?.thumbprint).toBe('51C2D601242429AFD1F23C23C5D7AF1AC50604F1');
    expect(plan.certificate?.pem.replace(/\s/g, '')).toBe(pem.replace(/\s/g, ''));
    expect(plan.sources.certificate).toContain('JustCall-new.cer');
    // The session itself is untouched: the doctor still expects what Entra signs with until it changes.
    expect((await store.read()).certificate).toBeNull();
  });
});
