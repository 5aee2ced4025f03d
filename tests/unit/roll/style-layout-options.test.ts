// The roll style's two composition choices, role-name pairs in one or two columns and opening cards one credit
// each or grouped by title, reach the preview's composition and every export, from the app (buildExport, the
// handler's code) and the CLI, because composeRoll reads them from the document's style. Files written before the
// fields existed read with the defaults.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { buildExport } from '../../../electron/exports/build-export';
import { renderExport } from '../../../shared/export/render';
import { parseDocumentText } from '../../../shared/format/parse';
import { serialiseDocument } from '../../../shared/format/serialise';
import { rollcallJsonSchema } from '../../../shared/format/json-schema';
import { RollcallDocumentSchema, type RollcallDocument } from '../../../shared/model';
import { composeRoll } from '../../../shared/roll/compose';
import { renderRollHtml } from '../../../shared/roll/html';
import { measureRoll, rollHeightAt } from '../../../shared/roll/layout';
import { loadFixture, NIGHT_TRAIN } from './fixture-documents';

function withStyle(patch: Partial<RollcallDocument['style']>): RollcallDocument {
  const doc = loadFixture(NIGHT_TRAIN);
  return { ...doc, style: { ...doc.style, ...patch } };
}

const pairBlocks = (doc: RollcallDocument) =>
  composeRoll(doc)
    .endCredits.flatMap((s) => s.blocks)
    .filter((b) => b.kind === 'pairs');

const noPrinter = async (): Promise<Uint8Array> => {
  throw new Error('no PDF in this test');
};

describe('style: role-name columns', () => {
  it('composes pairs in the style’s columns, one by default', () => {
    expect(pairBlocks(loadFixture(NIGHT_TRAIN)).every((b) => b.kind === 'pairs' && b.columns === 1)).toBe(true);
    const two = pairBlocks(withStyle({ pairColumns: 2 }));
    expect(two.length).toBeGreaterThan(0);
    expect(two.every((b) => b.kind === 'pairs' && b.columns === 2)).toBe(true);
    // An explicit option still wins over the style (the benchmark and tests use it).
    expect(composeRoll(withStyle({ pairColumns: 2 }), { pairColumns: 1 }).endCredits.flatMap((s) => s.blocks).some((b) => b.kind === 'pairs' && b.columns === 2)).toBe(false);
  });

  it('renders two-column pairs side by side in the HTML every screen and paper format shares', () => {
    const doc = withStyle({ pairColumns: 2 });
    const html = renderRollHtml(composeRoll(doc), doc.style, { mode: 'preview' });
    expect(html).toContain('rc-pairs rc-cols-2');
    expect(html).not.toContain('rc-pairs rc-cols-1');
    const single = renderRollHtml(composeRoll(loadFixture(NIGHT_TRAIN)), doc.style, { mode: 'preview' });
    expect(single).not.toContain('rc-pairs rc-cols-2');
  });

  it('shortens the crawl: two rows share a line', () => {
    const one = withStyle({ pairColumns: 1 });
    const two = withStyle({ pairColumns: 2 });
    const height = (doc: RollcallDocument) => rollHeightAt(measureRoll(composeRoll(doc), doc.style), doc.style.lineHeight);
    expect(height(two)).toBeLessThan(height(one));
  });

  it('reaches the HTML and PDF exports through renderExport and buildExport', async () => {
    const doc = withStyle({ pairColumns: 2 });
    const pdf = renderExport(doc, 'pdf', { date: new Date('2026-11-28T12:00:00Z') });
    expect(pdf.kind === 'print' && pdf.html.includes('rc-cols-2')).toBe(true);
    const built = await buildExport(doc, 'html', { printToPdf: noPrinter, embedFonts: false });
    expect(new TextDecoder().decode(built.bytes)).toContain('rc-pairs rc-cols-2');
    const json = JSON.parse(new TextDecoder().decode((await buildExport(doc, 'json', { printToPdf: noPrinter })).bytes));
    expect(json.endCredits.flatMap((s: { blocks: { kind: string; columns?: number }[] }) => s.blocks).filter((b: { kind: string }) => b.kind === 'pairs').every((b: { columns?: number }) => b.columns === 2)).toBe(true);
  });
});

describe('style: opening title cards', () => {
  it('puts one credit on each card by default, and one title per card when grouped', () => {
    const single = composeRoll(loadFixture(NIGHT_TRAIN));
    const grouped = composeRoll(withStyle({ mainCards: 'grouped' }));
    expect(single.mainTitles.filter((c) => c.titleId === 'title:produced-by')).toHaveLength(2);
    const producers = grouped.mainTitles.filter((c) => c.titleId === 'title:produced-by');
    expect(producers).toHaveLength(1);
    expect(producers[0].entries.map((e) => e.text)).toEqual(['Jane Doe, p.g.a.', 'Omar Haddad']);
    expect(grouped.mainTitles.length).toBeLessThan(single.mainTitles.length);
    // The same names either way.
    const names = (cards: typeof single.mainTitles) => cards.flatMap((c) => c.entries.map((e) => e.text)).sort();
    expect(names(grouped.mainTitles)).toEqual(names(single.mainTitles));
  });

  it('changes the text, TSV and PDF exports', () => {
    const date = new Date('2026-11-28T12:00:00Z');
    const text = (doc: RollcallDocument, format: 'txt' | 'tsv') => {
      const out = renderExport(doc, format, { date });
      return out.kind === 'text' ? out.text : '';
    };
    expect(text(loadFixture(NIGHT_TRAIN), 'txt')).toMatch(/Produced by\nJane Doe, p\.g\.a\.\n\nProduced by\nOmar Haddad/);
    expect(text(withStyle({ mainCards: 'grouped' }), 'txt')).toMatch(/Produced by\nJane Doe, p\.g\.a\.; Omar Haddad/);
    expect(text(withStyle({ mainCards: 'grouped' }), 'tsv')).toContain('Produced by\tJane Doe, p.g.a.\r\n\tOmar Haddad\r\n');
    const cards = (doc: RollcallDocument) => {
      const out = renderExport(doc, 'pdf', { date });
      return out.kind === 'print' ? (out.html.match(/class="rc-card"/g) ?? []).length : 0;
    };
    expect(cards(withStyle({ mainCards: 'grouped' }))).toBeLessThan(cards(loadFixture(NIGHT_TRAIN)));
  });

  it('reaches `rollcall export` from the file’s style', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-style-options-'));
    const file = path.join(folder, 'Night Train.rollcall');
    await writeFile(file, serialiseDocument(withStyle({ mainCards: 'grouped', pairColumns: 2 })));
    const out = path.join(folder, 'roll.json');
    const code = await runCli(['export', file, '--format', 'json', '--out', out], { cwd: folder, env: {}, stdout: () => {}, stderr: () => {} });
    expect(code).toBe(0);
    const roll = JSON.parse(await readFile(out, 'utf8'));
    expect(roll.mainTitles.filter((c: { titleId: string }) => c.titleId === 'title:produced-by')).toHaveLength(1);
  });
});

describe('style fields added to format version 2', () => {
  it('read with their defaults from a file written before they existed', () => {
    const raw = JSON.parse(serialiseDocument(loadFixture(NIGHT_TRAIN)));
    delete raw.style.pairColumns;
    delete raw.style.mainCards;
    for (const image of raw.images) delete image.order;
    const parsed = parseDocumentText(JSON.stringify(raw), 'old.rollcall');
    expect(parsed.readOnly).toBe(false);
    expect(parsed.document.style).toMatchObject({ pairColumns: 1, mainCards: 'single' });
    expect(parsed.document.images.every((i) => i.order === 0)).toBe(true);
  });

  it('are written, in schema order, by the serialiser', () => {
    const text = serialiseDocument(withStyle({ pairColumns: 2, mainCards: 'grouped' }));
    expect(text).toMatch(/"nameColumns": 1,\n\s+"pairColumns": 2,\n\s+"mainCards": "grouped",/);
    expect(RollcallDocumentSchema.parse(JSON.parse(text)).style.pairColumns).toBe(2);
  });

  it('are optional in the JSON Schema, with their defaults documented', () => {
    const schema = rollcallJsonSchema() as { properties: { style: { required: string[]; properties: Record<string, { default?: unknown }> } } };
    const style = schema.properties.style;
    expect(style.required).not.toContain('pairColumns');
    expect(style.required).not.toContain('mainCards');
    expect(style.required).toContain('nameColumns');
    expect(style.properties.pairColumns.default).toBe(1);
    expect(style.properties.mainCards.default).toBe('single');
  });
});
