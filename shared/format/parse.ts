// Bytes of a .rollcall file -> a current-version document, or a DocumentFormatError whose sentence names the
// problem: empty, binary, not UTF-8, HTML, not JSON, truncated, another format, an unknown or newer version, or
// the field path of a schema problem. The whole document is parsed by zod exactly once (twice only for a file
// that was migrated, where the migration's output is checked against the current schema).
import { FORMAT_NAME, FORMAT_VERSION, RollcallDocumentSchema } from '../model/schema';
import type { RollcallDocument } from '../model/types';
import { DocumentFormatError, issueLines, quoteName, summariseIssues } from './errors';
import { formatVersionInfo, migrateToCurrent, OLDEST_FORMAT_VERSION } from './migrations';

export interface ParsedDocument {
  document: RollcallDocument;
  /** The version the file on disk is written in (may be older or newer than FORMAT_VERSION). */
  fileFormatVersion: number;
  /** The file's version when it was migrated on reading, else null. */
  migratedFrom: number | null;
  /** A newer Rollcall wrote it: editing and saving it here could drop what this version does not know. */
  readOnly: boolean;
  notices: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fail(code: 'UNREADABLE' | 'INVALID_DOCUMENT' | 'NEWER_VERSION', sentence: string, problems?: string[]): never {
  throw new DocumentFormatError(code, sentence, problems);
}

/** A value from the file, made safe to quote in a one-line sentence. */
function clip(text: string, max = 60): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Reads bytes as text, refusing what is plainly not a text file. */
export function decodeDocumentBytes(bytes: Uint8Array, name?: string): string {
  const who = quoteName(name);
  if (bytes.length === 0) fail('UNREADABLE', `${who} is empty (0 bytes), so there is no production in it.`);
  if (bytes.includes(0)) {
    const allZero = bytes.every((b) => b === 0);
    fail(
      'UNREADABLE',
      allZero
        ? `${who} contains only zero bytes, so it was damaged or never written completely.`
        : `${who} contains binary data, not the text of a Rollcall production, so it may be damaged.`,
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return fail('UNREADABLE', `${who} is not UTF-8 text, so it is not a Rollcall production or it was damaged.`);
  }
}

function parseJson(text: string, who: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.length === 0) fail('UNREADABLE', `${who} contains only blank space, so there is no production in it.`);
  if (body.startsWith('<')) {
    const isHtml = /^<(!doctype\s+html|html|head|body|meta|title|div|p\b)/i.test(body);
    fail('UNREADABLE', isHtml ? `${who} is a web page (HTML), not a Rollcall production.` : `${who} is markup (XML or HTML), not a Rollcall production.`);
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // V8 says "Unexpected end of JSON input", or names a position at the very end of the text. Its message quotes
    // the file's text, so only the position is passed on.
    const match = /at position (\d+)/.exec(detail);
    const position = match ? Number(match[1]) : null;
    if (/end of JSON input/i.test(detail) || (position !== null && position >= body.trimEnd().length)) {
      fail('UNREADABLE', `${who} ends in the middle of its data, so it was truncated or not saved completely.`);
    }
    return fail('UNREADABLE', `${who} is not valid JSON${position === null ? '' : ` (${lineAndColumn(body, position)})`}, so it is not a Rollcall production or it was damaged.`);
  }
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}

function versionOf(raw: Record<string, unknown>, who: string): number {
  if (raw.format !== FORMAT_NAME) {
    if (typeof raw.format === 'string') fail('UNREADABLE', `${who} is a “${clip(raw.format)}” file, not a Rollcall production.`);
    fail('UNREADABLE', `${who} holds JSON but not a Rollcall production: it has no "format": "rollcall" marker.`);
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    fail('INVALID_DOCUMENT', `${who} does not say which format version it is written in: formatVersion must be a whole number.`, [
      'formatVersion: must be a whole number',
    ]);
  }
  if (version < OLDEST_FORMAT_VERSION) {
    fail('INVALID_DOCUMENT', `${who} says it is format version ${version}, which no Rollcall has written.`, [`formatVersion: ${version} is not a known format version`]);
  }
  return version;
}

function invalid(who: string, lines: string[], version: number): never {
  const versionNote = version === FORMAT_VERSION ? '' : ` (format version ${version})`;
  return fail('INVALID_DOCUMENT', `${who} is not a valid Rollcall production${versionNote}: ${summariseIssues(lines)}.`, lines);
}

/** A newer version's file: read what this version understands (unknown fields are dropped), never save it here. */
function parseNewer(raw: Record<string, unknown>, version: number, who: string): ParsedDocument {
  const result = RollcallDocumentSchema.safeParse({ ...raw, formatVersion: FORMAT_VERSION });
  if (!result.success) {
    fail(
      'NEWER_VERSION',
      `${who} was written by a newer Rollcall (format version ${version}); this version reads up to format version ${FORMAT_VERSION}, so update Rollcall to open it.`,
      issueLines(result.error),
    );
  }
  return {
    document: result.data,
    fileFormatVersion: version,
    migratedFrom: null,
    readOnly: true,
    notices: [
      `${who} was written by a newer Rollcall (format version ${version}), so it is open read-only: saving it here could lose what this version does not understand.`,
    ],
  };
}

/** A value from the file as a sentence quotes it: strings in quotes, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `“${clip(value)}”` : clip(JSON.stringify(value) ?? String(value));
}

const STYLE_DEFAULTS = { pairColumns: 'role-name pairs side by side', mainCards: 'opening titles grouped by card' } as const;

/**
 * Fields added to version 2 later read a value they do not allow as their default (the schema's `catch`), so that
 * a hand-edited style cannot stop a production from opening. The user is told which value was replaced and by
 * what, rather than finding it changed after the next save.
 */
function replacedValueNotices(raw: Record<string, unknown>, document: RollcallDocument, who: string): string[] {
  const notices: string[] = [];
  const style = raw.style;
  if (style !== null && typeof style === 'object' && !Array.isArray(style)) {
    for (const field of Object.keys(STYLE_DEFAULTS) as (keyof typeof STYLE_DEFAULTS)[]) {
      const written = (style as Record<string, unknown>)[field];
      if (written === undefined || written === document.style[field]) continue;
      notices.push(
        `The roll style's ${field} (${STYLE_DEFAULTS[field]}) in ${who} was ${shown(written)}, which it cannot be, so it reads as ${shown(document.style[field])}; saving writes that.`,
      );
    }
  }
  const images = Array.isArray(raw.images) ? raw.images : [];
  const badOrders = images.filter((image, i) => {
    const written = image !== null && typeof image === 'object' ? (image as Record<string, unknown>).order : undefined;
    return written !== undefined && written !== document.images[i]?.order;
  }).length;
  if (badOrders > 0) {
    notices.push(
      badOrders === 1
        ? `One logo in ${who} has an order that is not a number, so it reads as 0 (first, with the other logos at 0 in file order).`
        : `${badOrders} logos in ${who} have an order that is not a number, so they read as 0 (first, in file order).`,
    );
  }
  return notices;
}

export function parseDocumentText(text: string, name?: string): ParsedDocument {
  const who = quoteName(name);
  const raw = parseJson(text, who);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    fail('UNREADABLE', `${who} holds JSON but not a Rollcall production: a production file is one JSON object.`);
  }
  const record = raw as Record<string, unknown>;
  const version = versionOf(record, who);
  if (version > FORMAT_VERSION) return parseNewer(record, version, who);
  const info = formatVersionInfo(version);
  if (!info) return fail('INVALID_DOCUMENT', `${who} says it is format version ${version}, which no Rollcall has written.`);
  const result = info.schema.safeParse(record);
  if (!result.success) invalid(who, issueLines(result.error), version);
  if (version === FORMAT_VERSION) {
    const document = result.data as RollcallDocument;
    return { document, fileFormatVersion: version, migratedFrom: null, readOnly: false, notices: replacedValueNotices(record, document, who) };
  }
  const migrated = RollcallDocumentSchema.safeParse(migrateToCurrent(result.data, version));
  // A migration that produces an invalid document is a bug in Rollcall, but the user still gets a sentence.
  if (!migrated.success) invalid(who, issueLines(migrated.error).map((l) => `after updating from format version ${version}, ${l}`), version);
  // The notice saying where the original is kept belongs to whoever writes the file (electron/documents).
  return { document: migrated.data, fileFormatVersion: version, migratedFrom: version, readOnly: false, notices: [] };
}

export function parseDocumentBytes(bytes: Uint8Array, name?: string): ParsedDocument {
  return parseDocumentText(decodeDocumentBytes(bytes, name), name);
}
