// Keyboard shortcuts by platform convention (Cmd on macOS, Ctrl elsewhere). The native menu shows the same keys
// but leaves them to the renderer, so they behave the same in the app and in the test harness. Undo and redo are
// left to text fields while one has focus, so typing keeps its own undo.
export function commandForKey(e: KeyboardEvent, platform: string): string | null {
  const mac = /mac/i.test(platform);
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  const target = e.target as HTMLElement | null;
  const inText = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
  if (key === 'z' && !e.shiftKey) return inText ? null : 'undo';
  if ((key === 'z' && e.shiftKey) || (!mac && key === 'y')) return inText ? null : 'redo';
  if (key === 's') return e.shiftKey ? 'save-as' : 'save';
  if (e.shiftKey) return null;
  const plain: Record<string, string> = { n: 'new', o: 'open', w: 'close', f: 'find', e: 'export', i: 'import', p: 'preview' };
  return plain[key] ?? null;
}
