import { describe, expect, it } from 'vitest';
import {
  carrierOf,
  encodeSamlFields,
  findParam,
  formDecode,
  formDecodeBase64,
  namesCarrierParam,
  parseUrlEncoded,
  pickSamlFields,
  queryPart,
  samlFieldsFromUrl,
  splitQuery,
} from '@/utils/saml/decode/form';
import { htmlForms } from '@/utils/saml/decode/html-form';
import { samlFormsInHtml } from '@/utils/saml/har/html-form';

describe('query and form pairs (one parser for the decoder, the HAR reader and the recorder)', () => {
  it('keeps each value as sent, for the Redirect binding’s signature over the original octets', () => {
    const params = splitQuery('SAMLRequest=a%2Bb%3D&RelayState=x+y&&SigAlg');
    expect(params).toEqual([
      { name: 'SAMLRequest', raw: 'a%2Bb%3D' },
      { name: 'RelayState', raw: 'x+y' },
      { name: 'SigAlg', raw: '' },
    ]);
  });

  it('form-decodes ("+" is a space) and says null for a broken % escape', () => {
    expect(formDecode('x+y%21')).toBe('x y!');
    expect(formDecode('%E0%A4%A')).toBeNull();
    expect(formDecodeBase64('ab+cd%2B')).toBe('ab+cd+');
  });

  it('refuses a whole body with one broken escape, and bodies that are markup or JSON', () => {
    expect(parseUrlEncoded('SAMLResponse=abc&RelayState=%ZZ')).toBeNull();
    expect(parseUrlEncoded(' <html>')).toBeNull();
    expect(parseUrlEncoded('{"a":1}')).toBeNull();
    expect(parseUrlEncoded('a=1+2&b')).toEqual([
      ['a', '1 2'],
      ['b', ''],
    ]);
  });

  it('finds the first parameter of a name in any case for pasted text', () => {
    const params = splitQuery('samlresponse=first&SAMLResponse=second');
    expect(findParam(params, 'SAMLResponse')?.raw).toBe('first');
    expect(queryPart('https://x.example/p?a=1#frag')).toBe('a=1');
  });

  it('picks SAML fields by their exact names, first occurrence winning, and the carrier a reader takes', () => {
    const fields = pickSamlFields([
      ['SAMLRequest', 'req'],
      ['SAMLResponse', 'one'],
      ['SAMLResponse', 'two'],
      ['samlresponse', 'lower'],
      ['password', 'never kept'],
    ]);
    expect(fields).toEqual({ SAMLRequest: 'req', SAMLResponse: 'one' });
    expect(carrierOf(fields)).toEqual({ param: 'SAMLResponse', value: 'one' });
    expect(carrierOf({ wresult: 'w' })).toEqual({ param: 'wresult', value: 'w' });
    expect(carrierOf({ RelayState: 'r' })).toBeNull();
    expect(encodeSamlFields({ RelayState: 'a b', SAMLResponse: 'x+y' })).toBe('SAMLResponse=x%2By&RelayState=a%20b');
  });

  it('reads a URL’s query as the browser does', () => {
    expect(samlFieldsFromUrl('https://login.example/saml2?SAMLRequest=ab%2B+c&RelayState=r')).toEqual({
      SAMLRequest: 'ab+ c',
      RelayState: 'r',
    });
    expect(samlFieldsFromUrl('https://login.example/saml2?RelayState=r')).toBeNull();
    expect(samlFieldsFromUrl('not a url')).toBeNull();
  });

  it('notices a carrier parameter without decoding', () => {
    expect(namesCarrierParam('https://x.example/?a=1&SAMLRequest=x')).toBe(true);
    expect(namesCarrierParam('wresult=<x/>')).toBe(true);
    expect(namesCarrierParam('RelayState=SAMLRequest=x')).toBe(false);
  });
});

describe('auto-submitting HTML forms', () => {
  it('reads every form’s action and fields, entities decoded, quotes of either kind or none', () => {
    const html = `<form method="post" action="https://sso.example/acs?a=1&amp;b=2"><input type=hidden name=SAMLResponse value="ab&#x2B;c="/><input name='RelayState' value='it&#39;s'></form>`;
    expect(htmlForms(html)).toEqual([
      {
        action: 'https://sso.example/acs?a=1&b=2',
        fields: [
          ['SAMLResponse', 'ab+c='],
          ['RelayState', "it's"],
        ],
      },
    ]);
  });

  it('keeps a wresult whose XML uses the other quote, and reads a form left open', () => {
    const wresult = `<t:RequestSecurityTokenResponse xmlns:t='http://schemas.xmlsoap.org/ws/2005/02/trust'/>`;
    const html = `<form action="https://sp.example/wsfed"><input name="wresult" value="${wresult.replace(/</g, '&lt;').replace(/>/g, '&gt;')}">`;
    expect(htmlForms(html)[0]?.fields).toEqual([['wresult', wresult]]);
    expect(htmlForms('<form><input name="user" value="x"></form>')).toEqual([]);
  });

  it('gives the HAR reader each form’s SAML message, the first of a name winning, as a browser posts it', () => {
    const html = `<form action="https://acs.example/"><input name="SAMLResponse" value="first"><input name="SAMLResponse" value="second"><input name="RelayState" value="r1"></form><form><input name="wresult" value="&lt;x/&gt;"></form>`;
    expect(samlFormsInHtml(html)).toEqual([{ action: 'https://acs.example/', param: 'SAMLResponse', value: 'first', relayState: 'r1' }]);
  });
});
