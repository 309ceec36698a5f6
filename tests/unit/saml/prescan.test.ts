import { DOMParser } from '@xmldom/xmldom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { XML_LIMITS, parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { prescanXml, type PrescanLimits } from '@/utils/saml/xml/prescan';
import { loadManifest, readSample } from '@/tests/helpers/samples';
import { unsignedResponseXml } from '@/tests/helpers/sign-response';

// A spy on xmldom's parser, so the tests can tell whether hostile text ever reached it.
const parsed = vi.spyOn(DOMParser.prototype, 'parseFromString');

beforeEach(() => {
  parsed.mockClear();
});

const LIMITS: PrescanLimits = { maxStartTags: 10, maxAttributesPerElement: 3, maxAttributesTotal: 6, maxDepth: 3 };

function attributes(n: number): string {
  return Array.from({ length: n }, (_, i) => `a${i}="v"`).join(' ');
}

describe('the prescan before parsing', () => {
  it('refuses one element with 100,000 attributes without handing it to xmldom', () => {
    const hostile = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ${attributes(100_000)}/>`;
    const r = parseXmlSafely(hostile);
    expect(r.doc).toBeNull();
    expect(r.findings.map((f) => f.id)).toEqual(['xml.too-complex']);
    expect(r.findings[0]?.detail).toContain(`more than ${XML_LIMITS.maxAttributesPerElement} attributes`);
    expect(r.findings[0]?.detail).toContain('line 1, column 1');
    expect(parsed).not.toHaveBeenCalled();
  });

  it('refuses many elements, many attributes in all, and deep nesting before parsing', () => {
    const many = `<r>${'<e/>'.repeat(XML_LIMITS.maxElements)}</r>`;
    expect(parseXmlSafely(many).findings[0]?.detail).toContain(`more than ${XML_LIMITS.maxElements} elements`);
    const spread = `<r>${`<e ${attributes(100)}/>`.repeat(XML_LIMITS.maxAttributesTotal / 100 + 1)}</r>`;
    expect(parseXmlSafely(spread).findings[0]?.detail).toContain(`more than ${XML_LIMITS.maxAttributesTotal} attributes`);
    const deep = `${'<a>'.repeat(XML_LIMITS.maxDepth + 1)}${'</a>'.repeat(XML_LIMITS.maxDepth + 1)}`;
    expect(parseXmlSafely(deep).findings[0]?.detail).toContain(`nested more than ${XML_LIMITS.maxDepth} deep`);
    expect(parsed).not.toHaveBeenCalled();
  });

  it('counts only real markup: not text, comments, CDATA, processing instructions or quoted values', () => {
    const xml =
      '<?xml version="1.0"?><r a="x=y>z" b=\'<e f="1" g="2" h="3" i="4">\'>' +
      '<!-- <e f="1" g="2" h="3" i="4"> --><![CDATA[<e f="1" g="2" h="3" i="4">]]>a = b &lt; c<s/></r>';
    expect(prescanXml(xml, LIMITS)).toEqual({ ok: true });
    expect(prescanXml('<r a="1" b="2" c="3" d="4"/>', LIMITS)).toMatchObject({ ok: false, index: 0 });
    // Self-closing elements and end tags do not deepen the nesting.
    expect(prescanXml('<a><b/><b/><b><c/></b></a>', LIMITS)).toEqual({ ok: true });
    expect(prescanXml('<a><b><c><d/></c></b></a>', LIMITS)).toEqual({ ok: true });
    expect(prescanXml('<a><b><c><d></d></c></b></a>', LIMITS)).toMatchObject({ ok: false });
  });

  it('lets every real sample through to the parser', () => {
    for (const sample of loadManifest().filter((s) => s.encoding === 'xml')) {
      const r = parseXmlSafely(readSample(sample.file));
      expect(
        r.findings.filter((f) => f.id === 'xml.too-complex'),
        sample.file,
      ).toEqual([]);
    }
    expect(parseXmlSafely(unsignedResponseXml()).doc).not.toBeNull();
    expect(parsed).toHaveBeenCalled();
  });

  it('leaves broken markup to the parser, which reports it', () => {
    for (const broken of ['<r a="unclosed/>', '<r><a</r>', '<r><!-- never closed', '<r b=1>']) {
      expect(prescanXml(broken, LIMITS).ok).toBe(true);
      expect(parseXmlSafely(broken).findings[0]?.id).toBe('xml.malformed');
    }
  });
});
