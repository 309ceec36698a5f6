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
 * never learned. One regular-expression pass per text, and each value is
 * learned once, so a 100,000-event export redacts in linear time.
 */

const WORD_SOURCE = String.raw`[\p{L}\p{N}]+(?:['’._-][\p{L}\p{N}]+)*`;
// Each shape may start only where a token starts (the lookbehinds), so a long run of characters that
// never becomes a match costs one attempt, not one per position: redaction stays linear.
const EXT_UPN_SOURCE = String.raw`(?<![^\s'"<>()[\],;:@])[^\s'"<>()[\],;:@]+#[Ee][Xx][Tt]#@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const EMAIL_SOURCE = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-][\p{L}\p{N}._%+'’-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;
/** GUID-shaped, letters beyond hex included (Microsoft's samples have ids like 5e6c9rae-…). */
const ID_SOURCE = '[0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12}';

const WORD = new RegExp(WORD_SOURCE, 'gu');
const WHOLE_ID = new RegExp(`^${ID_SOURCE}$`, 'u');
const QUOTED = /'([^'\n]{2,200})'/g;

/**
 * One pass: at each position the longer shapes are tried first (a guest UPN,
 * then an address, then an id), then a plain word. Texts without "@" skip
 * the address shapes, which would otherwise be tried at every position.
 */
const WITH_AT = new RegExp(
  `(${EXT_UPN_SOURCE})|(${EMAIL_SOURCE})|(?<![\\p{L}\\p{N}])(${ID_SOURCE})(?![\\p{L}\\p{N}])|(${WORD_SOURCE})`,
  'gu',
);
const WITHOUT_AT = new RegExp(`(?<![\\p{L}\\p{N}])(${ID_SOURCE})(?![\\p{L}\\p{N}])|(${WORD_SOURCE})`, 'gu');

/**
 * Words never treated as personal even when part of a name: the vocabulary
 * of the logs themselves. Replacing them would make the texts unreadable and
 * protect nobody.
 */
const VOCABULARY = new Set(
  'user users group groups the and of in to from for with a an is was be not no by on at as or azure active directory microsoft entra id ext ad aad scim app application justcall customappsso retrieved created updated deleted disabled failed create update delete disable received change type add true false null'.split(
    ' ',
  ),
);

function isWordWorthLearning(w: string): boolean {
  if (w.length < 2 || VOCABULARY.has(w)) return false;
  return !(/^\p{N}+$/u.test(w) && w.length < 4);
}

function isAddress(v: string): boolean {
  return v.lastIndexOf('@') > 0 && !/\s/.test(v);
}

export class PersonalData {
  /** Learned words of names and local parts -> placeholder. */
  private readonly words = new Map<string, string>();
  /** Whole values (lower-cased) -> placeholder: addresses, ids, names, phone numbers. */
  private readonly values = new Map<string, string>();
  private counter = 0;

  private learnWords(text: string): void {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const w = m[0].toLowerCase();
      if (!this.words.has(w) && isWordWorthLearning(w)) this.words.set(w, `[redacted-${++this.counter}]`);
    }
  }

  private address(v: string): string {
    const key = v.toLowerCase();
    let p = this.values.get(key);
    if (p) return p;
    const at = v.lastIndexOf('@');
    let local = v.slice(0, at);
    const domain = v.slice(at + 1);
    const ext = local.toLowerCase().indexOf('#ext#');
    // Keep the domain (it tells support which tenant) and the guest form; lose the mailbox.
    p = `redacted-user-${++this.counter}${ext >= 0 ? '#EXT#' : ''}@${domain}`;
    this.values.set(key, p);
    if (ext >= 0) {
      local = local.slice(0, ext);
      // A guest's local part is their home address with "@" turned into "_": the name is before it.
      const home = local.lastIndexOf('_');
      if (home > 0) this.learnWords(local.slice(0, home));
    }
    this.learnWords(local);
    return p;
  }

  private id(v: string): string {
    const key = v.toLowerCase();
    let p = this.values.get(key);
    if (!p) {
      p = `[id-${++this.counter}]`;
      this.values.set(key, p);
    }
    return p;
  }

  /** Learns a value known to identify a person (a name, a UPN, an id, an attribute value); returns its placeholder. */
  private placeholder(raw: string): string {
    const v = raw.trim();
    const key = v.toLowerCase();
    const known = this.values.get(key);
    if (known) return known;
    if (v.length === 36 && WHOLE_ID.test(v)) return this.id(v);
    if (isAddress(v)) return this.address(v);
    this.learnWords(v);
    const p = `[redacted-${++this.counter}]`;
    this.values.set(key, p);
    return p;
  }

  learn(value: string | null | undefined): void {
    if (value && value.trim().length >= 2) this.placeholder(value);
  }

  /** Learns the single-quoted names in one of Entra's step descriptions ("User 'Adele Vance'"). */
  learnQuoted(description: string): void {
    if (description.includes("'")) for (const m of description.matchAll(QUOTED)) this.learn(m[1]);
  }

  /** A whole identity value replaced by its placeholder (learning it if new). Null and '' stay as they are. */
  value(v: string | null): string | null {
    if (v === null || v.trim() === '') return v;
    return v.trim().length < 2 ? '[redacted]' : this.placeholder(v);
  }

  /** Free text with every personal value replaced. */
  text(input: string | null): string {
    if (!input) return input ?? '';
    const re = input.includes('@') ? WITH_AT : WITHOUT_AT;
    const withAt = re === WITH_AT;
    re.lastIndex = 0;
    return input.replace(re, (m: string, a?: string, b?: string, c?: string) => {
      const [ext, email, id] = withAt ? [a, b, c] : [undefined, undefined, a];
      if (ext || email) return m.startsWith('redacted-user-') ? m : this.address(m);
      if (id) return this.id(m);
      if (m.startsWith('redacted-') || m.startsWith('id-')) return m;
      return this.words.get(m.toLowerCase()) ?? m;
    });
  }
}
