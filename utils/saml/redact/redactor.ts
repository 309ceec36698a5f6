import { parseSaml } from '@/utils/saml/model';
import type { SamlModel } from '@/utils/saml/types';
import { mapXmlText, xmlVariants } from './xml-segments';

/** Attribute (claim) names whose values identify a person; compared on the part after the last / # or :. */
const PERSONAL_ATTRIBUTES = new Set([
  'email',
  'emailaddress',
  'mail',
  'upn',
  'name',
  'displayname',
  'givenname',
  'firstname',
  'surname',
  'lastname',
  'familyname',
  'fullname',
  'commonname',
  'objectidentifier',
  'nameidentifier',
  'userprincipalname',
  'samaccountname',
  'phone',
  'mobile',
  'telephonenumber',
]);

const EMAIL = /[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

function localName(name: string): string {
  return (name.split(/[/#:]/).pop() ?? name).toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces personal data with stable placeholders: the same person gets the
 * same placeholder everywhere in one export, so support can still follow
 * them from request to response. Learn values from every message first
 * (learnXml), then redact texts, XML and URLs.
 */
export class Redactor {
  /** original (lower-cased for matching) -> placeholder */
  private readonly values = new Map<string, string>();
  /** Single words of names, replaced only as whole words. */
  private readonly tokens = new Map<string, string>();
  private counter = 0;
  private compiled: { values: RegExp | null; tokens: RegExp | null } | null = null;

  private placeholderFor(value: string): string {
    const m = /^[^@\s]+@([^@\s]+)$/.exec(value);
    this.counter++;
    // Keep the domain of an e-mail: it tells support which tenant/mailbox kind it was.
    return m ? `redacted-user-${this.counter}@${m[1]}` : `[redacted-${this.counter}]`;
  }

  private learnValue(raw: string, splitWords: boolean): void {
    const value = raw.trim();
    if (value.length < 2) return;
    const key = value.toLowerCase();
    if (!this.values.has(key)) {
      this.values.set(key, this.placeholderFor(value));
      this.compiled = null;
    }
    const emailLocal = /^([^@\s]+)@/.exec(value)?.[1];
    if (emailLocal && emailLocal.length >= 3 && !this.values.has(emailLocal.toLowerCase())) {
      this.values.set(emailLocal.toLowerCase(), `[redacted-${++this.counter}]`);
    }
    if (splitWords && !value.includes('@')) {
      for (const word of value.split(/[\s,]+/)) {
        if (word.length >= 2 && word !== value && !this.tokens.has(word.toLowerCase())) {
          this.tokens.set(word.toLowerCase(), `[redacted-${++this.counter}]`);
          this.compiled = null;
        }
      }
    }
  }

  /** Learns the personal values of a parsed message. */
  learnModel(model: SamlModel | null): void {
    if (!model) return;
    const assertions = model.kind === 'Response' ? model.assertions : model.kind === 'Assertion' ? [model.assertion] : [];
    for (const a of assertions) {
      if (a.nameId) this.learnValue(a.nameId.value, false);
      for (const attr of a.attributes) {
        if (PERSONAL_ATTRIBUTES.has(localName(attr.name)) || PERSONAL_ATTRIBUTES.has(localName(attr.friendlyName ?? ''))) {
          for (const v of attr.values) this.learnValue(v, true);
        }
      }
    }
    if (model.kind === 'LogoutRequest' && model.nameId) this.learnValue(model.nameId.value, false);
  }

  /** Learns from raw XML: its model, plus every NameID text even where the model does not look. */
  learnXml(xml: string): void {
    this.learnModel(parseSaml(xml).model);
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?NameID\b[^>]*>([^<]+)</g)) if (m[1]) this.learnValue(decodeXmlText(m[1]), false);
  }

  /** Learns a value known to be personal (e.g. a user name typed elsewhere). */
  learn(value: string): void {
    this.learnValue(value, true);
  }

  private regexes(): { values: RegExp | null; tokens: RegExp | null } {
    if (this.compiled) return this.compiled;
    const alternation = (keys: string[]) =>
      keys
        .flatMap((k) => xmlVariants(k))
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
    const valueKeys = [...this.values.keys()];
    const tokenKeys = [...this.tokens.keys()];
    this.compiled = {
      values: valueKeys.length ? new RegExp(alternation(valueKeys), 'gi') : null,
      tokens: tokenKeys.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(tokenKeys)})(?![\\p{L}\\p{N}])`, 'giu') : null,
    };
    return this.compiled;
  }

  private lookup(map: Map<string, string>, match: string): string {
    return map.get(decodeXmlText(match).toLowerCase()) ?? '[redacted]';
  }

  /** Redacts free text: learned values, name words, and any e-mail address. */
  text(input: string): string {
    const { values, tokens } = this.regexes();
    let out = input;
    if (values) out = out.replace(values, (m) => this.lookup(this.values, m));
    if (tokens) out = out.replace(tokens, (m) => this.lookup(this.tokens, m));
    return out.replace(EMAIL, (m) => {
      if (m.startsWith('redacted-user-')) return m;
      const key = m.toLowerCase();
      let p = this.values.get(key);
      if (!p) {
        p = this.placeholderFor(m);
        this.values.set(key, p);
        this.compiled = null;
      }
      return p;
    });
  }

  /** Redacts a SAML XML document: personal values, SignatureValue, SessionIndex. Markup stays intact. */
  xml(xml: string): string {
    this.learnXml(xml);
    const withoutSignatures = xml.replace(/(<(?:[\w.-]+:)?SignatureValue\b[^>]*>)[^<]*(<\/(?:[\w.-]+:)?SignatureValue>)/g, '$1REDACTED$2');
    const withoutSessions = withoutSignatures.replace(/(\bSessionIndex\s*=\s*)("[^"]*"|'[^']*')/g, '$1"[redacted-session]"');
    return mapXmlText(withoutSessions, (t) => this.text(t));
  }
}

function decodeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
