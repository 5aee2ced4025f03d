// subset-font ships no types; this is the part of its API the HTML export uses.
declare module 'subset-font' {
  function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; noHinting?: boolean }): Promise<Buffer>;
  export default subsetFont;
}
