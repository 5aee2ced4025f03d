// What folding removes or replaces, shared by the regular-expression folding (fold.ts) and the table-driven scan
// that gives the same answers faster (fold-scan.ts).

/** Marks after letters of these scripts are diacritics and are dropped; elsewhere (abugidas) they are vowels and stay. */
export const STRIPPING_SCRIPTS = '\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Hebrew}\\p{Script=Arabic}';

/** Letters that carry no combining mark in Unicode but are written without the stroke on plain keyboards. */
export const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ſ: 's',
  ς: 'σ',
};

/** Apostrophes of every style vanish: "d'Arcy", "d’Arcy" and "dArcy" meet; "Thiongʼo" and "Thiong'o" too. */
export const APOSTROPHE_CHARS = "'’‘ʼʻ`´";
