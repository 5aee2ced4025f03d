import { describe, expect, it } from 'vitest';
import { cleanBlock, cleanRequiredName, EditRefused, shortName } from '../../../renderer/src/db/repositories/record-input';
import { prepareDirectory, searchDirectory } from '../../../renderer/src/db/repositories/directory';
import type { DirectoryPerson } from '../../../renderer/src/db/database';
import { createPerson } from '../../../shared/model/create';

describe('names typed or pasted into people and titles', () => {
  it('refuses empty and whitespace-only names with a sentence', () => {
    expect(() => cleanRequiredName('')).toThrow(new EditRefused('A name cannot be empty or only spaces.'));
    expect(() => cleanRequiredName(' \t\u00A0\u3000 ')).toThrow('A name cannot be empty or only spaces.');
    expect(() => cleanRequiredName('\u202E\u0007', 'A title name')).toThrow('A title name cannot be empty or only spaces.');
  });

  it('accepts 2,000 characters and refuses more, saying how many there are', () => {
    expect(cleanRequiredName('x'.repeat(2000))).toHaveLength(2000);
    expect(() => cleanRequiredName('x'.repeat(2345))).toThrow('A name can have at most 2,000 characters; this one has 2,345.');
  });

  it('removes direction overrides and control characters, keeps right-to-left letters, and uses NFC', () => {
    expect(cleanRequiredName('\u202EJohn\u0007  Smith\u202C')).toBe('John Smith');
    expect(cleanRequiredName('נטלי פורטמן')).toBe('נטלי פורטמן');
    expect(cleanRequiredName('محمد  الأمين')).toBe('محمد الأمين');
    expect(cleanRequiredName('Zoe\u0308 Saldan\u0303a')).toBe('Zoë Saldaña');
    expect(cleanBlock('line one\u202E\nline two', 'Notes', 100)).toBe('line one\nline two');
  });

  it('shortens long names for messages so no unbroken run is wider than a status message', () => {
    expect(shortName('Zoë Saldaña')).toBe('Zoë Saldaña');
    expect(shortName('B'.repeat(2000))).toBe(`${'B'.repeat(32)}…`);
  });
});

describe('directory type-ahead', () => {
  const entry = (name: string, lastUsedAt: string): DirectoryPerson => {
    const person = createPerson({ name });
    return { id: person.id, name, key: name.toLowerCase(), person, lastUsedAt };
  };
  const directory = prepareDirectory([
    entry('Zoë Saldaña', '2026-01-01T00:00:00.000Z'),
    entry('Sigourney Weaver', '2026-03-01T00:00:00.000Z'),
    entry('Sam Worthington', '2026-02-01T00:00:00.000Z'),
    entry('Stephen Lang', '2026-04-01T00:00:00.000Z'),
  ]);

  it('matches word starts in any order, ignoring case and accents', () => {
    expect(searchDirectory(directory, 'saldana z').map((e) => e.name)).toEqual(['Zoë Saldaña']);
    expect(searchDirectory(directory, 'WEAV').map((e) => e.name)).toEqual(['Sigourney Weaver']);
    expect(searchDirectory(directory, 'aldana')).toEqual([]);
    expect(searchDirectory(directory, '   ')).toEqual([]);
  });

  it('ranks names starting with the first word first, then the most recently used', () => {
    expect(searchDirectory(directory, 's').map((e) => e.name)).toEqual(['Stephen Lang', 'Sigourney Weaver', 'Sam Worthington', 'Zoë Saldaña']);
    expect(searchDirectory(directory, 's', 2)).toHaveLength(2);
  });
});
