// Which font files this machine has for the families of the roll's fallback stack (shared/roll/fonts.ts), and
// which characters they cover. fontconfig answers both on Linux (fc-list, fc-query); where it is missing (macOS,
// Windows) the usual font folders are searched for Noto files by name, and coverage is unknown.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FontFace {
  file: string;
  /** Face index inside a collection (.ttc); 0 for a single font file. */
  index: number;
  families: string[];
  /** CSS weight: 400 regular, 700 bold, ... */
  weight: number;
  italic: boolean;
}

let installed: Promise<FontFace[]> | null = null;

/** Every installed face, read once per process. */
export function installedFonts(): Promise<FontFace[]> {
  installed ??= readInstalledFonts();
  return installed;
}

async function readInstalledFonts(): Promise<FontFace[]> {
  try {
    const { stdout } = await run('fc-list', ['--format', '%{file}\t%{index}\t%{family}\t%{style}\t%{weight}\n'], { maxBuffer: 32 * 1024 * 1024 });
    return stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [file, index, family, style, weight] = line.split('\t');
        return { file, index: Number(index) || 0, families: family.split(',').map((f) => f.trim()), weight: cssWeight(Number(weight)), italic: /italic|oblique/i.test(style) };
      });
  } catch {
    return scanFontFolders();
  }
}

/** fontconfig weights (80 regular, 200 bold) to CSS weights. */
function cssWeight(fc: number): number {
  const table: [number, number][] = [[0, 100], [40, 200], [50, 300], [80, 400], [100, 500], [180, 600], [200, 700], [205, 800], [210, 900]];
  let best = 400;
  let distance = Infinity;
  for (const [f, css] of table) {
    if (Math.abs(f - fc) < distance) {
      distance = Math.abs(f - fc);
      best = css;
    }
  }
  return best;
}

const FONT_FOLDERS: Record<string, string[]> = {
  darwin: ['/Library/Fonts', '/System/Library/Fonts', path.join(os.homedir(), 'Library/Fonts')],
  win32: [path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'), path.join(process.env.LOCALAPPDATA ?? '', 'Microsoft\\Windows\\Fonts')],
  linux: ['/usr/share/fonts', '/usr/local/share/fonts', path.join(os.homedir(), '.local/share/fonts')],
};

/** Without fontconfig: Noto files named like NotoSansHebrew-Bold.ttf, family and weight read from the name. */
async function scanFontFolders(): Promise<FontFace[]> {
  const faces: FontFace[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && depth < 4) await visit(full, depth + 1);
      const match = /^(Noto(?:Sans|Serif)[A-Za-z]*)-(Regular|Bold|Medium|SemiBold)\.(ttf|otf|ttc)$/.exec(entry.name);
      if (!match) continue;
      const family = match[1].replace(/([a-z])([A-Z])/g, '$1 $2').replace('CJK', ' CJK ').replace(/\s+/g, ' ').trim();
      const weight = { Regular: 400, Medium: 500, SemiBold: 600, Bold: 700 }[match[2]] ?? 400;
      faces.push({ file: full, index: 0, families: [family.endsWith(' CJK') ? `${family} JP` : family], weight, italic: false });
    }
  };
  for (const folder of FONT_FOLDERS[process.platform] ?? FONT_FOLDERS.linux) await visit(folder, 0);
  return faces;
}

/** The upright face of a family nearest a weight, or null when the family is not installed. */
export async function findFace(family: string, weight: number): Promise<FontFace | null> {
  const wanted = family.toLowerCase();
  const faces = (await installedFonts()).filter((f) => !f.italic && f.families.some((name) => name.toLowerCase() === wanted));
  let best: FontFace | null = null;
  for (const face of faces) {
    if (!best || Math.abs(face.weight - weight) < Math.abs(best.weight - weight)) best = face;
  }
  return best;
}

const charsets = new Map<string, Promise<[number, number][] | null>>();

/** The code point ranges a face covers (fontconfig's charset), or null when that cannot be known here. */
export function faceCharset(face: FontFace): Promise<[number, number][] | null> {
  const key = `${face.file}#${face.index}`;
  let found = charsets.get(key);
  if (!found) {
    found = run('fc-query', ['-i', String(face.index), '--format', '%{charset}', face.file])
      .then(({ stdout }) =>
        stdout
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((range): [number, number] => {
            const [a, b] = range.split('-');
            return [parseInt(a, 16), parseInt(b ?? a, 16)];
          }),
      )
      .catch(() => null);
    charsets.set(key, found);
  }
  return found;
}

export function rangesCover(ranges: readonly [number, number][], codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < ranges[mid][0]) hi = mid - 1;
    else if (codePoint > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}
