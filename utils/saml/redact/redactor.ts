import type { SamlModel } from '@/utils/saml/types';
import { EMAIL, replaceIps, replacePhones } from './patterns';
import { isSafeClaimValue } from './safe-claims';
import { inside, rewriteXml, type XmlPlace } from './xml-scan';
import { xmlVariants } from './xml-segments';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decodeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Attribute values that are session handles or addresses, whatever they hold. */
const SESSION_ATTRIBUTES = new Set(['SessionIndex']);
const ADDRESS_ATTRIBUTES = new Set(['Address']);

/** Elements whose whole text identifies the user or a session. */
const IDENTITY_ELEMENTS = ['NameID', 'NameIdentifier'];

type Kind = 'value' | 'ip' | 'phone';

/**
 * Replaces personal data with stable placeholders: the same person gets the
 * same placeholder everywhere in one export, so support can still follow
 * them from request to response. By allow-list: in XML every AttributeValue
 * is removed except the few claims that are safe by nature (./safe-claims.ts),
 * and so are NameIDs, client addresses, session indexes and signature values;
 * in any text, learned values, e-mail addresses, IP addresses and phone
 * numbers. Learn from every message first (learnXml, learnModel), then redact
 * texts, XML and URLs. Nothing here parses XML: the analysis has done that once.
 */
export class Redactor {
  /** original (lower-cased for matching) -> placeholder */
  private readonly values = new Map<string, string>();
  /** Single words of names, replaced only as whole words. */
  private readonly tokens = new Map<string, string>();
  private counter = 0;
  private compiled: { values: RegExp | null; tokens: RegExp | null } | null = null;

  private placeholderFor(value: string, kind: Kind): string {
    this.counter++;
    if (kind === 'ip') return `[redacted-ip-${this.counter}]`;
    if (kind === 'phone') return `[redacted-phone-${this.counter}]`;
    const m = /^[^@\s]+@([^@\s]+)$/.exec(value);
    // Keep the domain of an e-mail: it tells support which tenant/mailbox kind it was.
    return m ? `redacted-user-${this.counter}@${m[1]}` : `[redacted-${this.counter}]`;
  }

  private placeholderOf(value: string, kind: Kind): string {
    const key = value.trim().toLowerCase();
    let p = this.values.get(key);
    if (!p) {
      p = this.placeholderFor(value.trim(), kind);
      this.values.set(key, p);
      this.compiled = null;
    }
    return p;
  }

  private learnValue(raw: string, splitWords: boolean, kind: Kind = 'value'): void {
    const value = raw.trim();
    if (value.length < 2) return;
    this.placeholderOf(value, kind);
    const emailLocal = /^([^@\s]+)@/.exec(value)?.[1];
    if (emailLocal && emailLocal.length >= 3 && !this.values.has(emailLocal.toLowerCase())) {
      this.values.set(emailLocal.toLowerCase(), `[redacted-${++this.counter}]`);
    }
    if (splitWords && !value.includes('@')) {
      for (const word of value.split(/[\s,;]+/)) {
        if (word.length >= 2 && word !== value && !this.tokens.has(word.toLowerCase())) {
          this.tokens.set(word.toLowerCase(), `[redacted-${++this.counter}]`);
          this.compiled = null;
        }
      }
    }
  }

  /** Learns the personal values of a parsed message: NameIDs, client addresses, and every claim value not safe by nature. */
  learnModel(model: SamlModel | null): void {
    if (!model) return;
    const assertions = model.kind === 'Response' ? model.assertions : model.kind === 'Assertion' ? [model.assertion] : [];
    for (const a of assertions) {
      if (a.nameId) this.learnValue(a.nameId.value, false);
      for (const sc of a.subjectConfirmations) if (sc.address) this.learnValue(sc.address, false, 'ip');
      for (const attr of a.attributes) {
        for (const v of attr.values) if (!isSafeClaimValue(attr.name, v)) this.learnValue(v, true);
      }
    }
    if (model.kind === 'LogoutRequest' && model.nameId) this.learnValue(model.nameId.value, false);
  }

  /** Learns from raw XML without parsing it, the same parts xml() removes (also from assertions a model would not show). */
  learnXml(xml: string): void {
    rewriteXml(xml, (raw, place) => {
      const kind = this.personal(raw, place);
      if (kind) this.learnValue(decodeXmlText(raw), kind === 'value' && place.attribute === null && inside(place, 'AttributeValue'), kind);
      return raw;
    });
  }

  /** Learns a value known to be personal (e.g. a user name typed elsewhere). */
  learn(value: string): void {
    this.learnValue(value, true);
  }

  /** Learns a value to replace only as a whole (a field's content), so its common words stay readable elsewhere. */
  learnWhole(value: string): void {
    this.learnValue(value, false);
  }

  /** Whether a piece of XML text is personal as a whole, and as what. */
  private personal(raw: string, place: XmlPlace): Kind | null {
    if (place.attribute !== null) return ADDRESS_ATTRIBUTES.has(place.attribute) ? 'ip' : null;
    if (IDENTITY_ELEMENTS.some((e) => inside(place, e))) return 'value';
    if (inside(place, 'AttributeValue') && !isSafeClaimValue(place.claim ? decodeXmlText(place.claim) : null, decodeXmlText(raw))) {
      return 'value';
    }
    return null;
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

  /** Redacts free text: learned values, name words, and any e-mail address, IP address or phone number. */
  text(input: string): string {
    const { values, tokens } = this.regexes();
    let out = input;
    if (values) out = out.replace(values, (m) => this.lookup(this.values, m));
    if (tokens) out = out.replace(tokens, (m) => this.lookup(this.tokens, m));
    out = out.replace(EMAIL, (m) => (/^redacted-user-\d+@/.test(m) ? m : this.placeholderOf(m, 'value')));
    out = replaceIps(out, (m) => this.placeholderOf(m, 'ip'));
    return replacePhones(out, (m) => this.placeholderOf(m, 'phone'));
  }

  /**
   * Redacts a SAML XML document: NameIDs, every claim value not safe by
   * nature, client addresses, SessionIndex and SignatureValue as wholes, and
   * personal patterns anywhere else. Markup stays intact.
   */
  xml(xml: string): string {
    this.learnXml(xml);
    return rewriteXml(xml, (raw, place) => {
      if (place.attribute !== null && SESSION_ATTRIBUTES.has(place.attribute)) return '[redacted-session]';
      if (place.attribute === null && inside(place, 'SignatureValue')) return raw.trim() ? 'REDACTED' : raw;
      if (place.attribute === null && inside(place, 'SessionIndex')) return raw.trim() ? '[redacted-session]' : raw;
      const kind = this.personal(raw, place);
      if (kind) return raw.trim() ? raw.replace(raw.trim(), this.placeholderOf(decodeXmlText(raw), kind)) : raw;
      return this.text(raw);
    });
  }
}
