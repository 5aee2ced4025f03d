import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../../shared/model';
import { composeRoll } from '../../../shared/roll/compose';
import { fontFamilyCss, stackFamiliesFor } from '../../../shared/roll/fonts';
import { renderRollBody, renderRollHtml, rollTitle } from '../../../shared/roll/html';
import { cssString } from '../../../shared/roll/html-text';
import { buildDocument } from './build-document';
import { HARBOUR_LIGHTS, loadFixture, NIGHT_TRAIN } from './fixture-documents';

const doc = loadFixture(NIGHT_TRAIN);
const roll = composeRoll(doc);

/** Every URL-ish reference in an HTML document that is not a data: URL. */
function remoteReferences(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\b(?:src|href|action|poster)\s*=\s*["']?([^"'\s>]+)/gi)) if (!m[1].startsWith('data:')) found.push(m[0]);
  for (const m of html.matchAll(/url\(\s*["']?([^"')]+)/gi)) if (!m[1].startsWith('data:')) found.push(m[0]);
  for (const m of html.matchAll(/@import|https?:\/\/|\/\/[a-z0-9-]+\.[a-z]/gi)) found.push(m[0]);
  return found;
}

describe('renderRollHtml', () => {
  it('draws every name of the roll exactly once per place it appears', () => {
    const html = renderRollHtml(roll, doc.style, { mode: 'preview' });
    for (const name of ['Jane Doe, p.g.a.', 'Σοφία Παπαδοπούλου', 'יעל בר-און', 'فاطمة الزهراء بن علي', '宮崎 駿', 'Jota de la Cruz']) expect(html).toContain(name);
    expect(html).not.toContain('Lorenzo');
    expect(html.match(/Anaïs Lefort/g)).toHaveLength(1);
  });

  it('escapes names, so markup typed into a name stays text', () => {
    const b = buildDocument();
    b.credit('title:grip', b.person('<img src=x onerror=alert(1)> & "Bob"'));
    const html = renderRollHtml(composeRoll(b.doc), b.doc.style, { mode: 'crawl' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Bob&quot;');
    expect(html).not.toContain('<img src=x');
  });

  it('refuses colours and typefaces that would inject CSS', () => {
    const style = { ...DEFAULT_STYLE, color: 'red;}</style><script>alert(1)</script>', background: 'url(http://evil/x.png)', fontFamily: 'Evil"; } body { display:none' };
    const html = renderRollHtml(roll, style, { mode: 'preview' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('http://evil');
    expect(html).not.toContain('display:none');
    expect(html).toContain('background:#000000');
    expect(fontFamilyCss('Inter, "Noto Serif"')).toMatch(/^"Inter", "Noto Serif", "Noto Sans"/);
  });

  it('keeps page furniture text from closing the stylesheet', () => {
    expect(cssString('A "quoted" </style> title\\')).toBe('"A \\"quoted\\" \\3c /style> title\\\\"');
    const b = buildDocument('feature', 'Night </style><script>x()</script>');
    const html = renderRollHtml(composeRoll(b.doc), b.doc.style, { mode: 'pdf', revisionName: 'R1', dateText: '1 May 2026' });
    expect(html).not.toContain('</style><script>');
  });

  it('makes self-contained documents in every mode: no remote reference of any kind', () => {
    for (const mode of ['preview', 'crawl', 'pdf'] as const) {
      const html = renderRollHtml(roll, doc.style, { mode, revisionName: 'Locked 3', dateText: '28 November 2026' });
      expect(remoteReferences(html)).toEqual([]);
      expect(html).toContain('<img class="rc-logo" src="data:image/svg+xml;base64,');
    }
  });

  it('puts title, revision, date and page x of y on every PDF page', () => {
    const html = renderRollHtml(roll, doc.style, { mode: 'pdf', revisionName: 'Locked 3', dateText: '28 November 2026' });
    expect(html).toContain('@top-left{content:"Night Train"');
    expect(html).toContain('@top-right{content:"Revision: Locked 3"');
    expect(html).toContain('@bottom-left{content:"28 November 2026"');
    expect(html).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages)');
    expect(renderRollHtml(roll, doc.style, { mode: 'pdf' })).toContain('"Revision: Working copy"');
  });

  it('plays as a crawl only in the exported HTML, and shows the title-safe guides in the preview', () => {
    expect(renderRollHtml(roll, doc.style, { mode: 'crawl' })).toContain('<script>');
    expect(renderRollHtml(roll, doc.style, { mode: 'preview' })).not.toContain('<script');
    expect(renderRollHtml(roll, doc.style, { mode: 'preview' })).toContain('class="rc-mode-preview rc-safe-on rc-lazy"');
    expect(renderRollHtml(roll, doc.style, { mode: 'preview', showSafeArea: false, lazy: false })).toContain('class="rc-mode-preview"');
  });

  it('turns style choices into the stylesheet', () => {
    const style = { ...DEFAULT_STYLE, nameCase: 'upper' as const, align: 'center' as const, nameSizePx: 50, lineHeight: 1.4, color: '#ffcc00' };
    const html = renderRollHtml(roll, style, { mode: 'preview' });
    expect(html).toContain('text-transform:uppercase');
    expect(html).toContain('--name-size:calc(var(--px) * 50)');
    expect(html).toContain('--lh:1.4');
    expect(html).toContain('color:#ffcc00');
    expect(html).not.toContain('.rc-row>.rc-role{display:inline-block');
  });

  it('names the episode in a series roll', () => {
    const series = loadFixture(HARBOUR_LIGHTS);
    const episodeRoll = composeRoll(series, { episodeId: 'ep-2' });
    expect(rollTitle(episodeRoll)).toBe('Harbour Lights — S1E02 “Tides”');
    expect(renderRollBody(episodeRoll, series.style, { mode: 'preview' })).toContain('Kofi Mensah');
  });

  it('needs only the fonts of the scripts a text uses', () => {
    expect(stackFamiliesFor('Anaïs Lefort')).toEqual(['Noto Sans']);
    expect(stackFamiliesFor('יעל and 宮崎 and 이창동 and สุภาพร')).toEqual(['Noto Sans', 'Noto Sans Hebrew', 'Noto Sans Thai', 'Noto Sans CJK JP']);
  });
});
