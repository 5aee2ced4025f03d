// Private details never leave the document: contacts (email, phone, address, agent), legal names, pronouns,
// notes, contract notes, the audit trail and revisions. Every field gets a marker; no export may contain one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats';
import { buildExport, closePdfBrowser, printHtmlToPdf } from '../../../electron/exports';
import { loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';
import { pdfPages } from './pdf-tools';

const MARK = 'SECRETMARK';

function privateDocument() {
  const doc = loadFixture(NIGHT_TRAIN);
  let n = 0;
  const mark = () => `${MARK}${++n}`;
  for (const p of doc.people) {
    p.contact = { email: `${mark()}@example.invalid`, phone: `+44 ${mark()}`, address: `${mark()} Road`, agent: mark() };
    p.legalName = mark();
    p.pronouns = mark();
    p.notes = mark();
  }
  for (const c of doc.companies) {
    c.contact = { email: `${mark()}@example.invalid`, phone: mark(), address: mark(), agent: mark() };
    c.notes = mark();
  }
  for (const c of doc.credits) c.contractNotes = mark();
  doc.audit.push({ id: 'a1', at: '2026-01-01T00:00:00.000Z', by: mark(), entity: 'person', entityId: 'p-jane', action: 'edit', summary: mark(), changes: [{ field: 'contact.email', before: mark(), after: mark() }] });
  doc.revisions.push({ id: 'r1', name: mark(), note: mark(), createdAt: '2026-01-01T00:00:00.000Z', createdBy: mark(), snapshot: { secret: mark() } });
  return { doc, count: n };
}

const outputs = new Map<ExportFormat, string>();

beforeAll(async () => {
  const { doc } = privateDocument();
  for (const format of EXPORT_FORMATS) {
    const built = await buildExport(doc, format, { printToPdf: (html, o) => printHtmlToPdf(html, o), revisionName: 'Locked 3' });
    const text = built.info.extension === 'pdf' ? pdfPages(built.bytes).join('\n') : new TextDecoder().decode(built.bytes);
    outputs.set(format, text);
  }
}, 120_000);

afterAll(async () => {
  await closePdfBrowser();
});

describe('private details', () => {
  it('the test document really carries private markers in every private field', () => {
    expect(privateDocument().count).toBeGreaterThan(150);
  });

  for (const format of EXPORT_FORMATS) {
    it(`never appear in the ${format} export`, () => {
      const text = outputs.get(format)!;
      expect(text.length).toBeGreaterThan(500);
      expect(text).not.toContain(MARK);
      expect(text).not.toContain('example.invalid');
      // The public parts are there, so the check is not passing on an empty file.
      expect(text).toMatch(/Jane Doe|Anaïs Lefort/);
    });
  }
});
