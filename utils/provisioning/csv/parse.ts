/**
 * A CSV reader after RFC 4180: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes; CRLF, LF and lone CR all end a
 * record. The delimiter is taken from the header line (a spreadsheet re-saved
 * in some locales writes semicolons). One pass, linear in the text: unquoted
 * fields are found with indexOf, and the next line break and the next
 * delimiter are remembered rather than searched for again per field (a file
 * with one column has no delimiter to find at all).
 */

export interface CsvTable {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** Records after the cap that were not read. */
  rowsDropped: number;
  /** Quoted fields with characters after the closing quote (kept, appended). */
  strayAfterQuote: number;
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; message: string };

function detectDelimiter(text: string, start: number): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = start; i < text.length && i < start + 100_000; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c !== undefined && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  let best = ',';
  for (const d of [';', '\t']) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

function lineOf(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function parseCsv(text: string, start: number, maxRows: number): CsvResult {
  const delimiter = detectDelimiter(text, start);
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let rowsDropped = 0;
  let strayAfterQuote = 0;
  let nextBreak = -2; // cached index of the next \n or \r at or after i (-1: none)
  const breakAfter = (from: number): number => {
    if (nextBreak === -2 || (nextBreak >= 0 && nextBreak < from)) {
      const lf = text.indexOf('\n', from);
      const cr = text.indexOf('\r', from);
      nextBreak = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    }
    return nextBreak;
  };
  let quoted = false; // whether the row's last field was quoted ("" is a value, a blank line is not)
  let nextDelimiter = -2; // cached index of the next delimiter at or after i (-1: none)
  const delimiterAfter = (from: number): number => {
    if (nextDelimiter === -2 || (nextDelimiter >= 0 && nextDelimiter < from)) nextDelimiter = text.indexOf(delimiter, from);
    return nextDelimiter;
  };
  const endRow = () => {
    // A blank line is one empty, unquoted field: not a record.
    if (!(row.length === 1 && row[0] === '' && !quoted)) {
      if (rows.length < maxRows + 1) rows.push(row);
      else rowsDropped++;
    }
    row = [];
  };

  let i = start;
  for (;;) {
    let field: string;
    quoted = text.charCodeAt(i) === 0x22;
    if (quoted) {
      const parts: string[] = [];
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { ok: false, message: `a quoted field that starts on line ${lineOf(text, i)} is never closed` };
        if (text.charCodeAt(q + 1) === 0x22) {
          parts.push(text.slice(j, q + 1));
          j = q + 2;
          continue;
        }
        parts.push(text.slice(j, q));
        i = q + 1;
        break;
      }
      field = parts.join('');
      const c = text[i];
      if (i < n && c !== delimiter && c !== '\n' && c !== '\r') {
        // Not RFC 4180, but seen from hand-edited files: keep what follows, up to the field's end.
        strayAfterQuote++;
        const d = delimiterAfter(i);
        const b = breakAfter(i);
        const end = Math.min(d < 0 ? n : d, b < 0 ? n : b);
        field += text.slice(i, end);
        i = end;
      }
    } else {
      const d = delimiterAfter(i);
      const b = breakAfter(i);
      const end = Math.min(d < 0 ? n : d, b < 0 ? n : b);
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) {
      endRow();
      break;
    }
    const c = text[i];
    if (c === delimiter) {
      i++;
      continue;
    }
    // A line break: CRLF counts once.
    i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= n) break;
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, message: 'the file is empty' };
  return { ok: true, table: { header: header.map((h) => h.trim()), rows: body, delimiter, rowsDropped, strayAfterQuote } };
}
