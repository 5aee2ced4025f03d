// Move up, move down and remove for one song, paragraph or logo. Each button's accessible name says which item
// ("Move song 2 up"), since several lists of them sit side by side.
export function BlockTools(props: { what: string; index: number; count: number; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  const n = `${props.what} ${props.index + 1}`;
  return (
    <div className="roll-block-tools">
      <button type="button" aria-label={`Move ${n} up`} title="Move Up" disabled={props.index === 0} onClick={() => props.onMove(-1)}>
        ↑
      </button>
      <button type="button" aria-label={`Move ${n} down`} title="Move Down" disabled={props.index === props.count - 1} onClick={() => props.onMove(1)}>
        ↓
      </button>
      <button type="button" aria-label={`Remove ${n}`} title="Remove" onClick={props.onRemove}>
        Remove
      </button>
    </div>
  );
}
