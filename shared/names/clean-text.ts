// Cleaning text that arrives from outside (the clipboard, a spreadsheet cell): invisible characters that change
// how text is shown or stored, without touching the letters themselves. Right-to-left names (Hebrew, Arabic) stay
// exactly as typed; only the explicit direction overrides and isolates are removed, because a stray U+202E makes a
// name display backwards on a roll and in every list.

/** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 controls other than tab, line feed and carriage return, plus DEL. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Byte order marks and stray zero-width no-break spaces left by editors. */
const BOM = /\uFEFF/g;

/** Removes control characters, bidi overrides/isolates and BOMs; keeps tabs and line breaks (multi-line notes). */
export function cleanPastedText(text: string): string {
  return INVISIBLE.test(text) ? text.replace(CONTROL_CHARS, '').replace(BIDI_CONTROLS, '').replace(BOM, '') : text;
}

/** Any character cleanPastedText removes (one scan decides whether the three replacements are needed). */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const UNTIDY = 0;
const TIDY = 1;
const TIDY_ASCII = 2;

const WHITESPACE_RUN = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * A name or label as Rollcall stores it: cleaned, in NFC (so "Amélie" typed and "Amélie" pasted in decomposed form
 * are the same string), with runs of spaces, tabs and line breaks collapsed to one space and the ends trimmed.
 * The letters are never changed.
 */
export function cleanName(text: string): string {
  // Empty cells are the most common of all in a crew list.
  if (text === '') return text;
  const tidy = tidiness(text);
  // The common case (plain ASCII, single spaces, trimmed): nothing to do.
  if (tidy === TIDY_ASCII) return text;
  // A tidy name in any script (single inner spaces, nothing invisible): only NFC can change it.
  if (tidy === TIDY) {
    // normalize returns a copy even when nothing changed; keep the original so the copy dies young.
    const normal = text.normalize('NFC');
    return normal === text ? text : normal;
  }
  return cleanPastedText(text).normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * TIDY when cleaning could only change the text by NFC: no control, invisible or whitespace character other than
 * single spaces between words; TIDY_ASCII when it is besides printable ASCII (nothing to change at all). One pass
 * over the characters instead of regular expressions, for imports and exports that clean tens of thousands of
 * names in many scripts. Anything unusual answers UNTIDY (the full path).
 */
function tidiness(text: string): number {
  const last = text.length - 1;
  let ascii = true;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return UNTIDY;
    } else if (c > 0x20 && c < 0x7f) {
      continue;
    } else if (
      c < 0x21 ||
      (c >= 0x7f && c <= 0xa0) ||
      c === 0x1680 ||
      c === 0x180e ||
      (c >= 0x2000 && c <= 0x200f) ||
      (c >= 0x2028 && c <= 0x202f) ||
      (c >= 0x205f && c <= 0x206f) ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      return UNTIDY;
    } else {
      ascii = false;
    }
  }
  return ascii ? TIDY_ASCII : TIDY;
}

/** True when the text has characters `cleanPastedText` would remove, so a UI can say what it did. */
export function hasInvisibleControls(text: string): boolean {
  return INVISIBLE.test(text);
}
