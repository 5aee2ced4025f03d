// The roll: what the credits become on screen, as plain data. `composeRoll` builds it from a document; the HTML
// renderer, the plain-text, TSV and JSON exporters and the crawl timing all read this one structure, so every
// format shows the same names in the same order. It holds no private data (contacts, notes, contract notes).
import type { CreditSubject, ParagraphSchema, ProductionKind } from '../model';
import type { z } from 'zod';

export const ROLL_FORMAT = 'rollcall-roll';
export const ROLL_VERSION = 1;

/** One credited name as shown, e.g. "Jane Doe, p.g.a.". */
export interface RollName {
  /** What the roll shows: the credited-as name (NFC, spaces collapsed) plus ", p.g.a." when the mark applies. */
  text: string;
  /** The name without any mark. */
  name: string;
  pga: boolean;
  creditId: string;
  subject: CreditSubject;
}

/** One line of names: a team joined with " & ", or one person. */
export interface RollEntry {
  text: string;
  names: RollName[];
}

/** A role with its names ("Executive Producers" / two entries), or for the cast a character and its performer. */
export interface RollRow {
  /** Title name, singular or plural; for a cast row, the character (may be empty). */
  role: string;
  titleId: string;
  entries: RollEntry[];
  /** "and" between entries (writers who worked separately); null when names are simply listed. */
  conjunction: 'and' | null;
}

export interface RollSong {
  id: string;
  title: string;
  writtenBy: string;
  performedBy: string;
  courtesyOf: string;
}

export interface RollLogo {
  imageId: string;
  name: string;
  mediaType: string;
  /** Base64 image bytes as kept in the document. */
  data: string;
}

export type RollParagraphKind = z.infer<typeof ParagraphSchema>['kind'];

export type RollBlock =
  | { kind: 'pairs'; columns: 1 | 2; cast: boolean; rows: RollRow[] }
  | { kind: 'names'; columns: 2 | 3 | 4; role: string; titleId: string; entries: RollEntry[] }
  | { kind: 'songs'; songs: RollSong[] }
  | { kind: 'logos'; logos: RollLogo[] }
  | { kind: 'paragraph'; paragraphKind: RollParagraphKind; text: string }
  | { kind: 'spacer'; lines: number };

export type RollSectionKind = 'department' | 'songs' | 'thanks' | 'logos' | 'legal';

/** A run of the end credits under one heading: a department, the songs, thanks, logos, legal notices. */
export interface RollSection {
  id: string;
  kind: RollSectionKind;
  /** Department name or "Songs"; null for sections that carry no heading (logos, legal notices). */
  heading: string | null;
  blocks: RollBlock[];
}

/** One opening-title card: a role over its names ("Directed by" / "Ana Ruiz"), or names alone (top-billed cast). */
export interface RollCard {
  role: string | null;
  titleId: string;
  entries: RollEntry[];
  conjunction: 'and' | null;
  /** How long the card holds: a name alone on a card gets a beat longer than a shared card. */
  holdSeconds: number;
}

export interface Roll {
  format: typeof ROLL_FORMAT;
  version: typeof ROLL_VERSION;
  production: { id: string; title: string; kind: ProductionKind; year: number | null };
  episode: { id: string; season: number; number: number; title: string } | null;
  mainTitles: RollCard[];
  endCredits: RollSection[];
  /** Credits on the roll, names shown, and credits left off because they are uncredited. */
  counts: { credits: number; names: number; uncredited: number };
  /** Sentences about records the roll could not show (a credit whose title or person is missing). */
  warnings: string[];
}
