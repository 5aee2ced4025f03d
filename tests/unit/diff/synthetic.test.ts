import { describe, expect, it } from 'vitest';
import { RollcallDocumentSchema } from '../../../shared/model/schema';
import { syntheticProduction, syntheticTitleCounts } from '../../../shared/testing/synthetic';

describe('syntheticProduction', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = syntheticProduction({ credits: 500, seed: 7 });
    const b = syntheticProduction({ credits: 500, seed: 7 });
    const c = syntheticProduction({ credits: 500, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('makes exactly the number of credits asked for and passes the document schema', () => {
    for (const n of [0, 1, 10, 57, 1000]) {
      const doc = syntheticProduction({ credits: n, seed: n });
      expect(doc.credits).toHaveLength(n);
      expect(RollcallDocumentSchema.safeParse(doc).success).toBe(true);
    }
  });

  it('shapes a large production like a big feature: few heads, large crews, many scripts, justified producers', () => {
    const doc = syntheticProduction({ credits: 20_000, seed: 1 });
    expect(doc.credits).toHaveLength(20_000);
    const counts = syntheticTitleCounts(20_000);
    expect(counts.get('title:directed-by')).toBe(1);
    expect(counts.get('title:compositor')!).toBeGreaterThan(counts.get('title:cast')!);
    const names = doc.people.map((p) => p.name).join(' ');
    for (const script of [/\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Han}/u, /\p{Script=Hangul}/u, /\p{Script=Arabic}/u, /\p{Script=Hebrew}/u, /\p{Script=Devanagari}/u, /\p{Script=Thai}/u, /[À-ž]/u]) {
      expect(names).toMatch(script);
    }
    const producing = doc.credits.filter((c) => c.titleId === 'title:executive-producer');
    expect(producing.every((c) => c.contributions.length > 0 && c.contributions.every((k) => k.justification.length > 0))).toBe(true);
    expect(doc.credits.filter((c) => c.subject.kind === 'company').length).toBeGreaterThan(0);
    expect(new Set(doc.credits.map((c) => c.id)).size).toBe(20_000);
  });
});
