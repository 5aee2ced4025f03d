// The credits list: department and title headings with their credits in roll order, virtualised so that 20,000
// credits scroll as smoothly as twenty. A listbox: ArrowUp/ArrowDown/Home/End move the selection, Alt+ArrowUp/
// Alt+ArrowDown move the selected credit in billing, and credits can be dragged within their title.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { STATUS_LABELS } from '../../../../shared/policy';
import type { CreditEntry, CreditListRow, CreditSearchIndex } from '../../../../shared/search';
import { PLACEMENT_LABELS } from './format';

const HEADING_HEIGHT = 30;
const CREDIT_HEIGHT = 46;
const DRAG_TYPE = 'application/x-rollcall-credit';

export function creditLabel(entry: CreditEntry): string {
  const c = entry.credit;
  const parts = [entry.subjectName || 'Unknown', entry.orphanTitle ? 'title removed' : entry.titleName];
  if (c.creditedAs) parts.push(`credited as ${c.creditedAs}`);
  if (c.character) parts.push(`as ${c.character}`);
  parts.push(PLACEMENT_LABELS[c.placement], STATUS_LABELS[c.status]);
  if (c.uncredited) parts.push('uncredited');
  if (entry.courtesy) parts.push('possible courtesy credit');
  if (entry.missingJustification) parts.push('missing justification');
  return parts.join(', ');
}

/** Where a position sits in the ascending positions list (binary search: the list can hold 20,000). */
function orderOf(positions: readonly number[], position: number): number {
  let lo = 0;
  let hi = positions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] === position) return mid;
    if (positions[mid] < position) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function CreditList(props: {
  index: CreditSearchIndex;
  rows: readonly CreditListRow[];
  /** Positions (into index.entries) of the credit rows, in list order. */
  positions: readonly number[];
  selectedId: string | null;
  scrollRequest: number;
  onSelect: (id: string) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  onDrop: (id: string, targetId: string) => void;
  empty: string;
}) {
  const { index, rows } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i].kind === 'credit' ? CREDIT_HEIGHT : HEADING_HEIGHT),
    getItemKey: (i) => rows[i].key,
    overscan: 12,
  });

  const rowOf = (id: string | null) => (id ? rows.findIndex((r) => r.kind === 'credit' && r.key === id) : -1);

  // Bring the selected credit into view when it is chosen from elsewhere (checks panel, a new credit, a search).
  useEffect(() => {
    const i = rowOf(props.selectedId);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [props.selectedId, props.scrollRequest, rows]);

  const selectedPos = props.selectedId ? index.positions.get(props.selectedId) : undefined;
  const selectedOrder = selectedPos === undefined ? -1 : orderOf(props.positions, selectedPos);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (props.positions.length === 0) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      if (props.selectedId) props.onMove(props.selectedId, e.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    if (e.key === 'Enter' && props.selectedId) {
      // Enter goes from the list into the selected credit's editor.
      e.preventDefault();
      const editor = document.querySelector('[data-credit-editor]');
      (editor?.querySelector<HTMLElement>('input:not(:disabled)') ?? editor?.querySelector<HTMLElement>('button'))?.focus();
      return;
    }
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(selectedOrder + 1, props.positions.length - 1);
    else if (e.key === 'ArrowUp') next = Math.max(selectedOrder - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = props.positions.length - 1;
    else if (e.key === 'PageDown') next = Math.min(Math.max(selectedOrder, 0) + 10, props.positions.length - 1);
    else if (e.key === 'PageUp') next = Math.max(selectedOrder - 10, 0);
    if (next < 0) return;
    e.preventDefault();
    props.onSelect(index.entries[props.positions[next]].credit.id);
  };

  const draggedEntry = dragging ? index.entries[index.positions.get(dragging) ?? -1] : undefined;
  const canDropOn = (entry: CreditEntry) =>
    !!draggedEntry && draggedEntry.credit.id !== entry.credit.id && draggedEntry.credit.titleId === entry.credit.titleId && draggedEntry.credit.placement === entry.credit.placement;

  if (rows.length === 0) return <p className="muted credit-list-empty">{props.empty}</p>;

  return (
    <div
      ref={scrollRef}
      className="credit-list"
      role="listbox"
      aria-label="Credits"
      tabIndex={0}
      aria-activedescendant={props.selectedId && rowOf(props.selectedId) >= 0 ? `credit-row-${props.selectedId}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` };
          if (row.kind === 'department') {
            return (
              <div key={item.key} style={style} className="list-heading list-department" aria-hidden="true">
                <span className="clip">{row.name}</span>
              </div>
            );
          }
          if (row.kind === 'title') {
            return (
              <div key={item.key} style={style} className="list-heading list-title" aria-hidden="true">
                <span className="clip">{row.name}</span>
                <span className="muted heading-count">{row.count.toLocaleString('en')}</span>
              </div>
            );
          }
          const entry = index.entries[row.position];
          const c = entry.credit;
          const selected = c.id === props.selectedId;
          return (
            <div
              key={item.key}
              id={`credit-row-${c.id}`}
              style={style}
              role="option"
              aria-selected={selected}
              aria-label={creditLabel(entry)}
              aria-setsize={props.positions.length}
              aria-posinset={orderOf(props.positions, row.position) + 1}
              className={`credit-row${selected ? ' selected' : ''}${c.uncredited ? ' uncredited' : ''}`}
              draggable
              onClick={() => props.onSelect(c.id)}
              onDragStart={(e: DragEvent) => {
                e.dataTransfer.setData(DRAG_TYPE, c.id);
                e.dataTransfer.effectAllowed = 'move';
                setDragging(c.id);
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(e) => {
                if (canDropOn(entry)) e.preventDefault();
              }}
              onDrop={(e) => {
                const id = e.dataTransfer.getData(DRAG_TYPE);
                setDragging(null);
                if (id && id !== c.id) {
                  e.preventDefault();
                  props.onDrop(id, c.id);
                }
              }}
            >
              <span className="col-name clip" dir="auto">
                <strong>{c.creditedAs || entry.subjectName || 'Unknown'}</strong>
                {c.creditedAs && <span className="muted"> ({entry.subjectName})</span>}
                {c.character && <span className="muted"> as {c.character}</span>}
                {entry.subjectKind === 'company' && <span className="muted"> · company</span>}
              </span>
              <span className="col-title clip">{entry.orphanTitle ? <span className="error">Title removed</span> : entry.titleName}</span>
              <span className="col-placement">{PLACEMENT_LABELS[c.placement]}</span>
              <span className="col-marks">
                {entry.courtesy && (
                  <span className="mark mark-courtesy" title="Possible courtesy credit">
                    Courtesy?
                  </span>
                )}
                {entry.missingJustification && (
                  <span className="mark mark-missing" title="Needs a written justification before approval">
                    No justification
                  </span>
                )}
                {c.uncredited && <span className="mark">Uncredited</span>}
              </span>
              <span className={`badge badge-${c.status}`}>{STATUS_LABELS[c.status]}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
