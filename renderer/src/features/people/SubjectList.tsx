// The list of people or companies: virtualised, so 20,000 rows scroll as smoothly as 20. Rows have a fixed height
// and long names are cut with an ellipsis (the full name is in the row's title), so a 2,000-character name
// cannot break the layout.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export interface SubjectRowView {
  id: string;
  name: string;
  /** Second line: sort name, pronouns, guilds. */
  detail: string;
  credits: number;
  badges: string[];
}

const ROW_HEIGHT = 52;

export function SubjectList(props: {
  label: string;
  rows: readonly SubjectRowView[];
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
  emptyText: string;
}) {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  if (props.rows.length === 0) return <p className="muted">{props.emptyText}</p>;
  return (
    <div ref={parentRef} className="subject-scroller">
      <ul aria-label={props.label} className="subject-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = props.rows[item.index];
          return (
            <li
              key={row.id}
              className="subject-row"
              aria-setsize={props.rows.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <div className="subject-text">
                <span className="subject-name" title={row.name} dir="auto">
                  {row.name}
                </span>
                <span className="subject-detail muted" title={row.detail} dir="auto">
                  {row.detail}
                </span>
              </div>
              <div className="subject-badges">
                {row.badges.map((b) => (
                  <span key={b} className="badge">
                    {b}
                  </span>
                ))}
                <span className="muted subject-credits">{row.credits === 1 ? '1 credit' : `${row.credits.toLocaleString('en')} credits`}</span>
              </div>
              <div className="subject-actions">
                <button type="button" aria-label={`Edit ${row.name}`} onClick={() => props.onEdit(row.id)}>
                  Edit
                </button>
                <button type="button" className="danger" aria-label={`Remove ${row.name}`} onClick={() => props.onRemove(row.id)}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
