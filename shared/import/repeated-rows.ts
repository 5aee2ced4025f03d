// "Row 12 repeats row 5": the rows of one file that give the same subject the same credit (title, character,
// placement, episodes) as an earlier row. Every row of an import is checked, so each part is numbered (each
// distinct text once) and the four numbers are looked up in an open-addressing table of typed arrays, instead of
// being joined into one key string per row: 20,000 such strings had to be flattened, hashed and kept until the
// end of the analysis, where the garbage collector copied them. (A Map keyed by the numbers combined into one
// double hashed them badly: most keys of a 20,000-row list fell into a few buckets.)
import type { Placement } from '../model/types';
import { labelKey } from './catalogue';

const EMPTY = -1;

export class RepeatedRows {
  /** Subject ids (a person's id or name key, a company's id or new key), title keys and folded labels: one number each. */
  private readonly texts = new Map<string, number>();
  /** Character and episode cells as written, to their folded key's number: the same cell text is folded once. */
  private readonly labels = new Map<string, number>();
  // The table: slot i holds the parts of one credit and the row number of its first row.
  private capacity = 1024;
  private used = 0;
  private who = new Int32Array(this.capacity).fill(EMPTY);
  private title = new Int32Array(this.capacity);
  private character = new Int32Array(this.capacity);
  private episodes = new Int32Array(this.capacity);
  private rowNumbers = new Float64Array(this.capacity);

  private textId(text: string): number {
    let id = this.texts.get(text);
    if (id === undefined) {
      id = this.texts.size;
      this.texts.set(text, id);
    }
    return id;
  }

  private labelId(label: string): number {
    let id = this.labels.get(label);
    if (id === undefined) {
      id = this.textId(labelKey(label));
      this.labels.set(label, id);
    }
    return id;
  }

  /**
   * The row number of the first row with this credit, or undefined when this row is the first (it is then
   * remembered under `rowNumber`). `subject` is a person's id or name key, or a company's id or new key; `titleKey`
   * an existing title's id or "new:" and its key; character and episodes as written on the row (labelKey folds them).
   */
  firstRow(kind: 'person' | 'company', subject: string, titleKey: string, character: string, placement: Placement, episodes: string, rowNumber: number): number | undefined {
    // Ids count distinct texts, so they stay far below 2^29 (MAX_ROWS is 200,000) and two flags fit beside them.
    const who = (this.textId(subject) * 2 + (kind === 'company' ? 1 : 0)) * 2 + (placement === 'main' ? 1 : 0);
    const title = this.textId(titleKey);
    const character_ = this.labelId(character);
    const episodes_ = this.labelId(episodes);
    const mask = this.capacity - 1;
    let slot = hash4(who, title, character_, episodes_) & mask;
    for (;;) {
      const at = this.who[slot];
      if (at === EMPTY) break;
      if (at === who && this.title[slot] === title && this.character[slot] === character_ && this.episodes[slot] === episodes_) return this.rowNumbers[slot];
      slot = (slot + 1) & mask;
    }
    this.who[slot] = who;
    this.title[slot] = title;
    this.character[slot] = character_;
    this.episodes[slot] = episodes_;
    this.rowNumbers[slot] = rowNumber;
    if (++this.used * 2 > this.capacity) this.grow();
    return undefined;
  }

  /** Twice the slots, every entry placed again (the table stays at most half full, so probes stay short). */
  private grow(): void {
    const { who, title, character, episodes, rowNumbers } = this;
    this.capacity *= 2;
    this.who = new Int32Array(this.capacity).fill(EMPTY);
    this.title = new Int32Array(this.capacity);
    this.character = new Int32Array(this.capacity);
    this.episodes = new Int32Array(this.capacity);
    this.rowNumbers = new Float64Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < who.length; i++) {
      if (who[i] === EMPTY) continue;
      let slot = hash4(who[i], title[i], character[i], episodes[i]) & mask;
      while (this.who[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.who[slot] = who[i];
      this.title[slot] = title[i];
      this.character[slot] = character[i];
      this.episodes[slot] = episodes[i];
      this.rowNumbers[slot] = rowNumbers[i];
    }
  }
}

/** Four small integers mixed into 32 bits (multiply-xorshift steps, as in MurmurHash3's finaliser). */
function hash4(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a, 0x9e3779b1);
  h = Math.imul(h ^ b ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ c ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ d ^ (h >>> 16), 0x9e3779b1);
  return h ^ (h >>> 15);
}
