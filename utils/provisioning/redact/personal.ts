/**
 * Personal data in provisioning exports: learned from the fields that hold
 * identities, then replaced everywhere, including inside Entra's free texts
 * ("Failed to create User 'Adele Vance' in customappsso"). The same value
 * gets the same placeholder throughout one export, so support can still
 * follow one user across events.
 *
 * Free text is cut into words (letters and digits, joined by ' . _ -); a word
 * that was learned from an identity field is replaced. Whatever looks like an
 * e-mail address, a guest UPN or an object ID is replaced even when it was
 * never learned. Replacement is linear in the text, so a 100,000-event
 * export redacts in one pass.
 */

const WORD = /[\p{L}\p{N}]+(?:['’._-][\p{L}\p{N}]+)*/gu;
const EXT_UPN = /[^\s'"<>()[\],;:@]+#EXT#@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/giu;
const EMAIL = /[\p{L}\p{N}._%+-][\p{L}\p{N}._%+'’-]*@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})/gu;
/** GUID-shaped, letters beyond hex included (Microsoft's samples have ids like 5e6c9rae-…). */
const ID_SOURCE = '[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}';
const ID = new RegExp(`\\b${ID_SOURCE}\\b`, 'gi');
const WHOLE_ID = new RegExp(`^${ID_SOURCE}$`, 'i');
const QUOTED = /'([^'\n]{2,200})'/g;

/**
 * Words never treated as personal even when part of a name: the vocabulary
 * of the logs themselves. Replacing them would make the texts unreadable and
 * protect nobody.
 */
const VOCABULARY = new Set(
  'user users group groups the and of in to from for with a an is was be not no in by on at as or azure active directory microsoft entra id ext ad aad scim app application justcall customappsso retrieved created updated deleted disabled failed create update delete disable received change type add true false null'.split(
    ' ',
  ),
);

function isWordWorthLearning(w: string): boolean {
  if (w.length < 2 || VOCABULARY.has(w)) return false;
  return !(/^\p{N}+$/u.test(w) && w.length < 4);
}

export class PersonalData {
  private readonly words = new Map<string, string>();
  private readonly emails = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  /** Whole values (a display name, a phone number) to their placeholder. */
  private readonly values = new Map<string, string>();
  private counter = 0;

  private next(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }

  private learnWords(text: string): void {
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (isWordWorthLearning(w) && !this.words.has(w)) this.words.set(w, `[redacted-${++this.counter}]`);
    }
  }

  /** Learns a value known to identify a person (a name, a UPN, an id, an attribute value). */
  learn(value: string | null | undefined): void {
    if (!value) return;
    const v = value.trim();
    if (v.length < 2) return;
    if (WHOLE_ID.test(v)) {
      this.idPlaceholder(v);
      return;
    }
    const at = v.lastIndexOf('@');
    if (at > 0 && !/\s/.test(v)) {
      // An address: its local part is personal, its domain is not (it tells support which tenant).
      let local = v.slice(0, at);
      const ext = local.toLowerCase().indexOf('#ext#');
      if (ext >= 0) {
        local = local.slice(0, ext);
        // A guest's local part is their home address with "@" turned into "_": the name is before it.
        const home = local.lastIndexOf('_');
        if (home > 0) this.learnWords(local.slice(0, home));
      }
      this.learnWords(local);
      this.emailPlaceholder(v);
      return;
    }
    this.learnWords(v);
    if (!this.values.has(v.toLowerCase())) this.values.set(v.toLowerCase(), `[redacted-${++this.counter}]`);
  }

  /** Learns the single-quoted names in one of Entra's step descriptions ("User 'Adele Vance'"). */
  learnQuoted(description: string): void {
    for (const m of description.matchAll(QUOTED)) this.learn(m[1]);
  }

  private emailPlaceholder(address: string): string {
    const key = address.toLowerCase();
    let p = this.emails.get(key);
    if (!p) {
      const at = address.lastIndexOf('@');
      const local = address.slice(0, at);
      const domain = address.slice(at + 1);
      const n = this.next('redacted-user-');
      p = /#ext#/i.test(local) ? `${n}#EXT#@${domain}` : `${n}@${domain}`;
      this.emails.set(key, p);
    }
    return p;
  }

  private idPlaceholder(id: string): string {
    const key = id.toLowerCase();
    let p = this.ids.get(key);
    if (!p) {
      p = `[id-${++this.counter}]`;
      this.ids.set(key, p);
    }
    return p;
  }

  /** A whole identity value replaced by its placeholder (learning it if new). Null and '' stay as they are. */
  value(v: string | null): string | null {
    if (v === null || v.trim() === '') return v;
    this.learn(v);
    const t = v.trim();
    if (WHOLE_ID.test(t)) return this.idPlaceholder(t);
    if (t.lastIndexOf('@') > 0 && !/\s/.test(t)) return this.emailPlaceholder(t);
    return this.values.get(t.toLowerCase()) ?? '[redacted]';
  }

  /** Free text with every personal value replaced. */
  text(input: string | null): string {
    if (!input) return input ?? '';
    let out = input.replace(EXT_UPN, (m) => this.emailPlaceholder(m));
    out = out.replace(EMAIL, (m) => (m.startsWith('redacted-user-') ? m : this.emailPlaceholder(m)));
    out = out.replace(ID, (m) => this.idPlaceholder(m));
    out = out.replace(WORD, (m) => {
      if (m.startsWith('redacted-user-') || m.startsWith('id-') || m.startsWith('redacted-')) return m;
      return this.words.get(m.toLowerCase()) ?? m;
    });
    return out;
  }
}
