/** PEM text with 64-character lines, as Entra's "Certificate (Base64)" download. */
export function derToPem(derBase64: string): string {
  const body =
    derBase64
      .replace(/\s+/g, '')
      .match(/.{1,64}/g)
      ?.join('\n') ?? '';
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}
