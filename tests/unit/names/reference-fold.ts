// Name folding as it was before its fast paths (plain, ASCII and Latin branches, all regular expressions), kept as
// the reference the fast-path tests compare with.

const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ſ: 's', ς: 'σ' };
const SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** foldText as it was. */
export function referenceFold(text: string): string {
  if (/^[\x20-\x7E]*$/.test(text)) return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  if (/^[\u0020-\u007E\u00A0-\u024F\u0300-\u036F\u1E00-\u1EFF\u2018\u2019\u02BB\u02BC]*$/.test(text)) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036F]/g, '')
      .toLowerCase()
      .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c])
      .replace(/['’‘ʼʻ`´]/g, '')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}])\p{M}+/gu, '$1')
    .toLowerCase()
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c])
    .replace(/['’‘ʼʻ`´]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** foldWords as it was: the reference folding split into words. */
export function referenceFoldWords(text: string): string[] {
  const folded = referenceFold(text);
  return folded === '' ? [] : folded.split(' ');
}
