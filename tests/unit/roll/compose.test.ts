import { describe, expect, it } from 'vitest';
import { composeRoll } from '../../../shared/roll/compose';
import type { Roll, RollBlock, RollRow } from '../../../shared/roll/types';
import { UserFacingError } from '../../../shared/ipc/result';
import { buildDocument, certifiedPga } from './build-document';
import { HARBOUR_LIGHTS, loadFixture, NIGHT_TRAIN } from './fixture-documents';

function rows(roll: Roll): RollRow[] {
  return roll.endCredits.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'pairs' ? b.rows : []));
}

function blocks(roll: Roll): RollBlock[] {
  return roll.endCredits.flatMap((s) => s.blocks);
}

function allNames(roll: Roll): string[] {
  const out: string[] = [];
  for (const card of roll.mainTitles) for (const e of card.entries) out.push(...e.names.map((n) => n.text));
  for (const b of blocks(roll)) {
    if (b.kind === 'pairs') for (const r of b.rows) for (const e of r.entries) out.push(...e.names.map((n) => n.text));
    if (b.kind === 'names') for (const e of b.entries) out.push(...e.names.map((n) => n.text));
  }
  return out;
}

describe('composeRoll: order', () => {
  it('runs departments in the production order, titles by order, then billing, then sort name', () => {
    const b = buildDocument();
    const zed = b.person('Anna Zed');
    const abel = b.person('Zoe Abel');
    const mid = b.person('Carl Mid');
    b.credit('title:grip', zed);
    b.credit('title:grip', abel);
    b.credit('title:gaffer', mid);
    b.credit('title:camera-operator', mid, { billing: 2 });
    b.credit('title:camera-operator', zed, { billing: 1 });
    const roll = composeRoll(b.doc);
    expect(roll.endCredits.map((s) => s.heading)).toEqual(['Camera', 'Grip & Electric']);
    expect(rows(roll).map((r) => `${r.role}: ${r.entries.map((e) => e.text).join(' / ')}`)).toEqual([
      'Camera Operators: Anna Zed / Carl Mid',
      'Gaffer: Carl Mid',
      'Grips: Zoe Abel / Anna Zed',
    ]);
  });

  it('follows the department order the production set, not the seeded one', () => {
    const b = buildDocument();
    const p = b.person('Pat Lee');
    b.credit('title:grip', p);
    b.credit('title:caterer', p);
    b.doc.departments.find((d) => d.id === 'dept:catering')!.order = -1;
    expect(composeRoll(b.doc).endCredits.map((s) => s.heading)).toEqual(['Catering', 'Grip & Electric']);
  });

  it('puts producing titles in the Producers Guild order for a feature', () => {
    const b = buildDocument('feature');
    const p = b.person('Pat Lee');
    for (const id of ['title:associate-producer', 'title:line-producer', 'title:co-producer', 'title:executive-producer', 'title:producer', 'title:produced-by']) b.credit(id, p);
    expect(rows(composeRoll(b.doc)).map((r) => r.role)).toEqual(['Produced by', 'Producer', 'Executive Producer', 'Co-Producer', 'Line Producer', 'Associate Producer']);
  });

  it('uses the episodic order for a series, with Executive Producer first', () => {
    const b = buildDocument('series');
    const p = b.person('Pat Lee');
    for (const id of ['title:associate-producer', 'title:producer', 'title:line-producer', 'title:produced-by', 'title:supervising-producer', 'title:co-executive-producer', 'title:executive-producer', 'title:co-producer']) {
      b.credit(id, p);
    }
    expect(rows(composeRoll(b.doc)).map((r) => r.role)).toEqual([
      'Executive Producer',
      'Co-Executive Producer',
      'Supervising Producer',
      'Produced by',
      'Line Producer',
      'Producer',
      'Co-Producer',
      'Associate Producer',
    ]);
  });

  it('ranks an imported producing title by its name even when its id is not the seeded one', () => {
    const b = buildDocument('feature');
    const p = b.person('Pat Lee');
    b.doc.titles.push({ id: 'custom-ep', name: 'Executive Producer', plural: '', departmentId: 'dept:producers', definition: '', pgaEligible: false, order: 999 });
    b.credit('custom-ep', p);
    b.credit('title:associate-producer', p);
    expect(rows(composeRoll(b.doc)).map((r) => r.titleId)).toEqual(['custom-ep', 'title:associate-producer']);
  });

  it('opens with the top-billed cast and ends the main titles with the director', () => {
    const roll = composeRoll(loadFixture(NIGHT_TRAIN));
    const ids = roll.mainTitles.map((c) => c.titleId);
    expect(ids[0]).toBe('title:starring');
    expect(ids.at(-1)).toBe('title:directed-by');
    expect(roll.mainTitles[0].role).toBeNull();
    expect(roll.mainTitles[0].entries[0].text).toBe('Σοφία Παπαδοπούλου');
  });
});

describe('composeRoll: names', () => {
  it('uses the plural when a title has several people, and the name plus s when no plural is set', () => {
    const b = buildDocument();
    const a = b.person('Ann One');
    const c = b.person('Cy Two');
    b.credit('title:best-boy-electric', a);
    b.credit('title:best-boy-electric', c);
    b.credit('title:gaffer', a);
    b.credit('title:gaffer', c);
    b.credit('title:key-grip', a);
    expect(rows(composeRoll(b.doc)).map((r) => r.role)).toEqual(['Gaffers', 'Key Grip', 'Best Boys Electric']);
  });

  it('shows the credited-as name, in NFC with runs of spaces collapsed', () => {
    const b = buildDocument();
    const p = b.person('Amélie Poulain'.normalize('NFD'));
    const q = b.person('Jonathan Smith');
    b.credit('title:grip', p);
    b.credit('title:gaffer', q, { creditedAs: '  Jon   Smith ' });
    const names = allNames(composeRoll(b.doc));
    expect(names).toContain('Amélie Poulain'.normalize('NFC'));
    expect(names).toContain('Jon Smith');
    expect(names).not.toContain('Jonathan Smith');
    for (const n of names) expect(n).toBe(n.normalize('NFC'));
  });

  it('joins a team with & and separate writers with "and"', () => {
    const b = buildDocument();
    const [x, y, z] = ['Xia Team', 'Yu Team', 'Zed Solo'].map((n) => b.person(n));
    b.credit('title:screenplay-by', x, { teamId: 't', billing: 1 });
    b.credit('title:screenplay-by', y, { teamId: 't', billing: 1 });
    b.credit('title:screenplay-by', z, { billing: 2 });
    const [row] = rows(composeRoll(b.doc));
    expect(row.entries.map((e) => e.text)).toEqual(['Xia Team & Yu Team', 'Zed Solo']);
    expect(row.conjunction).toBe('and');
  });

  it('lists separate crew without a conjunction when no team is recorded', () => {
    const b = buildDocument();
    b.credit('title:grip', b.person('Ann One'));
    b.credit('title:grip', b.person('Bo Two'));
    expect(rows(composeRoll(b.doc))[0].conjunction).toBeNull();
  });

  it('keeps writers joined with "and" on one opening card', () => {
    const roll = composeRoll(loadFixture(NIGHT_TRAIN));
    const writers = roll.mainTitles.filter((c) => c.titleId === 'title:written-by');
    expect(writers).toHaveLength(1);
    expect(writers[0].conjunction).toBe('and');
    expect(writers[0].entries.map((e) => e.text)).toEqual(["Tadhg Ó Súilleabháin & Mary-Kate O'Connor-Smythe Jr.", 'Ilse Schröder-Wöß']);
  });

  it('leaves uncredited credits off the roll and counts them', () => {
    const roll = composeRoll(loadFixture(NIGHT_TRAIN));
    expect(allNames(roll)).not.toContain('Lorenzo di Bondone');
    expect(roll.counts.uncredited).toBe(1);
  });

  it('shows the same person once under a title even when credited twice', () => {
    const b = buildDocument('series');
    b.doc.production.episodes = [
      { id: 'e1', season: 1, number: 1, title: '' },
      { id: 'e2', season: 1, number: 2, title: '' },
    ];
    const p = b.person('Pat Lee');
    b.credit('title:grip', p, { episodes: ['e1'] });
    b.credit('title:grip', p, { episodes: ['e2'] });
    expect(rows(composeRoll(b.doc))[0].entries.map((e) => e.text)).toEqual(['Pat Lee']);
  });
});

describe('composeRoll: the p.g.a. mark', () => {
  function pgaText(kind: 'feature' | 'series', opts: { eligible?: boolean; certified?: boolean; mark?: boolean; guild?: 'PGA' | 'DGA' } = {}): string {
    const b = buildDocument(kind);
    const p = b.person('Jane Doe', { guilds: [{ guild: opts.guild ?? 'PGA', detail: '', pgaCertified: opts.certified ?? true }] });
    b.credit(opts.eligible === false ? 'title:executive-producer' : 'title:producer', p, { pgaMark: opts.mark ?? true });
    return rows(composeRoll(b.doc))[0].entries[0].text;
  }

  it('reads ", p.g.a." on an eligible title for a certified member who asked for it, on a feature', () => {
    expect(pgaText('feature')).toBe('Jane Doe, p.g.a.');
  });

  it('is left off when any condition fails', () => {
    expect(pgaText('feature', { eligible: false })).toBe('Jane Doe');
    expect(pgaText('feature', { certified: false })).toBe('Jane Doe');
    expect(pgaText('feature', { mark: false })).toBe('Jane Doe');
    expect(pgaText('feature', { guild: 'DGA' })).toBe('Jane Doe');
    expect(pgaText('series')).toBe('Jane Doe');
  });

  it('marks the name but keeps the bare name alongside', () => {
    const b = buildDocument();
    b.credit('title:produced-by', b.person('Jane Doe', { guilds: certifiedPga }), { pgaMark: true });
    const name = rows(composeRoll(b.doc))[0].entries[0].names[0];
    expect(name).toMatchObject({ text: 'Jane Doe, p.g.a.', name: 'Jane Doe', pga: true });
  });
});

describe('composeRoll: blocks and sections', () => {
  const roll = composeRoll(loadFixture(NIGHT_TRAIN));

  it('pairs cast as character and performer', () => {
    const cast = blocks(roll).find((b) => b.kind === 'pairs' && b.cast);
    expect(cast?.kind).toBe('pairs');
    if (cast?.kind !== 'pairs') return;
    expect(cast.rows.map((r) => [r.role, r.entries[0].text])).toEqual([
      ['The Conductor', 'Σοφία Παπαδοπούλου'],
      ['Passenger in Car 7', '이창동'],
      ['=Conductor’s Echo', 'Ngũgĩ wa Thiongʼo'],
      ['Singer on the Platform', 'Björk'],
    ]);
  });

  it('turns a long list of one title into a names-only group in columns', () => {
    const group = blocks(roll).find((b) => b.kind === 'names');
    expect(group).toMatchObject({ kind: 'names', role: 'Production Assistants', columns: 2 });
    if (group?.kind === 'names') expect(group.entries).toHaveLength(11);
  });

  it('honours the group threshold and the column settings', () => {
    const doc = loadFixture(NIGHT_TRAIN);
    const loose = composeRoll(doc, { groupThreshold: 100, pairColumns: 2 });
    expect(blocks(loose).some((b) => b.kind === 'names')).toBe(false);
    expect(blocks(loose).filter((b) => b.kind === 'pairs').every((b) => b.kind === 'pairs' && b.columns === 2)).toBe(true);
    const wide = composeRoll(doc, { groupColumns: 4 });
    expect(blocks(wide).find((b) => b.kind === 'names')).toMatchObject({ columns: 4 });
  });

  it('ends with songs, thanks, logos and the legal notices, separated by spacers', () => {
    const kinds = roll.endCredits.map((s) => s.kind);
    expect(kinds.slice(-4)).toEqual(['songs', 'thanks', 'logos', 'legal']);
    expect(roll.endCredits.slice(1).every((s) => s.blocks[0].kind === 'spacer')).toBe(true);
    const songs = roll.endCredits.find((s) => s.kind === 'songs')!.blocks[1];
    expect(songs).toMatchObject({ kind: 'songs', songs: [{ title: 'Last Train Home', writtenBy: 'Ilse Schröder-Wöß', performedBy: 'Björk', courtesyOf: 'Nordic Records' }, { title: 'Platform Nine' }] });
    const legal = roll.endCredits.at(-1)!.blocks.filter((b) => b.kind === 'paragraph');
    expect(legal.map((b) => b.kind === 'paragraph' && b.paragraphKind)).toEqual(['copyright', 'disclaimer']);
  });

  it('can group opening cards by title', () => {
    const grouped = composeRoll(loadFixture(NIGHT_TRAIN), { mainCards: 'grouped' });
    const producers = grouped.mainTitles.find((c) => c.titleId === 'title:produced-by')!;
    expect(producers.entries.map((e) => e.text)).toEqual(['Jane Doe, p.g.a.', 'Omar Haddad']);
    expect(producers.holdSeconds).toBe(3);
    const single = composeRoll(loadFixture(NIGHT_TRAIN));
    expect(single.mainTitles.filter((c) => c.titleId === 'title:produced-by').map((c) => c.holdSeconds)).toEqual([4, 4]);
  });

  it('reports a credit whose person is gone instead of failing', () => {
    const b = buildDocument();
    const p = b.person('Pat Lee');
    b.credit('title:grip', p);
    b.doc.people = [];
    const result = composeRoll(b.doc);
    expect(result.counts.credits).toBe(0);
    expect(result.warnings[0]).toMatch(/someone who is not in the production/);
  });
});

describe('composeRoll: episodes', () => {
  const doc = loadFixture(HARBOUR_LIGHTS);

  it('keeps credits for all episodes and for the chosen one only', () => {
    const one = allNames(composeRoll(doc, { episodeId: 'ep-1' }));
    const two = allNames(composeRoll(doc, { episodeId: 'ep-2' }));
    expect(one).toEqual(expect.arrayContaining(['Ruth Okafor', 'Iris Novak', 'Lena Brandt', 'Mei Tanaka']));
    expect(one).not.toContain('Kofi Mensah');
    expect(one).not.toContain('Tomás Ortega');
    expect(two).toEqual(expect.arrayContaining(['Ruth Okafor', 'Tomás Ortega', 'Yusuf Demir', 'Kofi Mensah']));
    expect(two).not.toContain('Iris Novak');
  });

  it('names the episode on the roll and shows every credit without one', () => {
    expect(composeRoll(doc, { episodeId: 'ep-2' }).episode).toEqual({ id: 'ep-2', season: 1, number: 2, title: 'Tides' });
    expect(allNames(composeRoll(doc))).toEqual(expect.arrayContaining(['Iris Novak', 'Tomás Ortega']));
  });

  it('refuses an episode the production does not have, with a sentence', () => {
    expect(() => composeRoll(doc, { episodeId: 'nope' })).toThrow(UserFacingError);
    expect(() => composeRoll(doc, { episodeId: 'nope' })).toThrow(/has no episode with the id “nope”/);
  });
});
