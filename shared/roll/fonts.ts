// The font fallback stack every roll is drawn with (preview, HTML export, PDF). The style's typeface comes first;
// then one Noto family per script, so that any name in Latin (with diacritics), Cyrillic, Greek, CJK, Hangul,
// Hebrew, Arabic, Devanagari, Tamil, Thai, Georgian, Armenian or Ethiopic finds a font that has its letters and
// combining marks. Noto Sans covers Latin, Greek and Cyrillic; the CJK family covers Han, kana and Hangul and
// comes after the script-specific families so that it never supplies their punctuation. The last entries are
// what a machine without Noto has (macOS, Windows), before the generic family.
// docs/exports.md explains the choice; electron/exports/fonts.ts finds these files and embeds them.

export interface StackFont {
  family: string;
  /** Characters this family is in the stack for; the HTML export embeds a family only when a roll uses them. */
  script: RegExp | null;
}

export const NOTO_STACK: readonly StackFont[] = [
  { family: 'Noto Sans', script: null },
  { family: 'Noto Sans Hebrew', script: /\p{Script=Hebrew}/u },
  { family: 'Noto Sans Arabic', script: /\p{Script=Arabic}/u },
  { family: 'Noto Sans Devanagari', script: /\p{Script=Devanagari}/u },
  { family: 'Noto Sans Tamil', script: /\p{Script=Tamil}/u },
  { family: 'Noto Sans Thai', script: /\p{Script=Thai}/u },
  { family: 'Noto Sans Georgian', script: /\p{Script=Georgian}/u },
  { family: 'Noto Sans Armenian', script: /\p{Script=Armenian}/u },
  { family: 'Noto Sans Ethiopic', script: /\p{Script=Ethiopic}/u },
  { family: 'Noto Sans CJK JP', script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u },
];

/** Where Noto is missing: the system fonts of macOS and Windows that cover the same scripts, then the generic. */
const SYSTEM_FALLBACKS = ['Segoe UI', 'Helvetica Neue', 'Arial', 'Hiragino Sans', 'Apple SD Gothic Neo', 'Microsoft YaHei', 'Malgun Gothic', 'Nirmala UI', 'Leelawadee UI', 'Ebrima'];

/** A family name as a CSS string, or null when it holds characters that could end the declaration. */
function quoteFamily(name: string): string | null {
  const trimmed = name.trim().replace(/^["']|["']$/g, '').trim();
  if (trimmed === '' || trimmed.length > 100 || /[;{}<>"'\\\u0000-\u001F]/.test(trimmed)) return null;
  return `"${trimmed}"`;
}

/** The CSS font-family value for a style's typeface (one name or a comma list): the style's families, then the stack. */
export function fontFamilyCss(styleFamily: string): string {
  const chosen = styleFamily
    .split(',')
    .map(quoteFamily)
    .filter((f): f is string => f !== null);
  const stack = NOTO_STACK.map((f) => `"${f.family}"`);
  const all = [...chosen, ...stack, ...SYSTEM_FALLBACKS.map((f) => `"${f}"`)];
  return [...new Set(all), 'sans-serif'].join(', ');
}

/** Families of the stack a text needs: Noto Sans always, each script family only when its letters occur. */
export function stackFamiliesFor(text: string): string[] {
  return NOTO_STACK.filter((f) => f.script === null || f.script.test(text)).map((f) => f.family);
}
