// A comparison as a producer reads it: the summary, then credits removed, added and changed (each change before
// → after), where the roll's order changed, and changes around the credits. Long lists show their first entries
// and can be expanded; the exported report always has everything.
import { useId, useState, type ReactNode } from 'react';
import { describeChanges, describeMove, describeRef, describeStructure, summaryLine, type CreditRef } from '../../../../shared/diff';
import type { ComparisonResult } from './compare-sides';

const SHOWN = 300;
const count = (n: number) => n.toLocaleString('en-GB');

function Section<T>(props: { title: string; items: T[]; children: (shown: T[]) => ReactNode }) {
  const headingId = useId();
  const [all, setAll] = useState(false);
  if (props.items.length === 0) return null;
  const shown = all ? props.items : props.items.slice(0, SHOWN);
  return (
    <section className="comparison-section" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {props.title} ({count(props.items.length)})
      </h4>
      {props.children(shown)}
      {shown.length < props.items.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show All {count(props.items.length)}
        </button>
      )}
    </section>
  );
}

function RefList({ label, refs }: { label: string; refs: CreditRef[] }) {
  return (
    <ul className="comparison-refs" aria-label={label}>
      {refs.map((ref) => (
        <li key={ref.creditId}>
          {ref.title}: <bdi className="comparison-name">{ref.person}</bdi> <span className="muted">{describeRef(ref)}</span>
        </li>
      ))}
    </ul>
  );
}

export function ComparisonView({ result, stale, onExport }: { result: ComparisonResult; stale: boolean; onExport: () => void }) {
  const headingId = useId();
  const { comparison, labels } = result;
  return (
    <section className="comparison" aria-labelledby={headingId}>
      <div className="comparison-head">
        <div>
          <h3 id={headingId}>
            What changed from “{labels.beforeLabel}” to “{labels.afterLabel}”
          </h3>
          <p className="comparison-summary">{summaryLine(comparison)}</p>
        </div>
        <button type="button" onClick={onExport}>
          Export Comparison…
        </button>
      </div>
      {stale && <p className="warn">The credits changed after this comparison was made; press Compare to bring it up to date.</p>}
      <Section title="Removed" items={comparison.removed}>
        {(shown) => <RefList label="Removed credits" refs={shown} />}
      </Section>
      <Section title="Added" items={comparison.added}>
        {(shown) => <RefList label="Added credits" refs={shown} />}
      </Section>
      <Section title="Changed" items={comparison.changed}>
        {(shown) => (
          <table className="comparison-changes" aria-label="Changed credits">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            {shown.map((change) => (
              <tbody key={change.afterCreditId}>
                <tr className="comparison-credit">
                  <th scope="rowgroup" colSpan={3}>
                    {change.title}: <bdi className="comparison-name">{change.person}</bdi>
                  </th>
                </tr>
                {describeChanges(change).map((line, i) => (
                  <tr key={i}>
                    <th scope="row">{line.label}</th>
                    <td className="comparison-before">
                      <bdi>{line.before}</bdi>
                    </td>
                    <td className="comparison-after">
                      <bdi>{line.after}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        )}
      </Section>
      <Section title="Moved in the roll" items={comparison.moved}>
        {(shown) => (
          <table className="comparison-moves" aria-label="Moves in the roll">
            <thead>
              <tr>
                <th scope="col">Credit</th>
                <th scope="col">Before → after</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((move) => (
                <tr key={move.afterCreditId}>
                  <td>
                    {move.title}: <bdi className="comparison-name">{move.person}</bdi>
                  </td>
                  <td>{describeMove(move)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title="Other changes" items={comparison.structure}>
        {(shown) => (
          <ul aria-label="Other changes">
            {shown.map((change, i) => (
              <li key={i}>
                <bdi>{describeStructure(change)}</bdi>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </section>
  );
}
