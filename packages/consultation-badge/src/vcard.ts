/**
 * vCard 3.0 (RFC 2426) for the つながりカード's "save contact": what Japanese phones import best.
 * Built in the browser; nothing leaves the page.
 */

/** What goes into the card. Empty fields are left out. */
export interface VCardFields {
  /** Formatted name (FN) and N: the consultation point's name. */
  name: string;
  /** Reading of the name (kana), for phones that sort by it. */
  nameKana?: string;
  organization?: string;
  phone?: string;
  email?: string;
  url?: string;
  /** Free text: topics, hours, where they connect you, last confirmed. Line breaks are kept. */
  note?: string;
}

const CRLF = '\r\n';

/** RFC 2426 §5 text escaping: backslash, comma, semicolon and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 2426 §2.6 / RFC 2425 §5.8.1): CRLF and one space, never
 * inside a UTF-8 sequence (so a Japanese character is never cut in half).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so they hold 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The number as published, without anything but digits, +, hyphens, brackets and spaces (full width folded). */
function cleanPhone(phone: string): string {
  return phone.normalize('NFKC').replace(/[^\d+\-() ]/g, '').trim();
}

/** Drops control characters that have no place in a single-line value (URLs). */
function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

/** The vCard 3.0 text, CRLF line endings, lines folded at 75 octets. */
export function buildVCard(fields: VCardFields): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  const name = escapeText(fields.name.trim());
  // N is required in 3.0: family;given;additional;prefix;suffix. A place has one name: the first field.
  lines.push(`N:${name};;;;`, `FN:${name}`);
  if (fields.nameKana?.trim()) {
    const kana = escapeText(fields.nameKana.trim());
    lines.push(`SORT-STRING:${kana}`, `X-PHONETIC-LAST-NAME:${kana}`);
  }
  if (fields.organization?.trim()) lines.push(`ORG:${escapeText(fields.organization.trim())}`);
  const phone = fields.phone ? cleanPhone(fields.phone) : '';
  if (phone) lines.push(`TEL;TYPE=VOICE:${phone}`);
  if (fields.email?.trim()) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(singleLine(fields.email))}`);
  // URL is of type uri: no text escaping, but it must stay on one logical line.
  if (fields.url?.trim()) lines.push(`URL:${singleLine(fields.url)}`);
  if (fields.note?.trim()) lines.push(`NOTE:${escapeText(fields.note.trim())}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the card: the name without characters file systems refuse. */
export function vcardFileName(name: string): string {
  const safe = [...name]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${safe || 'contact'}.vcf`;
}
