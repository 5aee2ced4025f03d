// Fonts for the self-contained HTML export: the faces of the fallback stack this roll needs, cut down to the
// characters it uses (harfbuzz's subsetter via subset-font, layout features kept so that Arabic joins and
// Devanagari conjuncts still form; hinting dropped, a third of the size, which screens at crawl sizes do not use)
// and embedded as data: URLs. A Latin roll carries about 30 KB per weight instead of 500 KB; a roll with CJK names
// carries the glyphs it uses instead of a 20 MB collection.
import { promises as fs } from 'node:fs';
import type { RollStyle } from '../../shared/model';
import { stackFamiliesFor } from '../../shared/roll/fonts';
import { extractCollectionFace, isFontCollection } from './font-collection';
import { findFace, type FontFace } from './installed-fonts';

type SubsetFont = (font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; noHinting?: boolean }) => Promise<Buffer>;

let subsetter: Promise<SubsetFont> | null = null;
function loadSubsetter(): Promise<SubsetFont> {
  subsetter ??= import('subset-font').then((m) => (m as unknown as { default?: SubsetFont }).default ?? (m as unknown as SubsetFont));
  return subsetter;
}

const fileCache = new Map<string, Promise<Buffer>>();
const subsetCache = new Map<string, Promise<Buffer>>();
const SUBSET_CACHE_LIMIT = 32;

function faceBytes(face: FontFace): Promise<Buffer> {
  const key = `${face.file}#${face.index}`;
  let found = fileCache.get(key);
  if (!found) {
    found = fs.readFile(face.file).then((bytes) => (isFontCollection(bytes) ? Buffer.from(extractCollectionFace(bytes, face.index)) : bytes));
    fileCache.set(key, found);
  }
  return found;
}

async function subset(face: FontFace, characters: string): Promise<Buffer> {
  const key = `${face.file}#${face.index}#${characters}`;
  let found = subsetCache.get(key);
  if (!found) {
    found = Promise.all([loadSubsetter(), faceBytes(face)]).then(([cut, bytes]) => cut(bytes, characters, { targetFormat: 'sfnt', noHinting: true }));
    if (subsetCache.size >= SUBSET_CACHE_LIMIT) subsetCache.delete(subsetCache.keys().next().value!);
    subsetCache.set(key, found);
    found.catch(() => subsetCache.delete(key));
  }
  return found;
}

/**
 * The distinct characters of a text in every case a style can turn them into, sorted (a stable cache key). One
 * pass over the text; case variants are taken of the distinct characters only, so a 2 MB roll costs milliseconds.
 */
export function charactersOf(text: string): string {
  const seen = new Set<string>();
  const ascii = new Uint8Array(128);
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) ascii[code] = 1;
    else seen.add(ch);
  }
  for (let code = 32; code < 127; code++) if (ascii[code]) seen.add(String.fromCharCode(code));
  for (const ch of [...seen]) {
    for (const variant of [ch.toUpperCase(), ch.toLowerCase()]) for (const c of variant) seen.add(c);
  }
  return [...seen].sort().join('');
}

/** The families and weights a roll drawn in a style uses: the style's typefaces, then the stack for its scripts. */
function wantedFamilies(characters: string, style: RollStyle): string[] {
  const chosen = [style.fontFamily, style.headingFontFamily].flatMap((f) => f.split(',')).map((f) => f.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
  return [...new Set([...chosen, ...stackFamiliesFor(characters)])];
}

/**
 * @font-face rules embedding every face the text needs. Families that are not installed are left out; the
 * stylesheet's fallback stack still names them, so a viewer who has them installed sees them.
 */
export async function embeddedFontCss(text: string, style: RollStyle): Promise<string> {
  const characters = charactersOf(text);
  const weights = [...new Set([style.roleWeight, style.nameWeight, 700])];
  const rules: string[] = [];
  for (const family of wantedFamilies(characters, style)) {
    const byFace = new Map<string, { face: FontFace; weights: number[] }>();
    for (const weight of weights) {
      const face = await findFace(family, weight);
      if (!face) continue;
      const key = `${face.file}#${face.index}`;
      const entry = byFace.get(key) ?? { face, weights: [] };
      entry.weights.push(weight);
      byFace.set(key, entry);
    }
    for (const { face, weights: served } of byFace.values()) {
      const bytes = await subset(face, characters);
      const opentype = bytes.subarray(0, 4).toString('latin1') === 'OTTO';
      const range = `${Math.min(...served)} ${Math.max(...served)}`;
      rules.push(
        `@font-face{font-family:"${family}";font-style:normal;font-weight:${range};font-display:block;` +
          `src:url(data:font/${opentype ? 'otf' : 'ttf'};base64,${bytes.toString('base64')}) format("${opentype ? 'opentype' : 'truetype'}")}`,
      );
    }
  }
  return rules.join('\n');
}
