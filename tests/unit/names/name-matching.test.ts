import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanName, cleanPastedText, deriveSortName, findNearDuplicates, hasInvisibleControls, nameKey, nameKeys, NameIndex, splitName } from '../../../shared/names';

const NAMES_FILE = '/work/shared/test-data/names.txt';
const names = readFileSync(NAMES_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

describe('cleaning pasted names', () => {
  it('removes bidi overrides and isolates but keeps right-to-left letters', () => {
    const hebrew = 'יעל בר-און';
    expect(cleanName(`\u202E${hebrew}\u202C`)).toBe(hebrew);
    expect(cleanName(`\u2067فاطمة الزهراء\u2069`)).toBe('فاطمة الزهراء');
    expect(hasInvisibleControls(`a\u202Eb`)).toBe(true);
    expect(hasInvisibleControls(hebrew)).toBe(false);
  });

  it('removes control characters and BOMs, collapses spacing, keeps line breaks in pasted text', () => {
    expect(cleanName('\uFEFF Jane\u0000\u0007  Doe\t\n')).toBe('Jane Doe');
    expect(cleanPastedText('line one\r\nline\u0001 two')).toBe('line one\r\nline two');
  });

  it('stores NFC so decomposed and composed forms become one string', () => {
    expect(cleanName('Ame\u0301lie')).toBe('Am\u00e9lie');
  });

  it('never empties a name from the test data and keeps every letter', () => {
    for (const name of names) {
      const cleaned = cleanName(name);
      expect(cleaned.length, name).toBeGreaterThan(0);
      expect(cleaned.replace(/\s/g, ''), name).toBe(name.normalize('NFC').replace(/\s/g, ''));
      expect(nameKey(name), name).not.toBe('');
      expect(deriveSortName(name), name).not.toBe('');
    }
  });
});

describe('name keys', () => {
  it('treats case, diacritics, NFC/NFD, spacing and "Family, Given" order as the same name', () => {
    const key = nameKey('Zoe Saldana');
    for (const variant of ['Zoë Saldaña', 'ZOE SALDANA', 'Zoe\u0308 Saldan\u0303a', 'Saldaña, Zoë', '  zoe   saldana ', 'Zoe Saldana, p.g.a.']) {
      expect(nameKey(variant), variant).toBe(key);
    }
  });

  it('keeps generational suffixes apart and strokes and apostrophes folded', () => {
    expect(nameKey('John Doe Jr.')).not.toBe(nameKey('John Doe'));
    expect(nameKey('Doe, John, Jr.')).toBe(nameKey('John Doe Jr'));
    expect(nameKey('Øystein Bråthen')).toBe(nameKey('Oystein Brathen'));
    expect(nameKey('Paweł Żuławski')).toBe(nameKey('Pawel Zulawski'));
    expect(nameKey('Thérèse d’Arcy')).toBe(nameKey("Therese d'Arcy"));
    expect(nameKey('Ngũgĩ wa Thiongʼo')).toBe(nameKey("Ngugi wa Thiong'o"));
  });

  it('computes the same identity key alone as with the near keys', () => {
    for (const name of [...names, 'Saldaña, Zoë', 'Doe, John, Jr.', 'Jane Doe, p.g.a.', 'Z. Saldana']) expect(nameKey(name), name).toBe(nameKeys(name).key);
  });

  it('cleans a 100,000-character pasted name in linear time', () => {
    const long = `${'a'.repeat(50_000)} ${'b'.repeat(49_997)}  \u202E`;
    expect(cleanName(long)).toBe(`${'a'.repeat(50_000)} ${'b'.repeat(49_997)}`);
  });

  it('keeps the vowel signs of abugidas, so different Hindi names stay different', () => {
    expect(nameKey('रवि शंकर')).not.toBe(nameKey('रव शकर'));
  });

  it('gives every distinct name in the test data its own key (only the NFD/NFC Amélie pair and the spacing variant meet)', () => {
    const byKey = new Map<string, string[]>();
    for (const name of names) byKey.set(nameKey(name), [...(byKey.get(nameKey(name)) ?? []), name]);
    const shared = [...byKey.values()].filter((list) => list.length > 1);
    expect(shared).toHaveLength(1);
    expect(shared[0].map((n) => n.normalize('NFC'))).toEqual(['Amélie', 'Amélie']);
  });
});

describe('sort names', () => {
  it.each([
    ['Zoë Saldaña', 'Saldaña, Zoë'],
    ['Saldaña, Zoë', 'Saldaña, Zoë'],
    ['Björk', 'Björk'],
    ['J. R. R. de la Cruz III', 'de la Cruz, J. R. R., III'],
    ['Tadhg Ó Súilleabháin', 'Ó Súilleabháin, Tadhg'],
    ['Ngũgĩ wa Thiongʼo', 'wa Thiongʼo, Ngũgĩ'],
    ['Mary-Kate O\'Connor-Smythe Jr.', 'O\'Connor-Smythe, Mary-Kate, Jr.'],
    ['宮崎 駿', '宮崎 駿'],
    ['이창동', '이창동'],
    ['Giorgi Tsereteli / გიორგი წერეთელი', 'Tsereteli, Giorgi / გიორგი წერეთელი'],
    ['Lorenzo  di  Bondone   ', 'di Bondone, Lorenzo'],
    ['Jane Doe, p.g.a.', 'Doe, Jane'],
  ])('%s sorts as %s', (name, sortName) => {
    expect(deriveSortName(name)).toBe(sortName);
  });

  it('puts a double family name joined by "y" together', () => {
    const parts = splitName(names.find((n) => n.startsWith('Pablo')) as string);
    expect(parts.family.join(' ')).toBe('Ruiz y Picasso');
  });
});

describe('matching thousands of names', () => {
  const people = [
    { id: 'a', name: 'Zoë Saldaña' },
    { id: 'b', name: 'John Smith' },
    { id: 'c', name: 'Jane Smith' },
    { id: 'd', name: 'Mary Kate Olsen' },
    { id: 'e', name: '宮崎 駿' },
  ];

  it('finds certain matches by key and possible ones by word order, spacing and initials', () => {
    const index = new NameIndex(people);
    expect(index.matches('Saldana, Zoe').map((p) => p.id)).toEqual(['a']);
    expect(index.matches('Zoe Saldana Jr.')).toEqual([]);
    expect(index.possibleMatches('Saldana Zoe').map((m) => [m.entry.id, m.reason])).toEqual([['a', 'word-order']]);
    expect(index.possibleMatches('MaryKate Olsen').map((m) => [m.entry.id, m.reason])).toEqual([['d', 'spacing']]);
    expect(index.possibleMatches('宮崎駿').map((m) => m.entry.id)).toEqual(['e']);
    expect(index.possibleMatches('J. Smith').map((m) => m.entry.id).sort()).toEqual(['b', 'c']);
    // A full given name never links to another full given name through initials.
    expect(index.possibleMatches('Jim Smith')).toEqual([]);
    expect(index.possibleMatches('Zoe Saldana')).toEqual([]);
  });

  it('groups near-duplicates with their reasons', () => {
    const groups = findNearDuplicates([...people, { id: 'f', name: 'Saldana, Zoe' }, { id: 'g', name: 'J. Smith' }, { id: 'h', name: 'Olsen Mary Kate' }]);
    const byIds = groups.map((g) => g.entries.map((e) => e.id).sort().join(','));
    expect(byIds.sort()).toEqual(['a,f', 'b,c,g', 'd,h']);
    const zoe = groups.find((g) => g.entries.some((e) => e.id === 'a'));
    expect(zoe?.reasons).toEqual(['same-name']);
    expect(groups.find((g) => g.entries.some((e) => e.id === 'h'))?.reasons).toContain('word-order');
  });

  it('indexes 20,000 names and finds every one by a variant spelling', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: String(i), name: `Zoë${i} Saldaña` }));
    const index = new NameIndex(many);
    expect(index.size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 997) expect(index.matches(`SALDANA, ZOE${i}`).map((p) => p.id)).toEqual([String(i)]);
    expect(findNearDuplicates(many)).toEqual([]);
  });
});
