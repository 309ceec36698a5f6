import { useState } from 'preact/hooks';
import { certificatesFromInput, storableCertText } from '@/utils/saml/cert';
import { fetchMetadata, metadataFacts, type MetadataResult } from '@/utils/setup/metadata';
import { JUSTCALL_DEFAULTS } from '@/utils/setup/profile';
import type { ExpectedValues } from '@/utils/doctor/expected';

interface Props {
  typed: ExpectedValues;
  fromSession: ExpectedValues | null;
  onChange(next: ExpectedValues): void;
}

const MAX_FILE = 1_000_000;

/**
 * Expected values: from the setup assistant's session when there is one,
 * typed in, or loaded (certificate PEM, metadata file, or the metadata URL,
 * fetched only from login.microsoftonline.com). Typed values win.
 */
export function ExpectedPanel({ typed, fromSession, onChange }: Props) {
  const [metaUrl, setMetaUrl] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const field = (key: 'entityId' | 'acsUrl' | 'tenantOrIssuer', label: string, hint: string) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="text"
        name={key}
        value={typed[key]}
        // A placeholder must not read as a value: the session's value is said as such, a hint as an example.
        placeholder={fromSession?.[key] ? `From the setup assistant: ${fromSession[key]}` : `e.g. ${hint}`}
        onChange={(e) => onChange({ ...typed, [key]: (e.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
  const applyMetadata = (result: MetadataResult, source: string) => {
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    onChange({
      ...typed,
      tenantOrIssuer: typed.tenantOrIssuer || (result.identifier ?? ''),
      certificates: result.certificates.map((c, i) => ({ label: `Entra signing certificate ${i + 1} (${source})`, cert: c.der })),
    });
    setMessage({ ok: true, text: `Loaded ${result.certificates.length} signing certificate(s) from ${source}.` });
  };
  const loadFile = async (file: File) => {
    if (file.size > MAX_FILE) return setMessage({ ok: false, text: 'That file is too large for a certificate or metadata.' });
    const text = await file.text();
    if (text.trimStart().startsWith('<')) return applyMetadata(await metadataFacts(text), file.name);
    try {
      const certs = await certificatesFromInput(text);
      onChange({ ...typed, certificates: certs.map((c) => ({ label: `${file.name} (${c.subject})`, cert: storableCertText(c) })) });
      setMessage({ ok: true, text: `Loaded ${certs.length} certificate(s) from ${file.name}.` });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : 'That file holds no certificate.' });
    }
  };
  const certs = typed.certificates.length ? typed.certificates : (fromSession?.certificates ?? []);
  return (
    <details class="expected" open={!fromSession}>
      <summary>Expected values {fromSession ? '(from the setup assistant; typed values win)' : '(type them in or load them)'}</summary>
      <div class="grid">
        {field('entityId', 'Entity ID (Identifier)', JUSTCALL_DEFAULTS.entityId)}
        {field('acsUrl', 'ACS (Reply) URL', JUSTCALL_DEFAULTS.acsUrl)}
        {field('tenantOrIssuer', 'Tenant ID or Issuer', 'https://sts.windows.net/{tenant}/')}
      </div>
      <div class="row-actions">
        <label class="file-button">
          Load certificate or metadata file…
          <input
            type="file"
            accept=".pem,.cer,.crt,.xml,.b64,.txt"
            onChange={(e) => {
              const f = (e.currentTarget as HTMLInputElement).files?.[0];
              if (f) void loadFile(f);
            }}
          />
        </label>
        <input
          type="url"
          placeholder="App Federation Metadata Url"
          aria-label="App Federation Metadata Url"
          value={metaUrl}
          onInput={(e) => setMetaUrl((e.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          disabled={!metaUrl.trim()}
          onClick={() => void fetchMetadata(metaUrl).then((r) => applyMetadata(r, 'the metadata URL'))}
        >
          Fetch metadata
        </button>
        {typed.certificates.length > 0 && (
          <button type="button" onClick={() => onChange({ ...typed, certificates: [] })}>
            Forget loaded certificates
          </button>
        )}
      </div>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status">
          {message.text}
        </p>
      )}
      <ul class="muted certs" data-testid="expected-certs">
        {certs.map((c) => (
          <li key={c.label}>{c.label}</li>
        ))}
      </ul>
    </details>
  );
}
