// Putting user text into HTML and CSS safely. Names, titles and paragraphs are data, never markup: a name such as
// `<script>` or `"; } body { display:none` must come out as the letters typed.

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIAL_ALL = /[&<>"']/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attributes. Fast path: most names need no escaping. */
export function escapeHtml(text: string): string {
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIAL_ALL, (c) => HTML_ENTITIES[c]) : text;
}

/**
 * A CSS string literal ("..."), for `content:` in page margin boxes. Quotes and backslashes are escaped, line
 * breaks become spaces, and `<` is written as an escape so that no text can close the <style> element.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ');
  return `"${body}"`;
}

const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NAMED_COLOUR = /^[a-z]{3,30}$/i;
const FUNCTION_COLOUR = /^(?:rgb|rgba|hsl|hsla)\(\s*[0-9.,%\s/]+\)$/i;

/** A colour from a style, or the fallback when it is not a plain CSS colour (so a style cannot inject CSS). */
export function cssColour(value: string, fallback: string): string {
  const v = value.trim();
  return HEX_COLOUR.test(v) || NAMED_COLOUR.test(v) || FUNCTION_COLOUR.test(v) ? v : fallback;
}

const BASE64 = /^[A-Za-z0-9+/=\r\n]*$/;

/** A data: URL for an image kept in the document, or null when its bytes are not plain base64. */
export function imageDataUrl(mediaType: string, data: string): string | null {
  if (!/^image\/(png|jpeg|svg\+xml|webp)$/.test(mediaType) || !BASE64.test(data)) return null;
  return `data:${mediaType};base64,${data.replace(/[\r\n]/g, '')}`;
}
