import type { FieldSpec, JudgeValue, Variant } from '@/tests/corpus/variant';

/** The variants as Markdown (`npm run corpus -- --list`), for tests/corpus/README.md. */

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const show = (v: JudgeValue): string =>
  v === null ? 'none' : Array.isArray(v) ? v.map((x) => `\`${x}\``).join(', ') || '(no rows)' : `\`${String(v)}\``;

function expectation(f: FieldSpec): string {
  const value = f.certificate ? 'the seeded signing certificate (its Base64 body)' : show(f.expected);
  const src = f.source;
  switch (src.from) {
    case 'page':
      return `${f.field} ${f.keep ? 'stays' : '='} ${value}`;
    case 'carried':
      return `${f.field}: the session carries ${value} as \`${src.key}\`, read from the ${src.portal} page`;
    case 'observed':
      return `${f.field}: the extension reports ${value}`;
    case 'not-carried':
      return `${f.field}: no \`${src.key}\` taken from this page (it shows none)`;
    case 'side-panel':
      return `${f.field}: the side panel's ${src.step} step says so (${src.pattern.source})`;
  }
}

export function describeVariants(variants: readonly Variant[]): string {
  const rows = variants.map((v) => {
    const hosts = [...new Set(Object.values(v.documents).map((d) => d.host))].filter((h) => !h.includes('.hosting.'));
    const top = v.documents[v.top];
    const where = `${hosts.join(', ')}${top ? ` (top: \`${top.path}\`)` : ''}`;
    return `| \`${v.id}\` | ${v.stack} | ${cell(v.title)} | ${cell(where)} | ${cell(v.evidence)} | ${cell(v.story)} | ${cell(v.fields.map(expectation).join('; '))} |`;
  });
  return [
    '| variant | stack | shape | hosts | evidence | the admin | expected |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
