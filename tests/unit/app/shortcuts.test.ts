// commandForKey: platform shortcuts (Cmd on macOS, Ctrl elsewhere) for undo, redo and the file commands, and the
// rule that undo and redo stay with a text field while one has focus. Pure, so it runs without a DOM: events are
// plain objects with the fields the function reads.
import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../renderer/src/app/shortcuts';

const MAC = 'MacIntel';
const LINUX = 'Linux x86_64';
const WINDOWS = 'Win32';

interface Keys {
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  alt?: boolean;
  target?: { tagName: string; isContentEditable?: boolean } | null;
}

function key(k: string, keys: Keys = {}): KeyboardEvent {
  return {
    key: k,
    ctrlKey: !!keys.ctrl,
    metaKey: !!keys.meta,
    shiftKey: !!keys.shift,
    altKey: !!keys.alt,
    target: keys.target === undefined ? { tagName: 'BODY', isContentEditable: false } : keys.target,
  } as unknown as KeyboardEvent;
}

const BUTTON = { tagName: 'BUTTON', isContentEditable: false };
const INPUT = { tagName: 'INPUT', isContentEditable: false };
const TEXTAREA = { tagName: 'TEXTAREA', isContentEditable: false };
const EDITABLE = { tagName: 'DIV', isContentEditable: true };

describe('commandForKey on Windows and Linux (Ctrl)', () => {
  for (const platform of [WINDOWS, LINUX]) {
    it(`${platform}: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo`, () => {
      expect(commandForKey(key('z', { ctrl: true }), platform)).toBe('undo');
      expect(commandForKey(key('Z', { ctrl: true, shift: true }), platform)).toBe('redo');
      expect(commandForKey(key('y', { ctrl: true }), platform)).toBe('redo');
      // Caps Lock on: the key arrives upper case.
      expect(commandForKey(key('Z', { ctrl: true }), platform)).toBe('undo');
    });

    it(`${platform}: Cmd (the Windows key) and Alt combinations are not shortcuts`, () => {
      expect(commandForKey(key('z', { meta: true }), platform)).toBeNull();
      expect(commandForKey(key('z', { ctrl: true, alt: true }), platform)).toBeNull();
      expect(commandForKey(key('z'), platform)).toBeNull();
    });
  }
});

describe('commandForKey on macOS (Cmd)', () => {
  it('Cmd+Z undoes and Cmd+Shift+Z redoes; Cmd+Y is not redo on a Mac', () => {
    expect(commandForKey(key('z', { meta: true }), MAC)).toBe('undo');
    expect(commandForKey(key('z', { meta: true, shift: true }), MAC)).toBe('redo');
    expect(commandForKey(key('y', { meta: true }), MAC)).toBeNull();
  });

  it('Ctrl is not the command key on a Mac', () => {
    expect(commandForKey(key('z', { ctrl: true }), MAC)).toBeNull();
    expect(commandForKey(key('s', { ctrl: true }), MAC)).toBeNull();
  });
});

describe('commandForKey in and out of text fields', () => {
  it('leaves undo and redo to a focused text field, so typing keeps its own undo', () => {
    for (const target of [INPUT, TEXTAREA, EDITABLE]) {
      expect(commandForKey(key('z', { ctrl: true, target }), LINUX)).toBeNull();
      expect(commandForKey(key('z', { ctrl: true, shift: true, target }), LINUX)).toBeNull();
      expect(commandForKey(key('y', { ctrl: true, target }), WINDOWS)).toBeNull();
      expect(commandForKey(key('z', { meta: true, target }), MAC)).toBeNull();
    }
  });

  it('undoes from a button, the list or nothing focused', () => {
    expect(commandForKey(key('z', { ctrl: true, target: BUTTON }), LINUX)).toBe('undo');
    expect(commandForKey(key('y', { ctrl: true, target: null }), WINDOWS)).toBe('redo');
    expect(commandForKey(key('z', { meta: true, shift: true, target: BUTTON }), MAC)).toBe('redo');
  });

  it('saves, and finds, even from a text field', () => {
    expect(commandForKey(key('s', { ctrl: true, target: INPUT }), LINUX)).toBe('save');
    expect(commandForKey(key('s', { meta: true, shift: true, target: TEXTAREA }), MAC)).toBe('save-as');
    expect(commandForKey(key('f', { ctrl: true, target: INPUT }), WINDOWS)).toBe('find');
  });
});

describe('commandForKey: the file and panel commands', () => {
  const plain: [string, string][] = [
    ['n', 'new'],
    ['o', 'open'],
    ['w', 'close'],
    ['f', 'find'],
    ['e', 'export'],
    ['i', 'import'],
    ['p', 'preview'],
  ];
  for (const [k, command] of plain) {
    it(`${k} is ${command} with the platform's modifier only`, () => {
      expect(commandForKey(key(k, { ctrl: true }), LINUX)).toBe(command);
      expect(commandForKey(key(k, { meta: true }), MAC)).toBe(command);
      expect(commandForKey(key(k, { ctrl: true, shift: true }), LINUX)).toBeNull();
      expect(commandForKey(key(k), LINUX)).toBeNull();
    });
  }

  it('ignores other keys', () => {
    expect(commandForKey(key('q', { ctrl: true }), LINUX)).toBeNull();
    expect(commandForKey(key('Enter', { meta: true }), MAC)).toBeNull();
  });
});
