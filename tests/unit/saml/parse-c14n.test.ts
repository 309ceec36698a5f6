import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { canonicalize, type C14nOptions } from '@/utils/saml/xml/c14n';
import type { XmlDocument, XmlElement } from '@/utils/saml/xml/dom';

/** Cases from the W3C Canonical XML 1.0 (section 3) and Exclusive C14N (section 2.2) specifications. */

const parse = (xml: string): XmlDocument => new DOMParser().parseFromString(xml, 'text/xml');
const INC: C14nOptions = { exclusive: false, withComments: false };
const INC_C: C14nOptions = { exclusive: false, withComments: true };
const EXC: C14nOptions = { exclusive: true, withComments: false };

function byLocalName(doc: XmlDocument, local: string): XmlElement {
  const el = doc.getElementsByTagNameNS('*', local)[0];
  if (!el) throw new Error(`no ${local}`);
  return el;
}

describe('Canonical XML 1.0, W3C section 3 examples', () => {
  // 3.1 without its DOCTYPE line (our parser refuses DTDs; the DTD is not output anyway)
  const doc31 =
    '<?xml version="1.0"?>\n\n<?xml-stylesheet   href="doc.xsl"\n   type="text/xsl"   ?>\n\n<doc>Hello, world!<!-- Comment 1 --></doc>\n\n<?pi-without-data     ?>\n\n<!-- Comment 2 -->\n\n<!-- Comment 3 -->';

  it('3.1 PIs, comments and outside of document element (uncommented)', () => {
    expect(canonicalize(parse(doc31), INC)).toBe(
      '<?xml-stylesheet href="doc.xsl"\n   type="text/xsl"   ?>\n<doc>Hello, world!</doc>\n<?pi-without-data?>',
    );
  });

  it('3.1 PIs, comments and outside of document element (with comments)', () => {
    expect(canonicalize(parse(doc31), INC_C)).toBe(
      '<?xml-stylesheet href="doc.xsl"\n   type="text/xsl"   ?>\n<doc>Hello, world!<!-- Comment 1 --></doc>\n<?pi-without-data?>\n<!-- Comment 2 -->\n<!-- Comment 3 -->',
    );
  });

  it('3.2 whitespace in document content is kept', () => {
    const xml =
      '<doc>\n   <clean>   </clean>\n   <dirty>   A   B   </dirty>\n   <mixed>\n      A\n      <clean>   </clean>\n      B\n      <dirty>   A   B   </dirty>\n      C\n   </mixed>\n</doc>';
    expect(canonicalize(parse(`<?xml version="1.0"?>\n${xml}`), INC)).toBe(xml);
  });

  it('3.3 start and end tags: empty elements, attribute and namespace order, superfluous declarations', () => {
    const xml = `<doc>
   <e1   />
   <e2   ></e2>
   <e3   name = "elem3"   id="elem3"   />
   <e4   name="elem4"   id="elem4"   ></e4>
   <e5 a:attr="out" b:attr="sorted" attr2="all" attr="I'm"
      xmlns:b="http://www.ietf.org"
      xmlns:a="http://www.w3.org"
      xmlns="http://example.org"/>
   <e6 xmlns="" xmlns:a="http://www.w3.org">
      <e7 xmlns="http://www.ietf.org">
         <e8 xmlns="" xmlns:a="http://www.w3.org">
            <e9 xmlns="" xmlns:a="http://www.ietf.org"/>
         </e8>
      </e7>
   </e6>
</doc>`;
    // the spec's e9 also has attr="default" from its DTD, which we do not process
    expect(canonicalize(parse(xml), INC)).toBe(`<doc>
   <e1></e1>
   <e2></e2>
   <e3 id="elem3" name="elem3"></e3>
   <e4 id="elem4" name="elem4"></e4>
   <e5 xmlns="http://example.org" xmlns:a="http://www.w3.org" xmlns:b="http://www.ietf.org" attr="I'm" attr2="all" b:attr="sorted" a:attr="out"></e5>
   <e6 xmlns:a="http://www.w3.org">
      <e7 xmlns="http://www.ietf.org">
         <e8 xmlns="">
            <e9 xmlns:a="http://www.ietf.org"></e9>
         </e8>
      </e7>
   </e6>
</doc>`);
  });

  it('3.4 character modifications and character references', () => {
    const xml = `<doc>
   <text>First line&#x0d;&#10;Second line</text>
   <value>&#x32;</value>
   <compute><![CDATA[value>"0" && value<"10" ?"valid":"error"]]></compute>
   <compute expr='value>"0" &amp;&amp; value&lt;"10" ?"valid":"error"'>valid</compute>
   <norm attr=' &apos;   &#x20;&#13;&#xa;&#9;   &apos; '/>
</doc>`;
    expect(canonicalize(parse(xml), INC)).toBe(`<doc>
   <text>First line&#xD;
Second line</text>
   <value>2</value>
   <compute>value&gt;"0" &amp;&amp; value&lt;"10" ?"valid":"error"</compute>
   <compute expr="value>&quot;0&quot; &amp;&amp; value&lt;&quot;10&quot; ?&quot;valid&quot;:&quot;error&quot;">valid</compute>
   <norm attr=" '    &#xD;&#xA;&#x9;   ' "></norm>
</doc>`);
  });

  it('3.6 UTF-8: character references become characters', () => {
    expect(canonicalize(parse('<?xml version="1.0" encoding="ISO-8859-1"?>\n<doc>&#169;</doc>'), INC)).toBe('<doc>\u00a9</doc>');
  });
});

describe('Exclusive C14N, W3C section 2.2 example, and subsets', () => {
  const first = `<n0:local xmlns:n0="foo:bar" xmlns:n3="ftp://example.org"><n1:elem2 xmlns:n1="http://example.net" xml:lang="en"><n3:stuff xmlns:n3="ftp://example.org"/></n1:elem2></n0:local>`;
  const second = `<n2:pdu xmlns:n1="http://example.com" xmlns:n2="http://foo.example" xml:lang="fr" xml:space="retain"><n1:elem2 xmlns:n1="http://example.net" xml:lang="en"><n3:stuff xmlns:n3="ftp://example.org"/></n1:elem2></n2:pdu>`;

  it("inclusive C14N of a subtree takes in the ancestors' namespaces (and xml:* attributes)", () => {
    expect(canonicalize(byLocalName(parse(first), 'elem2'), INC)).toBe(
      '<n1:elem2 xmlns:n0="foo:bar" xmlns:n1="http://example.net" xmlns:n3="ftp://example.org" xml:lang="en"><n3:stuff></n3:stuff></n1:elem2>',
    );
    expect(canonicalize(byLocalName(parse(second), 'elem2'), INC)).toBe(
      '<n1:elem2 xmlns:n1="http://example.net" xmlns:n2="http://foo.example" xml:lang="en" xml:space="retain"><n3:stuff xmlns:n3="ftp://example.org"></n3:stuff></n1:elem2>',
    );
  });

  it('exclusive C14N gives the same bytes in both contexts', () => {
    const expected = '<n1:elem2 xmlns:n1="http://example.net" xml:lang="en"><n3:stuff xmlns:n3="ftp://example.org"></n3:stuff></n1:elem2>';
    expect(canonicalize(byLocalName(parse(first), 'elem2'), EXC)).toBe(expected);
    expect(canonicalize(byLocalName(parse(second), 'elem2'), EXC)).toBe(expected);
  });

  it('InclusiveNamespaces PrefixList renders listed prefixes that are in scope', () => {
    expect(canonicalize(byLocalName(parse(second), 'elem2'), { ...EXC, inclusivePrefixes: ['n2', 'unknown'] })).toBe(
      '<n1:elem2 xmlns:n1="http://example.net" xmlns:n2="http://foo.example" xml:lang="en"><n3:stuff xmlns:n3="ftp://example.org"></n3:stuff></n1:elem2>',
    );
    const withDefault = parse('<r xmlns="urn:d" xmlns:p="urn:p"><p:a><p:b/></p:a></r>');
    expect(canonicalize(byLocalName(withDefault, 'a'), { ...EXC, inclusivePrefixes: ['#default'] })).toBe(
      '<p:a xmlns="urn:d" xmlns:p="urn:p"><p:b></p:b></p:a>',
    );
  });

  it('exclusive C14N: default namespace undeclaration only when an output ancestor declared one', () => {
    const doc = parse('<a xmlns="urn:x"><b xmlns=""><c/></b></a>');
    expect(canonicalize(doc, EXC)).toBe('<a xmlns="urn:x"><b xmlns=""><c></c></b></a>');
    expect(canonicalize(byLocalName(doc, 'b'), EXC)).toBe('<b><c></c></b>');
  });

  it('exclusive C14N: attribute prefixes are visibly utilised, xml: is never declared', () => {
    const doc = parse('<r xmlns:q="urn:q" xmlns:u="urn:unused"><e q:a="1" xml:lang="de" b="2"/></r>');
    expect(canonicalize(byLocalName(doc, 'e'), EXC)).toBe('<e xmlns:q="urn:q" b="2" xml:lang="de" q:a="1"></e>');
  });

  it('excludes a subtree (enveloped-signature transform) and drops comments unless asked', () => {
    const doc = parse('<a ID="x"><!--c--><b/><Signature><x/></Signature><d>t</d></a>');
    const sig = byLocalName(doc, 'Signature');
    expect(canonicalize(doc.documentElement!, { ...EXC, exclude: sig })).toBe('<a ID="x"><b></b><d>t</d></a>');
    expect(canonicalize(doc.documentElement!, { exclusive: true, withComments: true, exclude: sig })).toBe(
      '<a ID="x"><!--c--><b></b><d>t</d></a>',
    );
  });
});
