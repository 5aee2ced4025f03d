// Is a file a logo Rollcall can keep? Decided from its bytes, never its name: PNG, JPEG and WebP by their magic
// numbers, SVG by being UTF-8 text whose root element is <svg>. Logos live inside the .rollcall file (base64), so
// they are size-limited.
//
// SVG can carry script, event handlers, foreignObject HTML and references to other files. Rollcall only ever shows
// a logo as <img src="data:..."> (the preview frame, the HTML crawl, the PDF), where browsers run no script and
// load nothing external, so such an SVG would be inert there. It is refused all the same: a logo may later be
// opened on its own or handed to a title house's tools, and an export promises no remote reference. What is
// refused: <script>, on* event attributes, javascript: URLs, <foreignObject>, DOCTYPE/ENTITY declarations, and
// any href or url() that points outside the file (http:, https:, file:, //).
import { UserFacingError } from '../ipc/result';

export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
export type LogoMediaType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

const UNSAFE_SVG: readonly [RegExp, string][] = [
  [/<script[\s>/]/i, 'a script'],
  [/<foreignObject[\s>/]/i, 'embedded HTML (foreignObject)'],
  [/<!(DOCTYPE|ENTITY)/i, 'a DOCTYPE or entity declaration'],
  [/\son[a-z]+\s*=/i, 'an event handler (on… attribute)'],
  [/javascript:/i, 'a javascript: link'],
  [/(href\s*=\s*["']|url\(\s*["']?)\s*(https?:|file:|\/\/)/i, 'a reference to another file or web address'],
];

function quoted(name: string): string {
  return `“${name}”`;
}

/** The SVG's text, when the bytes are UTF-8 text whose first element is <svg>; otherwise null. */
function svgText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Before the root element: a byte order mark, white space, an XML declaration, comments, a DOCTYPE.
  const head = text.replace(/^\uFEFF/, '').replace(/^(\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  return /^<svg[\s>]/i.test(head) ? text : null;
}

/**
 * The media type of a logo's bytes, or a UserFacingError with one sentence naming the file and the problem.
 * `fileName` is only for the sentence.
 */
export function checkLogoBytes(bytes: Uint8Array, fileName: string): LogoMediaType {
  const who = quoted(fileName);
  if (bytes.length === 0) throw new UserFacingError('UNREADABLE', `${who} is empty, so it is not a logo.`);
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new UserFacingError('UNREADABLE', `${who} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a logo can be at most 5 MB, because it is kept inside the production file.`);
  }
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  const svg = svgText(bytes);
  if (svg !== null) {
    for (const [pattern, what] of UNSAFE_SVG) {
      if (pattern.test(svg)) throw new UserFacingError('UNREADABLE', `${who} is an SVG with ${what}, which Rollcall does not keep in a logo; export it again as a plain SVG or a PNG.`);
    }
    return 'image/svg+xml';
  }
  throw new UserFacingError('UNREADABLE', `${who} is not a PNG, JPEG, WebP or SVG image, so it cannot be used as a logo.`);
}

/** Base64 of bytes, without Node's Buffer (shared/ is plain TypeScript). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** "Northern Lights.svg" -> "Northern Lights": the logo's name until the user renames it. */
export function logoNameFromFile(fileName: string): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return base.slice(0, 200) || 'Logo';
}
