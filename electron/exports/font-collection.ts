// One face out of a font collection (.ttc), as a standalone OpenType file. The CJK fonts come as collections
// (Japanese, Korean, Simplified and Traditional Chinese faces sharing one set of outlines), and the subsetter only
// reads single fonts. In a collection every table offset counts from the start of the file, so the face's tables
// are copied into a new file with a table directory of its own.

export function isFontCollection(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && bytes[0] === 0x74 && bytes[1] === 0x74 && bytes[2] === 0x63 && bytes[3] === 0x66; // 'ttcf'
}

export function extractCollectionFace(bytes: Uint8Array, index: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(8);
  if (index < 0 || index >= count) throw new RangeError(`The font collection has ${count} faces, not ${index + 1}.`);
  const start = view.getUint32(12 + index * 4);
  const numTables = view.getUint16(start + 4);
  const tables: { record: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const record = start + 12 + i * 16;
    tables.push({ record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const headerLength = 12 + numTables * 16;
  const pad = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + pad(t.length), headerLength);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(start, start + 12), 0);
  let cursor = headerLength;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    out.set(bytes.subarray(t.record, t.record + 16), record);
    outView.setUint32(record + 8, cursor);
    out.set(bytes.subarray(t.offset, t.offset + t.length), cursor);
    cursor += pad(t.length);
  });
  return out;
}
