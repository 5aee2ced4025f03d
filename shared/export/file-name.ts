// Export file names that every platform accepts. Windows refuses < > : " / \ | ? * and control characters, names
// ending in a dot or space, and the device names CON, PRN, AUX, NUL, COM1-9 and LPT1-9 (with any extension);
// macOS treats ":" as "/"; most file systems stop at 255 bytes. A production may be called anything, so the
// title is made safe rather than trusted.

const ILLEGAL = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_BYTES = 255;
const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * A safe file name from a base name and an extension ("pdf"). The result is NFC, has no illegal characters, does
 * not start with a dot, is not a reserved device name, and fits in 255 UTF-8 bytes with its extension, cut at a
 * character boundary.
 */
export function safeFileName(base: string, extension: string): string {
  const ext = extension.replace(/[^a-z0-9]/gi, '').toLowerCase();
  let name = base
    .normalize('NFC')
    .replace(ILLEGAL, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (name === '' || /^-+$/.test(name)) name = 'Rollcall export';
  const stem = name.split('.')[0].trim();
  if (RESERVED.test(stem)) name = `_${name}`;
  const suffix = ext ? `.${ext}` : '';
  const budget = MAX_BYTES - encoder.encode(suffix).length;
  if (encoder.encode(name).length > budget) {
    let cut = '';
    let used = 0;
    // Whole grapheme clusters, so a cut never leaves half a character or a letter without its accent.
    for (const { segment } of graphemes.segment(name)) {
      const size = encoder.encode(segment).length;
      if (used + size > budget) break;
      cut += segment;
      used += size;
    }
    name = cut.replace(/[.\s]+$/, '');
  }
  return `${name}${suffix}`;
}
